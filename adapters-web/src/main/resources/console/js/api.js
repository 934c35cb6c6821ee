// The JSON API, with the token from this tab's session storage (never in a URL, gone when the tab closes or on sign-out).

const KEY = 'passend.token';

export const session = {
  token: () => sessionStorage.getItem(KEY),
  signIn: token => sessionStorage.setItem(KEY, token),
  signOut: () => sessionStorage.removeItem(KEY),
};

/** An answer of the API: status, body (JSON or null), ETag. */
export async function call(method, path, { body, ifMatch, accept } = {}) {
  const headers = { Authorization: 'Bearer ' + session.token(), Accept: accept || 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch !== undefined) headers['If-Match'] = '"' + ifMatch + '"';
  const response = await fetch('/api/v1' + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
  const type = response.headers.get('Content-Type') || '';
  let json = null;
  let blob = null;
  if (type.includes('json')) json = await response.json();
  else blob = await response.blob();
  return { status: response.status, json, blob, etag: (response.headers.get('ETag') || '').replaceAll('"', '') };
}

/** A problem document as Dutch text for people: the detail and every bad field. */
export function problemText(answer) {
  const p = answer.json || {};
  switch (answer.status) {
    case 401: return 'U bent niet (meer) aangemeld. Meld u opnieuw aan.';
    case 403: return 'U heeft geen toegang tot deze gegevens.';
    case 404: return 'Deze gegevens bestaan niet (meer).';
    case 412: return 'Iemand anders heeft deze aanvraag gewijzigd nadat u haar opende. Uw wijziging is niet opgeslagen. Laad de aanvraag opnieuw en probeer het nog eens.';
    case 503: return 'De server is tijdelijk niet bereikbaar. Probeer het later opnieuw.';
    default: {
      const fields = (p.errors || []).map(e => `${e.field}: ${e.message}`);
      const rule = p.rule ? ` (${p.rule})` : '';
      return [(p.detail || p.title || 'Er ging iets mis') + rule, ...fields].join(' – ');
    }
  }
}
