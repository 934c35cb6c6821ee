// Dutch words for the API's codes.

export const STATES = {
  SUBMITTED: 'Ingediend', ACKNOWLEDGED: 'Ontvangst bevestigd', INFORMATION_REQUESTED: 'Informatie opgevraagd',
  UNDER_ASSESSMENT: 'In beoordeling', HEARING: 'Hoorzitting', GRANTED: 'Toegekend', REFUSED: 'Afgewezen',
  NOT_CONSIDERED: 'Niet in behandeling genomen', OBJECTED: 'Bezwaar ingediend', OBJECTION_UPHELD: 'Bezwaar gegrond',
  OBJECTION_DISMISSED: 'Bezwaar ongegrond',
};

export const ACTIONS = {
  submit: 'Ingediend', acknowledge: 'Ontvangst bevestigen', 'request-information': 'Informatie opvragen',
  'receive-information': 'Informatie ontvangen', extend: 'Termijn verlengen', 'start-assessment': 'Beoordeling starten',
  'schedule-hearing': 'Hoorzitting plannen', advise: 'Advies van de commissie', grant: 'Toekennen', refuse: 'Afwijzen',
  'not-consider': 'Niet in behandeling nemen', object: 'Bezwaar registreren', 'decide-objection': 'Beslissen op bezwaar',
  'statement-replaced': 'Verklaring vervangen', dossier: 'Dossier vastgelegd',
};

/** The steps as the trail tells them, in the past tense. */
export const DONE = {
  submit: 'Ingediend', acknowledge: 'Ontvangst bevestigd', 'request-information': 'Informatie opgevraagd',
  'receive-information': 'Informatie ontvangen', extend: 'Termijn verlengd', 'start-assessment': 'Beoordeling gestart',
  'schedule-hearing': 'Hoorzitting gepland', advise: 'Advies gegeven', grant: 'Toegekend', refuse: 'Afgewezen',
  'not-consider': 'Niet in behandeling genomen', object: 'Bezwaar ontvangen', 'decide-objection': 'Beslist op bezwaar',
  'statement-replaced': 'Verklaring vervangen', dossier: 'Dossier vastgelegd',
};

export const DEADLINES = {
  acknowledgeBy: 'Ontvangst bevestigen uiterlijk', requestInformationBy: 'Informatie opvragen uiterlijk',
  decideBy: 'Beslissen uiterlijk', decideByExtended: 'Beslissen uiterlijk (na verlenging)', adviceBy: 'Advies uiterlijk',
  adviceByExtended: 'Advies uiterlijk (na verlenging)',
};

export const SCHOOL_TYPES = {
  SBO: 'Speciaal basisonderwijs (SBO)', SO: 'Speciaal onderwijs (SO)', VSO: 'Voortgezet speciaal onderwijs (VSO)',
  PRO: 'Praktijkonderwijs (PrO)', BO: 'Basisonderwijs', VO: 'Voortgezet onderwijs',
};

export const ROLES = {
  SCHOOL_STAFF: 'Schoolmedewerker', BOARD_OFFICER: 'Bestuur', COMMITTEE_MEMBER: 'Commissie van deskundigen',
  PARTNERSHIP_STAFF: 'Medewerker samenwerkingsverband', AUDITOR: 'Controleur', ADMINISTRATOR: 'Beheerder',
};


export const OUTCOMES = {
  ELIGIBLE: 'Komt in aanmerking', NOT_ELIGIBLE: 'Komt niet in aanmerking', JUDGEMENT_REQUIRED: 'Oordeel van de commissie nodig',
  INSUFFICIENT_EVIDENCE: 'Onvoldoende gegevens',
};

export const CATEGORIES = { LOW: 'Laag', MEDIUM: 'Midden', HIGH: 'Hoog' };

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** 2025-11-01 → 1 november 2025. */
export function date(iso) {
  if (!iso) return '–';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function today() {
  const t = new Date();
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
}

/** Whole days from today to the date (negative when past). */
export function daysLeft(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const [ty, tm, td] = today().split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(ty, tm - 1, td)) / 86400000);
}

export function label(map, code) {
  return map[code] || code;
}
