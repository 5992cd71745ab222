/**
 * A registry as the spreadsheet its owner edits: one row per entry, every
 * entry field, `convert()`'s inverse. Reading the file back gives the same
 * entries (and, with `into` the original, the same registry): that is what
 * the choices below are for.
 *
 * - Text in several languages gets a column per language, "Purpose (de)";
 *   a plain "Purpose" column holds the entries whose purpose is one text.
 * - Locations are joined with "; " and category codes with ", " (a location
 *   holding ";" or a code holding a space or a comma cannot round-trip).
 * - Groups are written as their title ("Group") and id ("Group id"), so a
 *   new row can name a section by title and an existing one keeps its id.
 * - Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, also
 *   after white space or in full-width forms) get a leading apostrophe,
 *   which the reader takes off again; cells with
 *   surrounding spaces, or a dash alone (which reads as "empty"), are
 *   quoted, and a quoted cell is read exactly.
 * - `x-` fields are private: written only with `{ private: true }`, for the
 *   owner's own copy.
 */
import type { LocalizedText, Registry, Subprocessor } from '../lib/types.js';
import { formulaLike } from './text.js';

export interface CsvWriteOptions {
  /** `,` (default), or `;` for spreadsheets set to a European locale. */
  delimiter?: string;
  /** Also write the entries' `x-` fields (which are never published). */
  private?: boolean;
  /** Which language's text names a group (default `en`, else the first). */
  language?: string;
}

type Entry = Subprocessor<LocalizedText>;

const TEXT: [keyof Entry, string][] = [
  ['service', 'Service'],
  ['purpose', 'Purpose'],
  ['data', 'Data'],
  ['retention', 'Retention'],
  ['transfer', 'Transfer'],
  ['dpa', 'DPA'],
  ['notes', 'Notes'],
];

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function cell(value: string, delimiter: string): string {
  // An apostrophe keeps a spreadsheet from running the cell; `'` already there is doubled in effect, so it reads back too.
  const safe = formulaLike(value) ? `'${value}` : value;
  const quote = safe.includes(delimiter) || /["\r\n]/.test(safe) || safe !== safe.trim() || /^[-–—]+$/.test(safe);
  return quote ? `"${safe.replace(/"/g, '""')}"` : safe;
}

interface Column {
  header: string;
  value: (e: Entry) => string;
}

/** The columns one localizable field needs: a plain one if some entry has one text, one per language used. */
function textColumns(entries: Entry[], key: keyof Entry, header: string): Column[] {
  let plain = false;
  const langs: string[] = [];
  for (const e of entries) {
    const v = e[key];
    if (typeof v === 'string') plain = true;
    else if (isObj(v)) for (const lang of Object.keys(v)) if (!langs.includes(lang)) langs.push(lang);
  }
  const out: Column[] = [];
  if (plain || (!langs.length && key === 'service')) out.push({ header, value: (e) => (typeof e[key] === 'string' ? (e[key] as string) : '') });
  for (const lang of langs) {
    out.push({ header: `${header} (${lang})`, value: (e) => (isObj(e[key]) ? String((e[key] as Record<string, unknown>)[lang] ?? '') : '') });
  }
  return out;
}

function textIn(v: LocalizedText | undefined, lang: string): string | undefined {
  if (typeof v === 'string') return v;
  if (isObj(v)) return v[lang] ?? Object.values(v)[0];
  return undefined;
}

/** Writes the registry's entries as CSV (UTF-8 with a byte-order mark, CRLF). */
export function registryToCsv(registry: Registry<LocalizedText>, options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter && options.delimiter.length === 1 && !/["\r\n]/.test(options.delimiter) ? options.delimiter : ',';
  const lang = options.language ?? 'en';
  const entries = Array.isArray(registry?.subprocessors) ? registry.subprocessors.filter((e) => isObj(e) && typeof e.name === 'string') : [];
  const groups = new Map((registry.groups ?? []).filter(isObj).map((g) => [g.id, g]));
  const has = (key: keyof Entry) => entries.some((e) => e[key] !== undefined && e[key] !== '' && !(Array.isArray(e[key]) && !(e[key] as unknown[]).length));
  const text = (key: keyof Entry) => (e: Entry) => (typeof e[key] === 'string' ? (e[key] as string) : '');
  const list = (key: keyof Entry, sep: string) => (e: Entry) => (Array.isArray(e[key]) ? (e[key] as unknown[]).filter((x) => typeof x === 'string').join(sep) : '');

  const columns: Column[] = [{ header: 'Name', value: (e) => e.name }];
  if (has('id')) columns.push({ header: 'Entry id', value: text('id') });
  const [service, ...rest] = TEXT;
  columns.push(...textColumns(entries, service[0], service[1]));
  const purpose = rest.find(([k]) => k === 'purpose')!;
  columns.push(...textColumns(entries, purpose[0], purpose[1]));
  if (has('entityLocation')) columns.push({ header: 'Entity location', value: text('entityLocation') });
  if (has('dataLocations')) columns.push({ header: 'Data locations', value: list('dataLocations', '; ') });
  if (has('categories')) columns.push({ header: 'Category codes', value: list('categories', ', ') });
  for (const [key, header] of rest) if (key !== 'purpose' && key !== 'notes') columns.push(...textColumns(entries, key, header));
  if (has('url')) columns.push({ header: 'Website', value: text('url') });
  if (has('group')) {
    columns.push({
      header: 'Group',
      value: (e) => {
        const g = typeof e.group === 'string' ? groups.get(e.group) : undefined;
        return g ? (textIn(g.title, lang) ?? g.id) : '';
      },
    });
    columns.push({ header: 'Group id', value: text('group') });
  }
  for (const [key, header] of [['added', 'Added'], ['effective', 'Effective'], ['retires', 'Retires']] as const) {
    if (has(key)) columns.push({ header, value: text(key) });
  }
  columns.push(...textColumns(entries, 'notes', 'Notes'));
  if (options.private) {
    const keys: string[] = [];
    for (const e of entries) for (const k of Object.keys(e)) if (k.startsWith('x-') && typeof e[k] === 'string' && !keys.includes(k)) keys.push(k);
    for (const k of keys) columns.push({ header: k, value: text(k) });
  }

  const lines = [columns.map((c) => cell(c.header, delimiter)).join(delimiter)];
  for (const e of entries) lines.push(columns.map((c) => cell(c.value(e), delimiter)).join(delimiter));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
