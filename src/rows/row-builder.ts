/**
 * Table rows, built with DOM calls from the column table's cell facts.
 *
 * Why DOM calls: a row holds some 25 elements (every chip and badge is a
 * button with its own attributes); instantiating that many nested Lit
 * templates cost three to four times a hand-written table, while cloning
 * small prototype elements costs little more than the table itself.
 *
 * This module decides nothing about content: what a cell says comes from
 * `COLUMN[key].cell()`, the markers from `rowMarkers()`, explanations from
 * the place and category facts. Registry text only ever becomes text nodes
 * or attribute values, never markup, and links only take URLs the URL gate
 * accepted (the facts carry them). A cell's text is `cellText()`: pieces
 * are kept apart by spaces, not by hidden separators (which cost a quarter
 * of a short list's layout in the benchmark).
 */
import { COLUMN, type CellFacts, type ColumnKey } from '../model/columns.js';
import { rowMarkers } from '../model/markers.js';
import type { ListModel } from '../model/list-model.js';
import type { PlaceFacts } from '../model/place.js';
import type { ChipFacts } from '../model/category.js';
import type { Subprocessor } from '../lib/types.js';
import { flagEmoji, flagsSupported } from '../flags.js';

/** Gives the id of a hidden element holding `text`, for `aria-describedby` (one per distinct text). */
export interface Describer {
  id(text: string): string;
}

type Attrs = Record<string, string>;
type Content = (Node | string)[];

/** Prototype elements, cloned with their fixed attributes (cheaper than setting them one by one). */
const protos = new Map<string, Element>();
function make(key: string, tag: string, attrs: Attrs): HTMLElement {
  let proto = protos.get(key);
  if (!proto) {
    proto = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) proto.setAttribute(k, v);
    protos.set(key, proto);
  }
  return proto.cloneNode(false) as HTMLElement;
}

function span(attrs: Attrs, ...content: Content): HTMLElement {
  const el = make(`span ${attrs.part ?? ''} ${attrs.class ?? ''} ${attrs['aria-label'] ?? ''} ${attrs['aria-hidden'] ?? ''}`, 'span', attrs);
  el.append(...content);
  return el;
}

/** Links and buttons in a row start out of the tab order: the row's first one is its one tab stop (see buildRow). */
function anchor(href: string, part: string, ...content: Content): HTMLElement {
  const a = make(`a ${part}`, 'a', { part, rel: 'noopener noreferrer', tabindex: '-1' });
  a.setAttribute('href', href);
  a.append(...content);
  return a;
}

/** The flag, or the code where the platform draws no flags (Windows), or nothing. */
function mark(p: PlaceFacts, flags: boolean): string | undefined {
  if (!flags || !p.flag) return undefined;
  return flagsSupported() ? flagEmoji(p.flag) : p.flag;
}

/**
 * A location as a button that explains, in its tooltip and description,
 * where the data stands under the GDPR.
 */
function badge(p: PlaceFacts, flags: boolean, d: Describer): HTMLElement {
  const cls = p.wraps ? 'tip long' : 'tip';
  const el = make(`badge ${cls} ${p.region}`, 'button', {
    type: 'button',
    class: cls,
    part: `location-badge ${p.region}`,
    tabindex: '-1',
  });
  el.setAttribute('aria-describedby', d.id(p.explanation));
  el.dataset.value = p.value;
  const m = mark(p, flags);
  if (m) el.append(span({ class: 'mark', 'aria-hidden': 'true' }, m));
  el.append(p.label);
  return el;
}

function chip(c: ChipFacts, d: Describer): HTMLElement {
  const known = c.index !== undefined;
  const el = make(`chip ${known}`, 'button', {
    type: 'button',
    class: 'tip',
    part: known ? 'category' : 'category unknown',
    tabindex: '-1',
  });
  el.dataset.code = c.code;
  if (known) el.dataset.index = String(c.index);
  el.setAttribute('aria-describedby', d.id(c.explanation));
  el.append(c.code);
  return el;
}

/** Items of a toolbar, with ", " between them for screen readers and copies. */
function toolbar(cls: string, label: string, items: HTMLElement[]): HTMLElement {
  const box = span({ class: cls, role: 'toolbar', 'aria-label': label });
  // Spaces between the buttons keep words apart for copies and find-in-page; in a flex box they cost no layout.
  items.forEach((item, i) => (i ? box.append(' ', item) : box.append(item)));
  return box;
}

function fill(c: HTMLElement, facts: CellFacts, model: ListModel, d: Describer, label: string): void {
  switch (facts.kind) {
    case 'none':
      c.append(span({ class: 'none', 'aria-hidden': 'true' }, '—'));
      return;
    case 'name': {
      // The spaces between inline pieces keep words apart for copy, find-in-page and screen readers.
      c.append(span({ part: 'name' }, facts.href ? anchor(facts.href, 'link name-link', facts.name) : facts.name), ' ');
      if (facts.service) c.append(span({ part: 'service' }, facts.service), ' ');
      return;
    }
    case 'places': {
      const badges = facts.places.map((p) => badge(p, model.flags, d));
      c.append(badges.length > 1 ? toolbar('badges', label, badges) : badges[0]);
      return;
    }
    case 'data': {
      if (facts.chips.length) c.append(toolbar('chips', label, facts.chips.map((x) => chip(x, d))));
      if (facts.text) c.append(...(facts.chips.length ? [' '] : []), span({ class: 'data-text' }, facts.text));
      return;
    }
    case 'link':
      if (!facts.href) c.append(facts.text);
      else {
        // "DPA" says enough in its row; the link's name says whose it is, for a list of links out of context.
        const a = anchor(facts.href, 'link', facts.text);
        if (facts.label) a.setAttribute('aria-label', facts.label);
        c.append(a);
      }
      return;
    case 'date': {
      const time = document.createElement('time');
      time.setAttribute('datetime', facts.iso);
      time.append(facts.text);
      c.append(time);
      return;
    }
    case 'text':
      c.append(facts.text);
  }
}

function markers(e: Subprocessor, model: ListModel): { parts: string; node?: HTMLElement } {
  const list = rowMarkers(e, model.ctx);
  if (!list.length) return { parts: 'row' };
  const node = span({ class: 'markers' });
  list.forEach((m, i) => {
    if (i) node.append(' ');
    node.append(span({ part: `marker ${m.kind}` }, m.label));
    if (m.detail) node.append(' ', span({ class: 'marker-text' }, m.detail));
  });
  return { parts: ['row', ...list.map((m) => m.kind)].join(' '), node };
}

/** One row. Explicit ARIA roles keep the table semantics when the card layout changes `display`. */
export function buildRow(e: Subprocessor, model: ListModel, d: Describer): HTMLTableRowElement {
  const m = markers(e, model);
  const tr = make('tr', 'tr', { role: 'row' }) as HTMLTableRowElement;
  tr.setAttribute('part', m.parts);
  const anchor = model.anchors.get(e);
  if (anchor) tr.id = anchor;
  for (const key of model.columns as ColumnKey[]) {
    const column = COLUMN[key];
    const label = model.t[column.label];
    const facts = column.cell(e, model.ctx);
    if (key === 'name') {
      const th = make('th', 'th', { part: 'cell', role: 'rowheader', scope: 'row', 'data-column': 'name' });
      fill(th, facts, model, d, label);
      if (m.node) th.append(m.node);
      tr.append(th);
      continue;
    }
    const empty = facts.kind === 'none';
    const td = make(`td ${key} ${empty}`, 'td', { part: 'cell', role: 'cell', 'data-column': key, class: empty ? 'empty' : '' });
    td.dataset.label = label;
    // One box for the value, so that in a card it sits beside its label as a whole (chips and text together).
    const value = span({ class: 'value' });
    fill(value, facts, model, d, label);
    td.append(value);
    tr.append(td);
  }
  // One tab stop per row: its first link or button; arrow keys reach the others (roving tab index).
  const stop = tr.querySelector<HTMLElement>('a, .tip');
  if (stop) stop.tabIndex = 0;
  return tr;
}
