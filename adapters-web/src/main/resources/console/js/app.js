// Passend console: hash routes over the JSON API. The server decides who sees what; the console only shows what it is given.
import { h, render, table, field, message } from './dom.js';
import { call, session, problemText } from './api.js';
import * as L from './labels.js';
import { barChart } from './charts.js';

const main = document.getElementById('main');
let me = null;

const PAGES = [
  { path: 'inbox', title: 'Werkvoorraad', roles: ['PARTNERSHIP_STAFF', 'COMMITTEE_MEMBER', 'SCHOOL_STAFF', 'BOARD_OFFICER'] },
  { path: 'submit', title: 'Nieuwe aanvraag', roles: ['SCHOOL_STAFF', 'BOARD_OFFICER', 'PARTNERSHIP_STAFF'] },
  { path: 'dashboard', title: 'Dashboard', roles: ['PARTNERSHIP_STAFF', 'AUDITOR'] },
];

window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', route);

async function route() {
  if (!session.token()) return signIn();
  if (!me) {
    const answer = await call('GET', '/me');
    if (answer.status !== 200) {
      session.signOut();
      return signIn(problemText(answer));
    }
    me = answer.json;
  }
  const [, page, id] = (location.hash || '').split('/');
  const home = PAGES.find(p => p.roles.includes(me.role));
  nav(page || (home && home.path));
  try {
    if (page === 'applications' && id) await application(decodeURIComponent(id));
    else if (page === 'lwoo' && id) await lwoo(decodeURIComponent(id));
    else if (page === 'audit' && id) await audit(decodeURIComponent(id));
    else if (page === 'submit') await submit();
    else if (page === 'dashboard') await dashboard();
    else if (page === 'inbox' || (!page && home && home.path === 'inbox')) await inbox();
    else if (!page && home) location.hash = '#/' + home.path;
    else show('Welkom', message('info', 'Voor uw rol zijn er in deze werkplaats geen pagina\'s. Gebruik de API.'));
  } catch (e) {
    show('Er ging iets mis', message('error', 'De pagina kon niet worden geladen. Probeer het opnieuw.'));
  }
}

function nav(current) {
  const items = me ? PAGES.filter(p => p.roles.includes(me.role)) : [];
  render(document.getElementById('nav'), h('ul', {}, items.map(p =>
    h('li', {}, h('a', { href: '#/' + p.path, 'aria-current': p.path === current ? 'page' : null }, p.title)))));
  render(document.getElementById('who'), me ? [h('span', {}, L.label(L.ROLES, me.role) + (me.scope ? ' – ' + me.scope : '')),
    h('button', { type: 'button', class: 'secondary', onclick: signOut }, 'Afmelden')] : []);
}

/** A page: its heading first, then focus on the heading area so that keyboard and screen-reader users start there. */
function show(title, ...content) {
  document.title = title + ' – Passend';
  render(main, h('h1', {}, title), ...content);
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function signOut() {
  session.signOut();
  me = null;
  history.replaceState(null, '', location.pathname);
  signIn('U bent afgemeld.');
}

function signIn(note) {
  nav(null);
  const token = h('input', { type: 'password', autocomplete: 'off', required: true });
  const form = h('form', { class: 'stack', onsubmit: async e => {
    e.preventDefault();
    session.signIn(token.value.trim());
    me = null;
    const answer = await call('GET', '/me');
    if (answer.status !== 200) {
      session.signOut();
      return signIn('Deze sleutel wordt niet herkend. Controleer hem en probeer het opnieuw.');
    }
    if (location.hash) route(); else location.hash = '#/';
  } },
  field('token', 'Toegangssleutel', token, 'De sleutel die u van de beheerder kreeg. Hij blijft alleen in dit tabblad bewaard.'),
  h('div', {}, h('button', { type: 'submit' }, 'Aanmelden')));
  show('Aanmelden', note ? message(note.startsWith('U bent afgemeld') ? 'success' : 'error', note) : null, form);
}

// ----- Werkvoorraad (inbox) -----

async function inbox() {
  const partnership = me.partnerships[0];
  if (!partnership) return show('Werkvoorraad', message('info', 'Uw rol hoort bij geen samenwerkingsverband.'));
  const params = new URLSearchParams(location.hash.split('?')[1] || '');
  const state = params.get('state') || '';
  const query = `/applications?partnershipId=${encodeURIComponent(partnership)}&pageSize=200${state ? '&state=' + state : ''}`;
  const answer = await call('GET', query);
  if (answer.status !== 200) return show('Werkvoorraad', message('error', problemText(answer)));
  let items = answer.json.items;
  const typeFilter = h('select', { onchange: () => draw() }, h('option', { value: '' }, 'Alle soorten'),
    Object.entries(L.SCHOOL_TYPES).map(([k, v]) => h('option', { value: k }, v)));
  const schoolFilter = h('select', { onchange: () => draw() }, h('option', { value: '' }, 'Alle scholen'),
    [...new Set(items.map(i => i.applyingSchoolBrin))].sort().map(b => h('option', { value: b }, b)));
  const stateFilter = h('select', { onchange: e => { location.hash = '#/inbox' + (e.target.value ? '?state=' + e.target.value : ''); } },
    h('option', { value: '' }, 'Alle statussen'), Object.entries(L.STATES).map(([k, v]) => h('option', { value: k, selected: k === state }, v)));
  const list = h('div', { 'aria-live': 'polite' });
  const open = items.filter(i => i.nextDeadline);
  const workload = h('div', { class: 'cards' },
    h('div', { class: 'card' }, h('span', { class: 'big' }, String(open.length)), 'open aanvragen'),
    h('div', { class: 'card' }, h('span', { class: 'big' }, String(open.filter(i => i.overdue).length)), 'over de termijn'),
    h('div', { class: 'card' }, h('span', { class: 'big' }, String(open.filter(i => !i.overdue && L.daysLeft(i.nextDeadlineDate) <= 7).length)),
      'termijn binnen 7 dagen'));
  function draw() {
    const shown = items.filter(i => (!typeFilter.value || i.schoolType === typeFilter.value) && (!schoolFilter.value || i.applyingSchoolBrin === schoolFilter.value))
      .sort((a, b) => (a.nextDeadlineDate || '9999').localeCompare(b.nextDeadlineDate || '9999'));
    render(list, shown.length === 0 ? h('p', {}, 'Geen aanvragen die aan deze keuze voldoen.') : table('Aanvragen op volgorde van de eerstvolgende termijn',
      ['Aanvraag', 'Leerling', 'School', 'Soort', 'Status', 'Ontvangen', 'Eerstvolgende termijn'],
      shown.map(i => [h('a', { href: '#/applications/' + encodeURIComponent(i.id) }, i.id), i.studentId, i.applyingSchoolBrin,
        L.label(L.SCHOOL_TYPES, i.schoolType), L.label(L.STATES, i.state), L.date(i.receivedOn), deadlineCell(i)])));
  }
  draw();
  const designations = await call('GET', `/lwoo-designations?partnershipId=${encodeURIComponent(partnership)}`);
  const pending = designations.status === 200 ? designations.json.items.filter(d => d.state === 'SUBMITTED').sort((a, b) => a.receivedOn.localeCompare(b.receivedOn)) : [];
  const lwooList = designations.status !== 200 ? null : [h('h2', {}, 'LWOO-aanwijzingen in behandeling'), pending.length === 0
    ? h('p', {}, 'Geen aanwijzingen die op een besluit wachten.')
    : table('Aanwijzingen leerwegondersteuning die op een besluit wachten', ['Aanwijzing', 'Leerling', 'School', 'Ontvangen', 'Uitkomst van de criteria'],
      pending.map(d => [h('a', { href: '#/lwoo/' + encodeURIComponent(d.id) }, d.id), d.studentId, d.schoolBrin, L.date(d.receivedOn), L.label(L.OUTCOMES, d.outcome)]))];
  show('Werkvoorraad', h('p', {}, `Aanvragen om een toelaatbaarheidsverklaring van ${partnership}, de eerstvolgende termijn bovenaan.`), workload,
    h('div', { class: 'filters', role: 'group', 'aria-label': 'Filters' }, field('f-state', 'Status', stateFilter),
      field('f-type', 'Soort onderwijs', typeFilter), field('f-school', 'School', schoolFilter)), list, lwooList);
}

// ----- LWOO-aanwijzing -----

const LWOO_STATES = { SUBMITTED: 'Aangevraagd', GRANTED: 'Toegekend', REFUSED: 'Afgewezen', ENDED: 'Beëindigd', OBJECTED: 'Bezwaar ingediend',
  OBJECTION_UPHELD: 'Bezwaar gegrond', OBJECTION_DISMISSED: 'Bezwaar ongegrond' };

async function lwoo(id, notice) {
  const answer = await call('GET', '/lwoo-designations/' + encodeURIComponent(id));
  if (answer.status !== 200) return show('LWOO-aanwijzing ' + id, message('error', problemText(answer)));
  const d = answer.json;
  const steps = d.state === 'SUBMITTED' && ['PARTNERSHIP_STAFF', 'COMMITTEE_MEMBER'].includes(me.role) ? ['grant', 'refuse'] : [];
  const forms = steps.map(step => {
    const on = h('input', { type: 'date', value: L.today(), max: L.today(), required: true });
    const start = h('input', { type: 'date', value: L.today() });
    const reason = h('textarea', { rows: 2 });
    const result = h('div', { 'aria-live': 'polite' });
    const p = `l-${step}`;
    return h('form', { class: 'stack', onsubmit: async e => {
      e.preventDefault();
      const body = { on: on.value, reason: reason.value };
      if (step === 'grant' && start.value) body.startDate = start.value;
      const r = await call('POST', `/lwoo-designations/${encodeURIComponent(id)}/${step}`, { body, ifMatch: d.version });
      if (r.status === 200) return lwoo(id, message('success', `${L.label(L.ACTIONS, step)}: gelukt. De aanwijzing is nu: ${LWOO_STATES[r.json.state] || r.json.state}.`));
      render(result, message('error', problemText(r)), r.status === 412 ? h('button', { type: 'button', class: 'secondary', onclick: () => lwoo(id) }, 'Opnieuw laden') : null);
    } }, h('fieldset', {}, h('legend', {}, L.label(L.ACTIONS, step)), field(`${p}-on`, 'Datum', on),
      step === 'grant' ? field(`${p}-start`, 'Ingangsdatum', start) : null, field(`${p}-reason`, 'Toelichting', reason),
      h('div', {}, h('button', { type: 'submit' }, L.label(L.ACTIONS, step)))), result);
  });
  const e = d.evaluation;
  show('LWOO-aanwijzing ' + d.id, notice || null, h('dl', { class: 'facts' },
    h('dt', {}, 'Status'), h('dd', {}, LWOO_STATES[d.state] || d.state),
    h('dt', {}, 'Leerling'), h('dd', {}, d.studentId),
    h('dt', {}, 'School'), h('dd', {}, d.schoolBrin),
    h('dt', {}, 'Ontvangen'), h('dd', {}, L.date(d.receivedOn)),
    h('dt', {}, 'Uitkomst van de criteria'), h('dd', {}, L.label(L.OUTCOMES, d.outcome) + ` (criteria van ${d.schemeVersion})`),
    d.startDate ? [h('dt', {}, 'Geldig vanaf'), h('dd', {}, L.date(d.startDate))] : null),
    e ? [h('h2', {}, 'Toets aan de criteria'), table('Elke regel met zijn uitkomst', ['Regel', 'Uitleg', 'Uitkomst'], (e.rules || []).map(r => [r.id,
      r.explanation || '', r.holds === true ? 'voldaan' : r.holds === false ? 'niet voldaan' : 'onbekend']))] : null,
    h('h2', {}, 'Wat kan nu'), forms.length ? h('div', { class: 'actions' }, forms) : h('p', {}, 'In deze status is er hier geen stap te zetten.'),
    h('h2', {}, 'Verloop'), table('Verloop van de aanwijzing', ['Datum', 'Stap', 'Door', 'Toelichting'],
      (d.trail || []).map(t => [L.date(t.on), L.label(L.DONE, t.action), t.by, t.reason || ''])));
}

function deadlineCell(i) {
  if (!i.nextDeadlineDate) return 'geen';
  const days = L.daysLeft(i.nextDeadlineDate);
  const badge = i.overdue ? h('span', { class: 'badge late' }, `${-days} dagen te laat`)
    : h('span', { class: 'badge ' + (days <= 7 ? 'warn' : 'ok') }, days === 0 ? 'vandaag' : `nog ${days} dagen`);
  return [L.label(L.DEADLINES, i.nextDeadline) + ': ' + L.date(i.nextDeadlineDate) + ' ', badge];
}

// ----- Aanvraag (application) -----

async function application(id, notice) {
  const answer = await call('GET', '/applications/' + encodeURIComponent(id));
  if (answer.status !== 200) return show('Aanvraag ' + id, message('error', problemText(answer)));
  const a = answer.json;
  const eligibility = await call('GET', '/applications/' + encodeURIComponent(id) + '/eligibility');
  const letters = a.decidedOn || a.statement ? await call('GET', '/applications/' + encodeURIComponent(id) + '/letters') : null;
  const facts = h('dl', { class: 'facts' },
    h('dt', {}, 'Status'), h('dd', {}, L.label(L.STATES, a.state)),
    h('dt', {}, 'Leerling'), h('dd', {}, a.studentId),
    h('dt', {}, 'Aanvragende school'), h('dd', {}, a.applyingSchoolBrin),
    h('dt', {}, 'Gevraagd'), h('dd', {}, L.label(L.SCHOOL_TYPES, a.schoolType) + (a.specialNeedsType ? ', ' + a.specialNeedsType : '')),
    h('dt', {}, 'Ontvangen'), h('dd', {}, L.date(a.receivedOn)),
    h('dt', {}, 'Ondersteuningsplan'), h('dd', {}, a.policyId),
    a.decidedOn ? [h('dt', {}, 'Besloten'), h('dd', {}, L.date(a.decidedOn))] : null,
    h('dt', {}, 'Versie'), h('dd', {}, String(a.version)));
  const deadlines = table('Termijnen', ['Termijn', 'Datum', 'Dagen'], Object.entries(a.deadlines).map(([k, v]) => [L.label(L.DEADLINES, k), L.date(v),
    a.decidedOn ? '–' : String(L.daysLeft(v))]), [2]);
  const d = a.dossier || { items: [], missingItems: [], expertAdviceProblems: [] };
  const dossier = (d.missingItems || []).length === 0 && (d.expertAdviceProblems || []).length === 0
    ? message('success', 'Het dossier is compleet.')
    : message('info', 'Het dossier is niet compleet. Ontbreekt: ' + [...(d.missingItems || []), ...(d.expertAdviceProblems || [])].join('; ') + '.');
  const statement = a.statement ? [h('h2', {}, 'Toelaatbaarheidsverklaring'), h('dl', { class: 'facts' },
    h('dt', {}, 'Volgnummer'), h('dd', {}, String(a.statement.number)),
    h('dt', {}, 'Bekostigingscategorie'), h('dd', {}, L.label(L.CATEGORIES, a.statement.fundingCategory || '–')),
    h('dt', {}, 'Geldig'), h('dd', {}, L.date(a.statement.startDate) + ' tot en met ' + L.date(a.statement.endDate)))] : null;
  const letter = a.decidedOn || a.statement ? h('p', {}, h('button', { type: 'button', class: 'secondary', onclick: () => downloadLetter(id) },
    'Beschikking openen (PDF)')) : null;
  show('Aanvraag ' + a.id, notice || null, facts, letter,
    h('h2', {}, 'Termijnen'), deadlines,
    h('h2', {}, 'Dossier'), dossier, dossierForm(a),
    h('h2', {}, 'Toets aan de criteria'), explanation(eligibility),
    statement,
    letters && letters.status === 200 && letters.json.items.length ? [h('h2', {}, 'Verzonden beschikkingen'),
      table('Beschikkingen per e-mail', ['Aan', 'Status', 'Pogingen', 'In de wachtrij', 'Verzonden'], letters.json.items.map(l => [
        l.role === 'SCHOOL' ? 'School' : l.role === 'GUARDIANS' ? 'Ouders of verzorgers' : 'School van eerste keuze',
        l.status === 'SENT' ? 'verzonden' : l.status === 'PENDING' ? 'wacht op verzending' : 'niet gelukt', String(l.attempts),
        new Date(l.queuedAt).toLocaleString('nl-NL'), l.sentAt ? new Date(l.sentAt).toLocaleString('nl-NL') : '–']), [2])] : null,
    h('h2', {}, 'Wat kan nu'), actions(a),
    h('h2', {}, 'Verloop'), table('Verloop van de aanvraag', ['Datum', 'Stap', 'Door', 'Toelichting'],
      a.trail.map(t => [L.date(t.on), L.label(L.DONE, t.action), t.by, t.reason || ''])),
    ['PARTNERSHIP_STAFF', 'AUDITOR'].includes(me.role) ? h('p', {}, h('a', { href: '#/audit/' + encodeURIComponent(a.id) }, 'Audittrail van deze aanvraag')) : null);
}

const PROFESSIONS = { ORTHOPEDAGOGUE: 'Orthopedagoog', PSYCHOLOGIST: 'Psycholoog', PEDAGOGUE: 'Pedagoog', CHILD_PSYCHIATRIST: 'Kinderpsychiater',
  SOCIAL_WORKER: 'Maatschappelijk werker', YOUTH_DOCTOR: 'Jeugdarts', PHYSICIAN: 'Arts' };

/** The dossier's parts and the two experts' advice (R-TLV-2, R-TLV-3), for the partnership and the committee while the application is open. */
function dossierForm(a) {
  if (a.decidedOn || !['PARTNERSHIP_STAFF', 'COMMITTEE_MEMBER'].includes(me.role)) return null;
  const d = a.dossier || { items: [], missingItems: [] };
  const all = [...new Set([...(d.items || []), ...(d.missingItems || [])])].sort();
  const boxes = all.map(item => {
    const box = h('input', { type: 'checkbox', id: 'd-' + item, value: item, checked: (d.items || []).includes(item) });
    return h('div', {}, box, ' ', h('label', { for: 'd-' + item, class: 'inline' }, item.toLowerCase().replaceAll('_', ' ')));
  });
  const experts = [1, 2].map(n => {
    const ref = h('input', { type: 'text', autocomplete: 'off' });
    const profession = h('select', {}, Object.entries(PROFESSIONS).map(([k, v]) => h('option', { value: k }, v)));
    const employer = h('input', { type: 'text', autocomplete: 'off' });
    const given = h('input', { type: 'date', max: L.today() });
    return { ref, profession, employer, given, node: h('fieldset', {}, h('legend', {}, `Deskundige ${n}`),
      field(`e${n}-ref`, 'Kenmerk van de deskundige', ref, 'Geen naam: een kenmerk.'), field(`e${n}-profession`, 'Beroep', profession),
      field(`e${n}-employer`, 'Werkgever (BRIN, als het een school is)', employer), field(`e${n}-given`, 'Advies gegeven op', given)) };
  });
  const result = h('div', { 'aria-live': 'polite' });
  return h('details', {}, h('summary', {}, 'Dossier bijwerken'), h('form', { class: 'stack', onsubmit: async e => {
    e.preventDefault();
    const items = boxes.map(b => b.querySelector('input')).filter(i => i.checked).map(i => i.value);
    const expertAdvices = experts.filter(x => x.ref.value.trim()).map(x => {
      const advice = { expertReference: x.ref.value.trim(), profession: x.profession.value, givenOn: x.given.value };
      if (x.employer.value.trim()) advice.employerBrin = x.employer.value.trim();
      return advice;
    });
    const answer = await call('PUT', `/applications/${encodeURIComponent(a.id)}/dossier`, { body: { items, expertAdvices }, ifMatch: a.version });
    if (answer.status === 200) return application(a.id, message('success', 'Het dossier is bijgewerkt.'));
    render(result, message('error', problemText(answer)), answer.status === 412
      ? h('button', { type: 'button', class: 'secondary', onclick: () => application(a.id) }, 'Opnieuw laden') : null);
  } }, h('fieldset', {}, h('legend', {}, 'Onderdelen van het dossier'), boxes), experts.map(x => x.node),
  h('div', {}, h('button', { type: 'submit' }, 'Dossier opslaan'))), result);
}

function explanation(answer) {
  if (answer.status === 404) return h('p', {}, 'Er zijn bij deze aanvraag geen toetsgegevens vastgelegd.');
  if (answer.status !== 200) return message('error', problemText(answer));
  const e = answer.json.evaluation;
  return [h('p', {}, h('strong', {}, L.label(L.OUTCOMES, e.outcome)), ` volgens ${e.scheme || 'de criteria'} van het ondersteuningsplan.`),
    table('Elke regel met zijn uitkomst', ['Regel', 'Uitleg', 'Uitkomst'], (e.rules || []).map(r => [r.id, r.explanation || '',
      r.holds === true ? 'voldaan' : r.holds === false ? 'niet voldaan' : 'onbekend'])),
    (e.missing || []).length ? message('info', 'Ontbrekende gegevens: ' + e.missing.join(', ') + '.') : null];
}

async function downloadLetter(id) {
  const answer = await call('GET', '/applications/' + encodeURIComponent(id) + '/letter', { accept: 'application/pdf' });
  if (answer.status !== 200) return alertBox(problemText(answer));
  const url = URL.createObjectURL(answer.blob);
  const a = h('a', { href: url, download: `beschikking-${id}.pdf` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function alertBox(text) {
  main.prepend(message('error', text));
}

function actions(a) {
  const steps = a.nextSteps || [];
  if (steps.length === 0) return h('p', {}, 'In deze status is er geen stap te zetten.');
  if (!['PARTNERSHIP_STAFF', 'COMMITTEE_MEMBER'].includes(me.role)) {
    return h('p', {}, 'Volgende stappen (door het samenwerkingsverband): ' + steps.map(s => L.label(L.ACTIONS, s)).join(', ') + '.');
  }
  return h('div', { class: 'actions' }, steps.map(step => actionForm(a, step)));
}

function actionForm(a, step) {
  const p = `a-${step}`;
  const on = h('input', { type: 'date', value: L.today(), max: L.today(), required: true });
  const reason = h('textarea', { rows: 2 });
  const extra = [];
  const addressees = [];
  const body = () => {
    const b = { on: on.value, reason: reason.value };
    for (const x of extra) if (x.control.value !== '') b[x.name] = x.convert ? x.convert(x.control.value) : x.control.value;
    const to = addressees.filter(x => x.email.value.trim()).map(x => ({ role: x.role, name: x.name.value.trim(), email: x.email.value.trim() }));
    if (to.length) b.addressees = to;
    return b;
  };
  const add = (name, labelText, control, hint, convert) => { extra.push({ name, control, convert }); return field(`${p}-${name}`, labelText, control, hint); };
  const fields = [];
  if (step === 'grant') {
    fields.push(add('startDate', 'Ingangsdatum', h('input', { type: 'date', required: true })));
    fields.push(add('endDate', 'Einddatum', h('input', { type: 'date' }), 'Een 31 juli; leeg voor de standaard van het ondersteuningsplan.'));
    fields.push(add('fundingCategory', 'Bekostigingscategorie', h('select', {}, h('option', { value: '' }, 'Standaard van het plan'),
      Object.entries(L.CATEGORIES).map(([k, v]) => h('option', { value: k }, v)))));
    fields.push(add('categoryOverrideReason', 'Reden voor een andere categorie', h('input', { type: 'text' })));
  }
  if (step === 'object') fields.push(add('by', 'Bezwaar van', h('select', { required: true }, h('option', { value: 'GUARDIANS' }, 'Ouders of verzorgers'),
    h('option', { value: 'BOARD' }, 'Bevoegd gezag'))));
  if (step === 'decide-objection') fields.push(add('upheld', 'Beslissing', h('select', { required: true }, h('option', { value: 'false' }, 'Ongegrond'),
    h('option', { value: 'true' }, 'Gegrond')), null, v => v === 'true'));
  if (step === 'advise') fields.push(add('advice', 'Advies', h('select', { required: true }, h('option', { value: 'GRANT' }, 'Toekennen'),
    h('option', { value: 'REFUSE' }, 'Afwijzen'))));
  let letter = null;
  if (['grant', 'refuse', 'not-consider', 'decide-objection'].includes(step)) {
    for (const [role, who] of [['SCHOOL', 'School'], ['GUARDIANS', 'Ouders of verzorgers']]) {
      const name = h('input', { type: 'text', autocomplete: 'off' });
      const email = h('input', { type: 'email', autocomplete: 'off' });
      addressees.push({ role, name, email, node: [field(`${p}-${role}-name`, `${who}: naam`, name), field(`${p}-${role}-email`, `${who}: e-mailadres`, email)] });
    }
    letter = h('details', {}, h('summary', {}, 'Beschikking per e-mail versturen'), h('p', { class: 'hint' },
      'De beschikking gaat na het besluit per e-mail naar wie u hier noemt (R-DL-6). Namen en adressen worden alleen bewaard tot de brief is verzonden.'),
      addressees.map(x => x.node));
  }
  const result = h('div', { 'aria-live': 'polite' });
  return h('form', { class: 'stack', onsubmit: async e => {
    e.preventDefault();
    const answer = await call('POST', `/applications/${encodeURIComponent(a.id)}/${step}`, { body: body(), ifMatch: a.version });
    if (answer.status === 200) return application(a.id, message('success', `${L.label(L.ACTIONS, step)}: gelukt. De aanvraag is nu: ${L.label(L.STATES, answer.json.state)}.`));
    if (answer.status === 412) {
      render(result, message('error', problemText(answer), ' ', h('button', { type: 'button', class: 'secondary', onclick: () => application(a.id) }, 'Opnieuw laden')));
      return;
    }
    render(result, message('error', problemText(answer)));
  } }, h('fieldset', {}, h('legend', {}, L.label(L.ACTIONS, step)),
    field(`${p}-on`, 'Datum', on), ...fields, field(`${p}-reason`, 'Toelichting', reason), letter,
    h('div', {}, h('button', { type: 'submit' }, L.label(L.ACTIONS, step)))),
  result);
}

// ----- Nieuwe aanvraag (submit) -----

async function submit() {
  const partnerships = me.partnerships;
  const partnership = h('select', { required: true }, partnerships.map(p => h('option', { value: p }, p)));
  const school = h('input', { type: 'text', required: true, value: me.school || '', readonly: me.role === 'SCHOOL_STAFF' });
  const student = h('input', { type: 'text', required: true, autocomplete: 'off' });
  const type = h('select', { required: true }, ['SBO', 'SO', 'VSO', 'PRO'].map(t => h('option', { value: t }, L.SCHOOL_TYPES[t])));
  const needs = h('select', {}, h('option', { value: '' }, 'Niet van toepassing'),
    ['ZML', 'LZ', 'LG', 'MG', 'CLUSTER_4'].map(t => h('option', { value: t }, t)));
  const received = h('input', { type: 'date', required: true, value: L.today(), max: L.today() });
  const studentInfo = h('div', { 'aria-live': 'polite' });
  const result = h('div', { 'aria-live': 'polite' });
  const check = h('button', { type: 'button', class: 'secondary', onclick: async () => {
    const answer = await call('GET', '/students/' + encodeURIComponent(student.value.trim()));
    if (answer.status !== 200) return render(studentInfo, message('error', problemText(answer)));
    const s = answer.json;
    render(studentInfo, message('info', `Leerling ${s.id || student.value}: ingeschreven bij ${(s.enrolments || []).map(e => e.schoolBrin + ' (' + e.schoolType + ')').join(', ') || 'geen school'}.`));
  } }, 'Leerling controleren');
  const form = h('form', { class: 'stack', onsubmit: async e => {
    e.preventDefault();
    const p = await call('GET', '/partnerships/' + encodeURIComponent(partnership.value));
    if (p.status !== 200) return render(result, message('error', problemText(p)));
    const body = { policyId: p.json.policyId, partnershipId: partnership.value, studentId: student.value.trim(), applyingSchoolBrin: school.value.trim(),
      schoolType: type.value, receivedOn: received.value };
    if (needs.value) body.specialNeedsType = needs.value;
    const answer = await call('POST', '/applications', { body });
    if (answer.status === 201) {
      location.hash = '#/applications/' + encodeURIComponent(answer.json.id);
      return;
    }
    render(result, message('error', problemText(answer)));
  } },
  field('s-partnership', 'Samenwerkingsverband', partnership),
  field('s-school', 'Aanvragende school (BRIN)', school),
  field('s-student', 'Leerling (pseudoniem)', student, 'Het leerlingnummer zoals uw school het aan het samenwerkingsverband gaf.'), h('div', {}, check), studentInfo,
  field('s-type', 'Gevraagd onderwijs', type), field('s-needs', 'Soort (alleen SO en VSO)', needs), field('s-received', 'Ontvangen op', received),
  h('div', {}, h('button', { type: 'submit' }, 'Aanvraag indienen')));
  show('Nieuwe aanvraag', h('p', {}, 'Vraag een toelaatbaarheidsverklaring aan voor een leerling van uw school.'), form, result);
}

// ----- Dashboard -----

async function dashboard() {
  const partnership = me.partnerships[0];
  const answer = await call('GET', `/reports/monitoring?partnershipId=${encodeURIComponent(partnership)}&countDate=${L.today()}`);
  if (answer.status !== 200) return show('Dashboard', message('error', problemText(answer)));
  const r = answer.json;
  const dec = r.decisionsInLast12Months || {};
  const out = r.outOfSchool || {};
  const cards = h('div', { class: 'cards' },
    card(String(r.participationDenominator), 'leerlingen in de telling'),
    card(String(dec.count ?? 0), 'besluiten in de laatste 12 maanden', dec.percentWithinTerm ? `${dec.percentWithinTerm}% binnen de termijn` : 'nog geen besluiten'),
    card(String((out.thuiszitters || {}).count ?? 0), 'thuiszitters', `${(out.thuiszitters || {}).per1000 ?? '–'} per 1.000 leerlingen`),
    card(String(r.lwooDesignationsInForce ?? 0), 'LWOO-aanwijzingen van kracht'));
  const participation = Object.entries(r.participation || {});
  const targets = (r.targets || []).map(t => [t.metric, t.value ?? '–', (t.kind === 'SHARE_AT_MOST' ? 'ten hoogste ' : t.kind === 'SHARE_AT_LEAST' ? 'ten minste ' : 'ten hoogste ') + (t.percent ?? '') + (t.kind === 'COUNT_AT_MOST' ? '' : '%'),
    h('span', { class: 'badge ' + (t.status === 'MET' ? 'ok' : t.status === 'MISSED' ? 'late' : 'warn') }, t.status === 'MET' ? 'gehaald' : t.status === 'MISSED' ? 'niet gehaald' : 'niet te berekenen')]);
  const statements = [];
  for (const [type, perCategory] of Object.entries(r.statementsByTypeAndCategory || {})) {
    for (const [category, n] of Object.entries(perCategory || {})) statements.push([type + ' ' + L.label(L.CATEGORIES, category), n]);
  }
  const duration = Object.entries(out.byDuration || {});
  const DURATIONS = { UP_TO_4_WEEKS: 'tot 4 weken', UP_TO_3_MONTHS: '4 weken tot 3 maanden', UP_TO_6_MONTHS: '3 tot 6 maanden', LONGER: 'langer dan 6 maanden' };
  const subject = h('input', { type: 'text', required: true, autocomplete: 'off' });
  const lookup = h('form', { class: 'filters', onsubmit: e => { e.preventDefault(); location.hash = '#/audit/' + encodeURIComponent(subject.value.trim()); } },
    field('audit-subject', 'Audittrail van een zaak', subject, 'Het kenmerk van een aanvraag, aanwijzing of zaak, zoals app-…'),
    h('div', {}, h('button', { type: 'submit', class: 'secondary' }, 'Audittrail tonen')));
  show('Dashboard', h('p', {}, `Monitoring van ${r.partnershipId} op ${L.date(r.countDate)} (SPEC R-MON).`), cards,
    h('div', { class: 'grid2' },
      barChart('Deelname per soort onderwijs (%)', participation.map(([k]) => k), participation.map(([, v]) => Number(v)), '%'),
      barChart('Thuiszitters naar duur', duration.map(([k]) => DURATIONS[k] || k), duration.map(([, v]) => v), ''),
      barChart('Toelaatbaarheidsverklaringen per soort en categorie', statements.map(s => s[0]), statements.map(s => s[1]), ''),
      barChart('Leerlingen per soort onderwijs', Object.keys(r.studentsByType || {}), Object.values(r.studentsByType || {}), '')),
    h('h2', {}, 'Streefcijfers'), table('Streefcijfers van het ondersteuningsplan', ['Maat', 'Waarde', 'Streefcijfer', 'Uitkomst'], targets, [1]),
    h('h2', {}, 'Beleid doorrekenen'), simulation(r.partnershipId),
    h('h2', {}, 'Audittrail'), lookup);
}

/** The policy simulation (issue 21): what a candidate support plan would have decided on the kept facts of the decided cases. */
function simulation(partnershipId) {
  const file = h('input', { type: 'file', accept: 'application/json,.json', required: true });
  const from = h('input', { type: 'date', required: true, value: `${Number(L.today().slice(0, 4)) - 1}-01-01` });
  const to = h('input', { type: 'date', required: true, value: L.today() });
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'stack', onsubmit: async e => {
    e.preventDefault();
    let candidate;
    try {
      candidate = JSON.parse(await file.files[0].text());
    } catch (error) {
      return render(result, message('error', 'Het bestand is geen JSON-beleidsdocument.'));
    }
    const p = await call('GET', '/partnerships/' + encodeURIComponent(partnershipId));
    if (p.status !== 200) return render(result, message('error', problemText(p)));
    const answer = await call('POST', `/policies/${encodeURIComponent(p.json.policyId)}/simulations`, { body: { candidate, from: from.value, to: to.value } });
    if (answer.status !== 200) return render(result, message('error', problemText(answer)));
    const sim = answer.json;
    const rows = [];
    for (const [scheme, changes] of Object.entries(sim.byScheme || {})) {
      for (const [change, n] of Object.entries(changes)) {
        const [before, after] = change.split('→');
        rows.push([scheme, L.label(L.OUTCOMES, before), L.label(L.OUTCOMES, after), String(n)]);
      }
    }
    render(result, message(sim.changed === 0 ? 'success' : 'info', `${sim.evaluated} besluiten doorgerekend; ${sim.changed} zouden anders uitvallen.`),
      rows.length ? table('Veranderde uitkomsten per regeling', ['Regeling', 'Nu', 'Met de kandidaat', 'Aantal'], rows, [3]) : null,
      (sim.examples || []).length ? [h('h3', {}, 'Voorbeelden'), table('Voorbeelden van veranderde uitkomsten', ['Zaak', 'Regeling', 'Nu', 'Met de kandidaat', 'Regels die verschillen'],
        sim.examples.map(x => [x.applicationId, x.scheme, L.label(L.OUTCOMES, x.before), L.label(L.OUTCOMES, x.after), x.rules.map(r => r.id).join(', ')]))] : null);
  } },
  field('sim-file', 'Kandidaat-beleid (JSON-beleidsdocument)', file, 'Het ondersteuningsplan zoals het bestuur het wil wijzigen, in het formaat van GET /api/v1/policies/{id}.'),
  field('sim-from', 'Besluiten vanaf', from), field('sim-to', 'Besluiten tot en met', to),
  h('div', {}, h('button', { type: 'submit', class: 'secondary' }, 'Doorrekenen')));
  return [h('p', {}, 'Wat zou een gewijzigd ondersteuningsplan hebben besloten over de zaken die al besloten zijn? Alleen kenmerken van zaken, geen persoonsgegevens.'),
    form, result];
}

function card(big, text, sub) {
  return h('div', { class: 'card' }, h('span', { class: 'big' }, big), text, sub ? h('span', { class: 'hint' }, sub) : null);
}

// ----- Audittrail -----

async function audit(id) {
  const answer = await call('GET', '/audit?subject=' + encodeURIComponent(id));
  if (answer.status !== 200) return show('Audittrail ' + id, message('error', problemText(answer)));
  show('Audittrail ' + id, h('p', {}, 'Wie deed wat, wanneer en waarom (R-PRIV-3). Zonder persoonsgegevens.'),
    table('Audittrail', ['Moment', 'Door', 'Handeling', 'Reden'], answer.json.map(e => [new Date(e.at).toLocaleString('nl-NL'), e.actor, e.action, e.reason || ''])),
    me.role === 'AUDITOR' ? null : h('p', {}, h('a', { href: '#/applications/' + encodeURIComponent(id) }, 'Terug naar de aanvraag')));
}
