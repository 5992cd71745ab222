/**
 * The rows of a table, built with DOM calls instead of Lit templates.
 *
 * Why: a row holds some 25 elements (every chip and badge is a button with
 * its own attributes). Instantiating that many nested templates cost three
 * to four times a hand-written table in `npm run bench`; cloning small
 * prototype elements costs little more than the hand-written table itself.
 * The safety rules are the templates' rules: registry text only ever
 * becomes text nodes or attribute values (never markup), and links only
 * take URLs that `safeUrl` accepted.
 *
 * A directive in the `<table>` owns its row groups: a sort moves the rows
 * it already built, a new view (language, strings, columns …) rebuilds them.
 * Long lists are built in slices across animation frames, after a first
 * slice that fills the screen, so the page stays responsive (every table
 * on the page shares one time budget a frame); `flushRows` finishes at
 * once (for printing) and `rowsDone` waits for the last slice.
 */
import { noChange } from 'lit';
import { directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import { AsyncDirective } from 'lit/async-directive.js';
import type { Subprocessor } from '../lib/types.js';
import { COLUMN_LABEL, COLUMN_MIN_EM, columnShares, hasValue, type ColumnKey } from '../lib/columns.js';
import { formatDate } from '../lib/intl.js';
import { fill } from '../lib/strings.js';
import { safeUrl } from '../lib/url.js';
import { readLocation } from '../lib/locations.js';
import { adequacyIsPartial, classifyLocation, locationCode } from '../lib/regions.js';
import { markersOf } from '../lib/dates.js';
import { flagEmoji, flagsSupported } from '../flags.js';
import { categoryDescId } from './legend.js';
import { relative } from './changes.js';
import type { View } from './view.js';

/**
 * Tables longer than this are "long": their columns are sized up front and
 * laid out as grids (see the styles), and their rows are built in slices.
 */
const EAGER = 150;
/** Rows in the first slice of a longer list: more than a tall screen holds. */
const FIRST = 60;
/** Milliseconds of building per later slice, leaving the frame room for layout. */
const SLICE_MS = 8;
/** Rows per row group in a long list. */
const CHUNK = 100;

type Attrs = Record<string, string>;

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

function span(attrs: Attrs, ...content: (Node | string)[]): HTMLElement {
  const el = make(`span ${attrs.part ?? ''} ${attrs.class ?? ''} ${attrs['aria-label'] ?? ''}`, 'span', attrs);
  el.append(...content);
  return el;
}

function anchor(href: string, part: string, ...content: (Node | string)[]): HTMLElement {
  const a = make(`a ${part}`, 'a', { part, rel: 'noopener noreferrer' });
  a.setAttribute('href', href);
  a.append(...content);
  return a;
}

interface Badge {
  cls: string;
  part: string;
  desc: string;
  mark?: string;
  label: string;
}

/** Everything a location badge shows depends on the value and the view only: worked out once per value. */
function badgeOf(value: string, view: View, cache: Map<string, Badge>): Badge {
  let b = cache.get(value);
  if (b) return b;
  const { code, label } = readLocation(value, view.lang);
  const region = classifyLocation(value);
  const place = code ?? locationCode(value);
  const desc =
    region === 'adequate' && place && adequacyIsPartial(place) ? (place === 'US' ? 'd-us' : 'd-partial') : region === 'unknown' ? 'd-unknown-place' : `d-${region}`;
  // A flag where the platform draws flags; where it cannot (Windows), the code as text.
  const mark = !view.flags || !code || code.length !== 2 ? undefined : flagsSupported() ? flagEmoji(code) : code;
  b = { cls: label.length > 28 ? 'tip long' : 'tip', part: `location-badge ${region}`, desc, mark, label };
  cache.set(value, b);
  return b;
}

/**
 * A location as a button that explains, in its tooltip and description,
 * where the data stands under the GDPR. Buttons in one cell share one tab
 * stop (roving tabindex: arrow keys move between them).
 */
function locationBadge(value: string, first: boolean, transfer: string | undefined, b: Badge): HTMLElement {
  const el = make(`badge ${b.cls} ${b.part} ${b.desc} ${first}`, 'button', {
    type: 'button',
    class: b.cls,
    part: b.part,
    'aria-describedby': b.desc,
    tabindex: first ? '0' : '-1',
  });
  el.dataset.value = value;
  if (transfer !== undefined) el.dataset.transfer = transfer;
  if (b.mark) el.append(span({ class: 'mark', 'aria-hidden': 'true' }, b.mark));
  el.append(b.label);
  return el;
}

function categoryChip(code: string, view: View, first: boolean): HTMLElement {
  const index = view.categoryIndex.get(code);
  const el = make(`chip ${index === undefined} ${first}`, 'button', {
    type: 'button',
    class: 'tip',
    part: index === undefined ? 'category unknown' : 'category',
    tabindex: first ? '0' : '-1',
  });
  el.dataset.code = code;
  el.setAttribute('aria-describedby', categoryDescId(index));
  el.append(code);
  return el;
}

function markers(e: Subprocessor, view: View): { parts: string; node?: HTMLElement } {
  const m = markersOf(e, view.today, view.newDays);
  const { t, lang } = view;
  const parts = ['row'];
  const out: (Node | string)[] = [];
  if (m.isNew) {
    parts.push('new');
    out.push(span({ part: 'marker new' }, t.markerNew));
  }
  if (m.startsIn !== undefined) {
    parts.push('upcoming');
    out.push(
      span({ part: 'marker upcoming' }, t.markerUpcoming),
      ' ',
      span({ class: 'marker-text' }, fill(t.startsOn, { date: formatDate(e.effective!, lang), relative: relative(m.startsIn, lang) })),
    );
  }
  if (m.endsIn !== undefined && m.endsIn >= 0) {
    parts.push('retiring');
    out.push(
      span({ part: 'marker retiring' }, t.markerRetiring),
      ' ',
      span({ class: 'marker-text' }, fill(t.endsOn, { date: formatDate(e.retires!, lang), relative: relative(m.endsIn, lang) })),
    );
  }
  return { parts: parts.join(' '), node: out.length ? span({ class: 'markers' }, ...out) : undefined };
}

function fillCell(c: HTMLElement, e: Subprocessor, key: ColumnKey, view: View, badges: Map<string, Badge>, marks?: HTMLElement): void {
  if (!hasValue(e, key)) {
    c.append(span({ class: 'none', 'aria-hidden': 'true' }, '—'));
    return;
  }
  switch (key) {
    case 'name': {
      const service = e.service && e.service.trim() && e.service.trim() !== e.name.trim() ? e.service : undefined;
      const href = safeUrl(e.url, view.base);
      // The spaces between inline pieces keep words apart for copy, find-in-page and screen readers.
      c.append(span({ part: 'name' }, href ? anchor(href, 'link name-link', e.name) : e.name), ' ');
      if (service) c.append(span({ part: 'service' }, service));
      c.append(' ');
      if (marks) c.append(marks);
      return;
    }
    case 'entity-location':
      c.append(locationBadge(e.entityLocation!, true, e.transfer, badgeOf(e.entityLocation!, view, badges)));
      return;
    case 'data-locations': {
      const box = span({ class: 'badges', role: 'toolbar', 'aria-label': view.t.colDataLocations });
      e.dataLocations!.filter((l) => l.trim()).forEach((l, i) => box.append(locationBadge(l, i === 0, e.transfer, badgeOf(l, view, badges)), ' '));
      c.append(box);
      return;
    }
    case 'data': {
      const codes = (e.categories ?? []).filter((code) => code.trim());
      if (codes.length) {
        const box = span({ class: 'chips', role: 'toolbar', 'aria-label': view.t.colData });
        codes.forEach((code, i) => box.append(categoryChip(code, view, i === 0), ' '));
        c.append(box, ' ');
      }
      if (e.data?.trim()) c.append(span({ class: 'data-text' }, e.data));
      return;
    }
    case 'dpa': {
      // A DPA is a link when it is a safe URL; a note ("on request") or an
      // unsafe URL is shown as text, so the reader still sees what the registry says.
      const href = safeUrl(e.dpa, view.base);
      c.append(href ? anchor(href, 'link', view.t.colDpa, span({ class: 'sr-only' }, ` (${fill(view.t.dpaOf, { name: e.name })})`)) : e.dpa!);
      return;
    }
    case 'added': {
      const time = document.createElement('time');
      time.setAttribute('datetime', e.added!);
      time.append(formatDate(e.added!, view.lang));
      c.append(time);
      return;
    }
    default:
      c.append(e[key]!);
  }
}

/** One row. Explicit ARIA roles keep the table semantics when the card layout changes `display`. */
export function buildRow(e: Subprocessor, view: View, badges: Map<string, Badge> = new Map()): HTMLTableRowElement {
  const m = markers(e, view);
  const tr = make('tr', 'tr', { role: 'row' }) as HTMLTableRowElement;
  tr.setAttribute('part', m.parts);
  for (const key of view.columns) {
    let c: HTMLElement;
    if (key === 'name') c = make('th', 'th', { part: 'cell', role: 'rowheader', scope: 'row', 'data-column': 'name' });
    else {
      const filled = hasValue(e, key);
      c = make(`td ${key} ${filled}`, 'td', { part: 'cell', role: 'cell', 'data-column': key, class: filled ? '' : 'empty' });
      c.dataset.label = view.t[COLUMN_LABEL[key]] as string;
    }
    fillCell(c, e, key, view, badges, m.node);
    tr.append(c);
  }
  return tr;
}

/** Whether rows built for view `a` fit view `b`: all but the sort (which only moves rows) must be the same. */
function sameRows(a: View | undefined, b: View): boolean {
  return !!a && (Object.keys(b) as (keyof View)[]).every((k) => k === 'sort' || a[k] === b[k]);
}

/** Directives with slices still to build, by host element; and all of them. */
const pending = new WeakMap<object, Set<RowsDirective>>();
const tables = new WeakMap<object, Set<RowsDirective>>();
const tablesOf = (host: object) => {
  let set = tables.get(host);
  if (!set) tables.set(host, (set = new Set()));
  return set;
};
const waiters = new WeakMap<object, (() => void)[]>();

function settle(host: object): void {
  if (pending.get(host)?.size) return;
  const list = waiters.get(host);
  waiters.delete(host);
  list?.forEach((resolve) => resolve());
}

/**
 * Tables with rows still to build, on every element of the page: they share
 * one slice of time a frame, so several long lists do not add up to a long frame.
 */
const queue = new Set<RowsDirective>();
let scheduled = false;
/** The next frame; a hidden tab gets no frames, so there the next task instead. */
function later(): void {
  if (scheduled || !queue.size) return;
  scheduled = true;
  const run = () => {
    scheduled = false;
    runSlices();
  };
  if (document.hidden) setTimeout(run);
  else requestAnimationFrame(run);
}
function runSlices(): void {
  const deadline = performance.now() + SLICE_MS;
  try {
    // A directive that finishes leaves the set; deleting while iterating is safe.
    for (const d of queue) {
      if (performance.now() > deadline) break;
      try {
        d.slice(deadline);
      } catch (error) {
        // A fault in one table must not stop the others: drop it, and report.
        d.abandon();
        setTimeout(() => {
          throw error;
        });
      }
    }
  } finally {
    later();
  }
}

class RowsDirective extends AsyncDirective {
  #part?: ChildPart;
  #host?: object;
  #view?: View;
  #order: readonly Subprocessor[] = [];
  #built = new Map<Subprocessor, HTMLTableRowElement>();
  #bodies: HTMLElement[] = [];
  #badges = new Map<string, Badge>();
  /** Position in #order of the next row to build. */
  #next = 0;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('rows() belongs in a <table>, after its <thead>');
  }

  // The arguments type update(); the work happens there, on the DOM.
  render(_entries: readonly Subprocessor[], _view: View): unknown {
    return noChange;
  }

  override update(part: ChildPart, [entries, view]: Parameters<this['render']>): unknown {
    this.#part = part;
    this.#host = part.options?.host ?? part.parentNode;
    tablesOf(this.#host).add(this);
    if (!sameRows(this.#view, view)) {
      this.#view = view;
      this.#built.clear();
      this.#badges.clear();
      for (const body of this.#bodies) body.remove();
      this.#bodies = [];
      this.#order = entries;
      this.#next = 0;
      this.#shape(part.parentNode as HTMLElement, entries, view);
      this.#build(this.#long ? FIRST : entries.length);
    } else if (entries !== this.#order) {
      // A new order of the same rows (a sort): finish building, then move them.
      this.#build(Infinity);
      this.#order = entries;
      // Moving a node takes focus from it: give it back.
      const root = part.parentNode.getRootNode() as ShadowRoot;
      const focused = root.activeElement as HTMLElement | null;
      entries.forEach((e, i) => this.#bodyFor(i).append(this.#built.get(e)!));
      if (focused && root.activeElement !== focused && part.parentNode.contains(focused)) focused.focus({ preventScroll: true });
    }
    return noChange;
  }

  /**
   * A long table gets the class `long` and its column tracks, from the
   * data, in `--_columns`: set through the CSSOM, which a strict
   * `style-src` policy allows (a style attribute it would refuse).
   */
  #shape(table: HTMLElement, entries: readonly Subprocessor[], view: View): void {
    table.classList.toggle('long', this.#long);
    if (this.#long) {
      const tracks = columnShares(entries, view.columns).map((share, i) => `minmax(${COLUMN_MIN_EM[view.columns[i]]}em, ${share}fr)`);
      table.style.setProperty('--_columns', tracks.join(' '));
    } else table.style.removeProperty('--_columns');
  }

  get #long(): boolean {
    return this.#order.length > EAGER;
  }

  /** Which row group row `i` (its place in the current order) belongs in. */
  #groupOf(i: number): number {
    return this.#long ? Math.floor(i / CHUNK) : 0;
  }

  /**
   * The row group that holds row `i`. A long table has one per CHUNK rows,
   * so that the browser can skip whole groups off screen (see the styles);
   * one per row would cost more in visibility checks than it saves.
   */
  #bodyFor(i: number): HTMLElement {
    const n = this.#groupOf(i);
    while (this.#bodies.length <= n) {
      const body = make('tbody', 'tbody', { role: 'rowgroup' });
      // The space a group reserves before it is first shown: by its number of rows.
      const count = Math.min(CHUNK, this.#order.length - this.#bodies.length * CHUNK);
      if (this.#long && count < CHUNK) body.style.setProperty('--_rows', String(count));
      // Before the part's end marker, so Lit clears these along with the part.
      this.#part!.parentNode.insertBefore(body, this.#part!.endNode);
      this.#bodies.push(body);
    }
    return this.#bodies[n];
  }

  /** Builds up to `count` more rows (Infinity: the rest), and schedules the next slice. */
  #build(count: number, deadline = Infinity): void {
    const view = this.#view!;
    const order = this.#order;
    const end = Math.min(order.length, this.#next + count);
    let i = this.#next;
    for (; i < end; i++) {
      const e = order[i];
      const tr = buildRow(e, view, this.#badges);
      // Rows built after a search start as it left them (and show their group if it had none to show).
      const body = this.#bodyFor(i);
      if (view.hidden(e)) tr.hidden = true;
      else if (body.hidden) body.hidden = false;
      this.#built.set(e, tr);
      body.append(tr);
      // Check the clock every few rows: performance.now() is not free either.
      if ((i & 7) === 7 && performance.now() > deadline) {
        i++;
        break;
      }
    }
    this.#next = i;
    this.#schedule();
  }

  #schedule(): void {
    const host = this.#host!;
    const table = this.#part!.parentNode as HTMLElement;
    let set = pending.get(host);
    if (this.#next < this.#order.length) {
      // Still waiting: loadComplete and the load event wait for the last row,
      // also while the element is away from the page (it goes on when put back).
      if (!set) pending.set(host, (set = new Set()));
      set.add(this);
      table.setAttribute('aria-busy', 'true');
      if (this.isConnected) queue.add(this);
      else queue.delete(this);
      later();
    } else {
      table.removeAttribute('aria-busy');
      this.abandon();
    }
  }

  /** Stops building and stops being waited for. */
  abandon(): void {
    queue.delete(this);
    pending.get(this.#host!)?.delete(this);
    settle(this.#host!);
  }

  /** Builds rows until `deadline` (a `performance.now()` time). */
  slice(deadline: number): void {
    this.#build(Infinity, deadline);
  }

  // The element removed from the page: pause (put back, it goes on). The
  // table alone removed by a re-render (the element still in the page): done.
  protected override disconnected(): void {
    if ((this.#host as Element).isConnected === false) {
      this.#schedule();
      return;
    }
    tables.get(this.#host!)?.delete(this);
    this.abandon();
  }

  protected override reconnected(): void {
    tablesOf(this.#host!).add(this);
    this.#schedule();
  }

  /** Shows the rows of the entries `accept` takes, built or not yet, and the table's section while any is shown. */
  show(accept: (e: Subprocessor) => boolean): void {
    let any = false;
    // Per row group: a group with no row shown is hidden too, or the space it
    // reserves off screen (content-visibility) would push the matches far down.
    const groupShown = this.#bodies.map(() => false);
    this.#order.forEach((e, i) => {
      const shown = accept(e);
      any ||= shown;
      const tr = this.#built.get(e);
      if (tr) {
        if (tr.hidden === shown) tr.hidden = !shown;
        if (shown) groupShown[this.#groupOf(i)] = true;
      }
    });
    this.#bodies.forEach((body, n) => {
      if (body.hidden === groupShown[n]) body.hidden = !groupShown[n];
    });
    const section = (this.#part!.parentNode as Element).closest<HTMLElement>('[part~="group"]');
    if (section && section.hidden === any) section.hidden = !any;
  }

  /** Builds every remaining row now. */
  flush(): void {
    if (this.#next < this.#order.length) this.#build(Infinity);
  }
}

/**
 * Renders `entries` as the row groups and rows of the `<table>` it is
 * placed in, in that order (rows start hidden where `view.hidden` says so).
 */
export const rows = directive(RowsDirective);

/**
 * Hides the rows of `host` whose entries `accept` refuses, and the sections
 * left with no row shown. Rows still to be built take the same test when
 * they are (through `view.hidden`).
 */
export function showRows(host: object, accept: (e: Subprocessor) => boolean): void {
  tables.get(host)?.forEach((d) => d.show(accept));
}

/** Builds, now, every row still waiting in `host` (before printing, say). */
export function flushRows(host: object): void {
  for (const d of [...(pending.get(host) ?? [])]) d.flush();
}

/** Resolves once `host` has no rows left to build. */
export function rowsDone(host: object): Promise<void> {
  if (!pending.get(host)?.size) return Promise.resolve();
  return new Promise((resolve) => waiters.set(host, [...(waiters.get(host) ?? []), resolve]));
}
