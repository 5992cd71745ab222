/**
 * The baseline: the same table (same columns, same text) written by hand
 * with plain DOM calls, as a careful developer would without a framework.
 */
export const COLUMNS = [
  ['name', 'Sub-processor'],
  ['purpose', 'Purpose'],
  ['entityLocation', 'Entity location'],
  ['dataLocations', 'Data location'],
  ['categories', 'Personal data'],
  ['retention', 'Retention'],
  ['transfer', 'Transfer safeguard'],
  ['dpa', 'DPA'],
];
const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** A country code as its English name, other places as written. */
export const place = (v) => (/^[A-Z]{2}$/.test(v) && names.of(v)) || v;

function cell(tr, tag, text) {
  const c = document.createElement(tag);
  c.textContent = text;
  tr.append(c);
  return c;
}

function row(e) {
  const tr = document.createElement('tr');
  const th = cell(tr, 'th', '');
  th.scope = 'row';
  th.append(e.name, document.createElement('br'), e.service ?? '');
  cell(tr, 'td', e.purpose ?? '');
  cell(tr, 'td', e.entityLocation ? place(e.entityLocation) : '');
  const locations = cell(tr, 'td', '');
  for (const l of e.dataLocations ?? []) {
    const s = document.createElement('span');
    s.textContent = place(l);
    locations.append(s, ' ');
  }
  const codes = cell(tr, 'td', '');
  for (const c of e.categories ?? []) {
    const s = document.createElement('span');
    s.textContent = c;
    codes.append(s, ' ');
  }
  cell(tr, 'td', e.retention ?? '');
  cell(tr, 'td', e.transfer ?? '');
  const dpa = cell(tr, 'td', '');
  if (e.dpa) {
    const a = document.createElement('a');
    a.href = e.dpa;
    a.textContent = 'DPA';
    dpa.append(a);
  }
  tr._entry = e;
  return tr;
}

/** Renders `registry` into `host`; returns helpers for the same operations the widget offers. */
export function renderVanilla(host, registry) {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const [, label] of COLUMNS) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  const rows = registry.subprocessors.map(row);
  body.append(...rows);
  host.append(table);
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  return {
    sortBy(key) {
      const sorted = rows.slice().sort((a, b) => collator.compare(a._entry[key] ?? '', b._entry[key] ?? ''));
      body.append(...sorted);
    },
    filter(query) {
      const q = query.toLowerCase();
      for (const r of rows) r.hidden = q !== '' && !r.textContent.toLowerCase().includes(q);
    },
  };
}
