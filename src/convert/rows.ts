/**
 * One table (a CSV file, a page's table, or one item of a list page) read
 * into entry patches: for each row, the fields it sets and the fields it
 * says are empty. CSV, HTML and text go through this one reader, so a
 * column means the same wherever it comes from.
 *
 * Columns the converter does not know become `x-` fields (private: the
 * element and every output ignore them) unless the caller names them in
 * `publicColumns`; every problem names its row and column as the input
 * shows them, and the JSON path it maps to.
 */
import type { Cell } from './blocks.js';
import { DATE_FIELDS, type Field, LOCALIZABLE, NO_CATEGORIES, entryField, languageColumn } from './columns.js';
import { type DateOrder, orderShown, readDate } from './dates.js';
import type { SourceTable } from './document.js';
import { readPlace, splitPlaces } from './places.js';
import { UniqueIds, clip, collapse, count, fold, formulaLike, slug, squash } from './text.js';
import type { ConvertWarning } from './types.js';

/** What one row says about one entry. */
export interface Patch {
  name: string;
  where: string;
  /** Position among the result's entries. */
  index: number;
  set: Record<string, unknown>;
  /** Fields the row has a column for, left empty. */
  clear: Set<string>;
  /** Text fields given without a language in an input without translations: an update of one language of an existing translated text. */
  plainOnly: Set<string>;
  /** `undefined`: the input says nothing about the group; `null`: none. */
  group?: { id?: string; title?: string } | null;
  /** Where each category code was written, for messages. */
  codes: Map<string, string>;
}

type Column =
  | { kind: 'field'; field: Field; lang?: string; header: string }
  | { kind: 'private'; key: string; header: string }
  | { kind: 'public'; header: string }
  | { kind: 'none'; header: string };

export interface ReadContext {
  warnings: ConvertWarning[];
  dateOrder?: DateOrder;
  language: string;
  /** Squashed headers the caller publishes as notes. */
  publicColumns: Set<string>;
  /** Which of them were found. */
  publicFound: Set<string>;
  /** Headers kept private, in order of first appearance. */
  privateColumns: string[];
  entryCount: number;
  /** Paths already warned about, so the validator's report of the result does not say it twice. */
  warnedPaths: Set<string>;
}

export function warn(ctx: ReadContext, w: { where?: string; column?: string; row?: number; path?: string; text: string }): void {
  const place = [w.where, w.column !== undefined ? `column '${clip(w.column, 60)}'` : undefined].filter(Boolean).join(', ');
  const message = `${place ? `${place}: ` : ''}${w.text}${w.path ? ` (${w.path})` : ''}`;
  const warning: ConvertWarning = { message };
  if (w.where) warning.where = w.where;
  if (w.column !== undefined) warning.column = w.column;
  if (w.row !== undefined) warning.row = w.row;
  if (w.path) {
    warning.path = w.path;
    ctx.warnedPaths.add(w.path);
  }
  ctx.warnings.push(warning);
}

const LIST_FIELDS = new Set<Field>(['dataLocations', 'categories', 'codes']);

/**
 * "Twilio Inc. (Twilio)" → the name and the service: the text before the
 * last "(", and what the parentheses hold, when they end the cell. Found
 * by position, in one pass (a pattern `^(.*\S)\s*\(` would try every "(").
 */
export function nameAndService(text: string): { name: string; service: string } | undefined {
  if (!text.endsWith(')')) return undefined;
  const open = text.lastIndexOf('(');
  if (open < 1) return undefined;
  const inner = text.slice(open + 1, -1);
  const name = text.slice(0, open).trimEnd();
  if (!inner || inner.includes(')') || !name || /[\n\r\u2028\u2029]/.test(name)) return undefined;
  return { name, service: inner };
}
const MAX_NAME = 200;
const CODE = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,15}$/u;

/** A cell's value as the registry should hold it. */
function valueOf(cell: (Cell & { quoted?: boolean }) | undefined, collapsed: boolean, keepLines = false): string {
  if (!cell) return '';
  let v = cell.text;
  if (collapsed) v = keepLines ? v : collapse(v);
  else if (!cell.quoted) v = v.trim();
  const t = v.trim();
  if (!t) return '';
  // A dash alone is how spreadsheets and pages write "nothing" (the CSV writer quotes a real one).
  if (!cell.quoted && t.length <= 8 && /^[-–—]+$/.test(t)) return '';
  // The CSV writer defuses formulas with a leading apostrophe; a spreadsheet shows the value without it.
  if (v[0] === "'" && formulaLike(v)) v = v.slice(1);
  return v;
}

function linkOrText(cell: Cell | undefined, collapsed: boolean): string {
  const link = cell?.links.find((l) => l.href);
  return link ? link.href : valueOf(cell, collapsed);
}

function isCodeList(text: string): boolean {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .every((t) => CODE.test(t) && (/\d/.test(t) || (t.length <= 6 && t === t.toUpperCase() && /\p{L}/u.test(t))));
}

function noneNote(text: string): string | undefined {
  return text.length <= 20 ? NO_CATEGORIES[squash(text)] : undefined;
}

/** Classifies a table's columns once. */
function columnsOf(t: SourceTable, ctx: ReadContext): Column[] {
  const keys = new UniqueIds();
  // Which columns hold anything, in one pass over the cells there are (a row may be far shorter than the header).
  const width = t.header.length;
  const used = new Uint8Array(width);
  for (const r of t.rows) {
    const n = Math.min(r.cells.length, width);
    for (let i = 0; i < n; i++) if (!used[i] && r.cells[i].text.trim()) used[i] = 1;
  }
  return t.header.map((h, i) => {
    const header = collapse(h.text);
    if (!header) {
      if (!used[i]) return { kind: 'none', header };
      return { kind: 'private', key: keys.claim(`x-column-${i + 1}`), header: `column ${i + 1} (no header)` };
    }
    const lang = languageColumn(header);
    if (lang) return { kind: 'field', field: lang.field, lang: lang.lang, header };
    const field = entryField(header);
    if (field) return { kind: 'field', field, header };
    const key = squash(header);
    if (ctx.publicColumns.has(key)) {
      ctx.publicFound.add(key);
      return { kind: 'public', header };
    }
    const base = /^x-/i.test(header) ? `x-${slug(header.slice(2), 'column')}` : `x-${slug(header, 'column')}`;
    return { kind: 'private', key: keys.claim(base), header };
  });
}

interface Plan {
  t: SourceTable;
  columns: Column[];
  nameAt: number;
  splitNames: boolean;
  /** How to read each categories column: as codes, or as text for `data`. */
  categoriesAs: Map<number, 'codes' | 'data' | 'labels'>;
  /** Date orders the table's dates show by themselves. */
  orders: Set<DateOrder>;
}

/** Decides, for a table, where the names are and how its columns read. */
export function plan(t: SourceTable, ctx: ReadContext, spreadsheet: boolean): Plan {
  const columns = columnsOf(t, ctx);
  let nameAt = columns.findIndex((c) => c.kind === 'field' && c.field === 'name');
  const where = spreadsheet ? 'row 1' : t.label ? `${t.label}, row 1` : undefined;
  if (nameAt === -1) {
    // The names are most likely in a column whose header says nothing known, else in the first.
    const unknown = columns.findIndex((c) => c.kind === 'private');
    nameAt = unknown === -1 ? 0 : unknown;
    const header = columns[nameAt]?.header ?? '';
    warn(ctx, {
      where,
      row: spreadsheet ? 1 : undefined,
      text: `no column names the sub-processor (Name, Vendor, Company, Name of Subprocessor …); ${nameAt === 0 ? 'the first column' : `column ${nameAt + 1}`}${header ? `, '${clip(header)}',` : ''} is read as the name`,
    });
    columns[nameAt] = { kind: 'field', field: 'name', header };
  }
  const listed = new Set(ctx.privateColumns);
  for (const c of columns) {
    if (c.kind === 'private' && !listed.has(c.header)) {
      listed.add(c.header);
      ctx.privateColumns.push(c.header);
    }
  }

  // Two columns for one field: the first with a value wins in each row (lists join).
  const seen = new Map<string, string>();
  columns.forEach((c, i) => {
    if (c.kind !== 'field' || i === nameAt) return;
    const key = `${c.field}\u0000${c.lang ?? ''}`;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, c.header);
    else if (!LIST_FIELDS.has(c.field)) {
      warn(ctx, { where, column: c.header, text: `also read as ${c.field}, like column '${clip(earlier)}'; used in rows where that one is empty` });
    }
  });

  const hasService = columns.some((c) => c.kind === 'field' && c.field === 'service');
  const hasData = columns.some((c) => c.kind === 'field' && c.field === 'data');
  // One pass over the cells: are all names "Name (Service)", are the category cells codes, which date order do dates show.
  let named = 0;
  let allPaired = !t.item && !hasService;
  const notCodes = new Set<number>();
  const orders = new Set<DateOrder>();
  for (const r of t.rows) {
    const n = Math.min(r.cells.length, columns.length);
    for (let i = 0; i < n; i++) {
      const c = columns[i];
      if (c.kind !== 'field') continue;
      if (i === nameAt) {
        const name = valueOf(r.cells[i], t.collapse);
        if (name) {
          named++;
          if (allPaired && !(name.length <= MAX_NAME && nameAndService(name))) allPaired = false;
        }
      } else if (c.field === 'categories' && !notCodes.has(i)) {
        const v = valueOf(r.cells[i], t.collapse);
        if (v && !noneNote(v) && !isCodeList(v)) notCodes.add(i);
      } else if (DATE_FIELDS.has(c.field)) {
        const order = orderShown(r.cells[i].text);
        if (order) orders.add(order);
      }
    }
  }
  // "Twilio Inc. (Twilio)" in every row: the page's way of giving the legal name and the service in one column.
  const splitNames = allPaired && named >= 2;
  const categoriesAs = new Map<number, 'codes' | 'data' | 'labels'>();
  columns.forEach((c, i) => {
    if (c.kind !== 'field' || (c.field !== 'categories' && c.field !== 'codes')) return;
    categoriesAs.set(i, c.field === 'codes' || !notCodes.has(i) ? 'codes' : hasData ? 'labels' : 'data');
  });
  return { t, columns, nameAt, splitNames, categoriesAs, orders };
}

/** The date order the input shows by itself: every unambiguous date agrees on one. */
export function inferDateOrder(plans: Plan[]): DateOrder | undefined {
  const shown = new Set<DateOrder>();
  for (const p of plans) for (const o of p.orders) shown.add(o);
  return shown.size === 1 ? [...shown][0] : undefined;
}

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
  return `${d} ${month} ${y}`;
}

/** Reads a planned table's rows into patches. */
export function readRows(p: Plan, ctx: ReadContext, spreadsheet: boolean, order: DateOrder | undefined): Patch[] {
  const { t, columns, nameAt } = p;
  const patches: Patch[] = [];
  const width = t.header.length;
  const langColumns = new Set(columns.filter((c) => c.kind === 'field' && c.lang).map((c) => (c as { field: Field }).field));
  // The fields the table has a column for: a row that leaves one empty clears it (in a merge).
  const fields = new Set<Field>();
  columns.forEach((c, i) => {
    if (c.kind !== 'field' || i === nameAt || c.field === 'name' || c.field === 'group' || c.field === 'groupId') return;
    const how = p.categoriesAs.get(i);
    fields.add(c.field === 'codes' ? 'categories' : c.field);
    if (how === 'data') fields.add('data');
  });
  const groupColumn = columns.some((c) => c.kind === 'field' && (c.field === 'group' || c.field === 'groupId'));
  for (const r of t.rows) {
    const where = r.where;
    if (r.cells.every((c) => !c.text.trim())) continue;
    if (spreadsheet && r.cells.length < width) {
      warn(ctx, { where, row: r.row, text: `has ${r.cells.length} of the header's ${width} cells; the missing ones are read as empty` });
    } else if (r.cells.length > width && r.cells.slice(width).some((c) => c.text.trim())) {
      const extra = r.cells.length - width;
      warn(ctx, { where, row: r.row, text: `has ${count(extra, 'more cell')} than the header names; ${extra === 1 ? 'it is' : 'they are'} left out` });
    }
    let name = valueOf(r.cells[nameAt], t.collapse);
    const nameHeader = columns[nameAt]?.header ?? '';
    if (!name.trim()) {
      warn(ctx, { where, row: r.row, column: nameHeader, text: 'no name; the row is skipped' });
      continue;
    }
    const index = ctx.entryCount++;
    const path = (field: string) => `subprocessors[${index}].${field}`;
    const patch: Patch = { name, where, index, set: {}, clear: new Set(), plainOnly: new Set(), codes: new Map() };
    const at = (i: number) => r.cells[i];

    if (p.splitNames) {
      const m = nameAndService(name)!;
      name = m.name;
      const service = m.service.trim();
      if (fold(service) !== fold(name)) patch.set.service = service;
      else patch.clear.add('service');
    }
    patch.name = name;
    patch.set.name = name;

    const plain = new Map<Field, string>();
    const langs = new Map<Field, Map<string, string>>();
    const present = new Set<Field>(fields);
    const extraNotes: string[] = [];
    let groupTitle: string | undefined;
    let groupId: string | undefined;
    const lists = new Map<Field, string[]>();
    const append = (f: Field, items: string[]) => {
      const list = lists.get(f);
      if (list) for (const item of items) list.push(item);
      else lists.set(f, items);
    };

    const cellCount = Math.min(r.cells.length, columns.length);
    for (let i = 0; i < cellCount; i++) {
      const c = columns[i];
      if (i === nameAt || c.kind === 'none') continue;
      const cell = at(i);
      if (c.kind === 'private') {
        const v = valueOf(cell, t.collapse);
        if (v) patch.set[c.key] = v;
        else patch.clear.add(c.key);
        continue;
      }
      if (c.kind === 'public') {
        const v = valueOf(cell, t.collapse);
        if (v) extraNotes.push(`${c.header}: ${v}`);
        continue;
      }
      const f = c.field;
      if (f === 'name') continue;
      if (f === 'group' || f === 'groupId') {
        const v = valueOf(cell, t.collapse).trim();
        if (v && f === 'group') groupTitle ??= v;
        if (v && f === 'groupId') groupId ??= v;
        continue;
      }
      if (f === 'categories' || f === 'codes') {
        const v = valueOf(cell, t.collapse, true);
        const none = noneNote(v.trim());
        if (none) {
          if (!extraNotes.includes(none)) extraNotes.push(none);
          continue;
        }
        const how = p.categoriesAs.get(i) ?? 'codes';
        if (how === 'data') {
          if (v && !plain.has('data')) plain.set('data', collapse(v));
          continue;
        }
        // Separators alone, trimmed after: `\s*[,;]\s*` would retry its `\s*` at every space of a long cell.
        const codes = v.split(how === 'codes' ? /[\s,;]+/ : /[,;\n]/).map((s) => s.trim()).filter(Boolean);
        for (const code of codes) if (!patch.codes.has(code)) patch.codes.set(code, `${where}, column '${clip(c.header, 60)}'`);
        append('categories', codes);
        continue;
      }
      if (f === 'dataLocations') {
        const places = splitPlaces(valueOf(cell, t.collapse, true));
        append(f, places);
        continue;
      }
      if (f === 'entityLocation') {
        const v = valueOf(cell, t.collapse);
        if (v && !plain.has(f)) plain.set(f, readPlace(v));
        continue;
      }
      if (DATE_FIELDS.has(f)) {
        const v = valueOf(cell, t.collapse).trim();
        if (!v || plain.has(f)) continue;
        const reading = readDate(v, order);
        if ('iso' in reading) plain.set(f, reading.iso);
        else if ('ambiguous' in reading) {
          warn(ctx, {
            where, row: r.row, column: c.header, path: path(f),
            text: `"${clip(v)}" could be ${longDate(reading.dmy!)} (day first) or ${longDate(reading.mdy!)} (month first); left out: set the date order (dateOrder 'dmy' or 'mdy')`,
          });
        } else warn(ctx, { where, row: r.row, column: c.header, path: path(f), text: `"${clip(v)}" ${reading.error}; left out` });
        continue;
      }
      const v = f === 'dpa' || f === 'url' ? linkOrText(cell, t.collapse) : valueOf(cell, t.collapse);
      if (!v) continue;
      if (c.lang) {
        const m = langs.get(f) ?? new Map<string, string>();
        if (!m.has(c.lang)) m.set(c.lang, v);
        langs.set(f, m);
      } else if (!plain.has(f)) plain.set(f, v);
    }

    // A linked name is the vendor's site, unless a column gives another.
    const nameLink = r.cells[nameAt]?.links.find((l) => l.href);
    if (nameLink && !plain.has('url')) {
      plain.set('url', nameLink.href);
      present.add('url');
    }

    // Text fields: one text, or one per language.
    for (const f of present) {
      if (f === 'group' || f === 'groupId') continue;
      if (LIST_FIELDS.has(f)) {
        const items = lists.get(f) ?? [];
        if (items.length) patch.set[f] = items;
        else patch.clear.add(f);
        continue;
      }
      const text = plain.get(f);
      const translations = langs.get(f);
      if (translations?.size) {
        const value: Record<string, string> = {};
        if (text !== undefined && !translations.has(ctx.language)) value[ctx.language] = text;
        else if (text !== undefined) {
          const column = columns.find((c) => c.kind === 'field' && c.field === f && !c.lang)?.header;
          warn(ctx, { where, row: r.row, column, path: path(f), text: `a text without a language and one in '${ctx.language}' are both given; the one in '${ctx.language}' is used` });
        }
        for (const [lang, v] of translations) value[lang] = v;
        patch.set[f] = value;
      } else if (text !== undefined) {
        patch.set[f] = text;
        if (LOCALIZABLE.has(f) && !langColumns.has(f)) patch.plainOnly.add(f);
      } else patch.clear.add(f);
    }

    // Public columns and "None" in a category column become notes.
    if (extraNotes.length) {
      const notes = patch.set.notes;
      if (typeof notes === 'object' && notes) {
        const obj = notes as Record<string, string>;
        const lang = ctx.language in obj ? ctx.language : Object.keys(obj)[0];
        obj[lang] = [obj[lang], ...extraNotes.filter((n) => !obj[lang]?.includes(n))].filter(Boolean).join('; ');
      } else {
        const own = typeof notes === 'string' ? notes : '';
        patch.set.notes = [own, ...extraNotes.filter((n) => !own.includes(n))].filter(Boolean).join('; ');
      }
      patch.clear.delete('notes');
    }

    if (groupColumn) patch.group = groupTitle || groupId ? { title: groupTitle, id: groupId } : null;
    else if (t.section) patch.group = { title: t.section };
    patches.push(patch);
  }
  return patches;
}
