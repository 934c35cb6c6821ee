// Small DOM helpers: every text goes in as a text node, so nothing from the API is read as HTML.

/** An element with attributes (strings, booleans, or on* handlers) and children (nodes, strings, arrays, null). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces the contents of an element. */
export function render(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

/** A table with a caption, column headers and rows of cells (strings or nodes); numeric columns right-aligned. */
export function table(caption, headers, rows, numeric = []) {
  return h('table', {},
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, headers.map((t, i) => h('th', { scope: 'col', class: numeric.includes(i) ? 'num' : null }, t)))),
    h('tbody', {}, rows.map(r => h('tr', {}, r.map((c, i) => i === 0
      ? h('th', { scope: 'row', class: numeric.includes(i) ? 'num' : null }, c)
      : h('td', { class: numeric.includes(i) ? 'num' : null }, c))))));
}

/** A labelled form field; the hint, if any, is tied to it with aria-describedby. */
export function field(id, label, control, hint) {
  control.id = id;
  if (!control.name) control.name = id;
  if (hint) control.setAttribute('aria-describedby', id + '-hint');
  return h('div', {}, h('label', { for: id }, label, hint ? h('span', { class: 'hint', id: id + '-hint' }, hint) : null), control);
}

/** A message box; role=alert for errors so that screen readers announce it. */
export function message(kind, ...children) {
  return h('div', { class: 'message ' + kind, role: kind === 'error' ? 'alert' : 'status' }, ...children);
}
