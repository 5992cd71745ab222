/**
 * Search and filters over a registry's entries.
 *
 * `indexEntries` gathers each entry's searchable text from the column
 * table (every column, shown or not) and its place facts once per registry
 * and language, so a keystroke only scans strings: no Intl calls, no DOM.
 * The folded text is built on first use: a long list shows its first rows
 * without waiting for it (`warmIndex` readies it in small tasks).
 */
import type { Subprocessor } from '../lib/types.js';
import { fold } from '../lib/text.js';
import { readLocation } from '../lib/locations.js';
import { collator } from '../lib/intl.js';
import { COLUMNS, type CellContext } from './columns.js';
import { entryPlaceCodes, entryRegion, type EntryRegion } from './place.js';

export interface Filters {
  /** Free text; every word must occur. */
  query: string;
  /** '' (any), 'eea' (data stays inside the EEA), 'outside' (some data outside it), or an ISO code. */
  location: string;
  /** '' (any) or a group id. */
  group: string;
  /** '' (any) or a category subject such as "User". */
  subject: string;
}

export const NO_FILTERS: Readonly<Filters> = { query: '', location: '', group: '', subject: '' };

export interface Indexed {
  entry: Subprocessor;
  /** Folded searchable text. */
  readonly text: string;
  /** ISO codes (or EU/EEA) of the places its data is in. */
  places: Set<string>;
  region: EntryRegion;
  subjects: Set<string>;
}

export function indexEntries(entries: readonly Subprocessor[], ctx: CellContext): Indexed[] {
  return entries.map((entry) => {
    let text: string | undefined;
    const subjects = new Set<string>();
    for (const code of entry.categories ?? []) {
      const subject = ctx.categories.get(code)?.category.subject;
      if (subject) subjects.add(subject);
    }
    return {
      entry,
      get text() {
        return (text ??= fold(COLUMNS.flatMap((c) => c.search(entry, ctx)).filter(Boolean).join('\n')));
      },
      places: entryPlaceCodes(entry),
      region: entryRegion(entry),
      subjects,
    };
  });
}

/** Folds every entry's search text ahead of the first keystroke, 500 entries a task. */
export function warmIndex(index: readonly Indexed[], from = 0): void {
  const end = Math.min(index.length, from + 500);
  for (let i = from; i < end; i++) void index[i].text;
  if (end < index.length) setTimeout(() => warmIndex(index, end));
}

export function isFiltering(f: Filters): boolean {
  return !!(f.query.trim() || f.location || f.group || f.subject);
}

function inPlace(item: Indexed, location: string): boolean {
  if (location === 'eea') return item.region === 'eea';
  if (location === 'outside') return item.region === 'third' || item.region === 'adequate';
  return item.places.has(location);
}

/** The entries that pass every filter, in registry order. */
export function filterEntries(index: readonly Indexed[], f: Filters): Subprocessor[] {
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  return index
    .filter(
      (item) =>
        words.every((w) => item.text.includes(w)) &&
        (!f.location || inPlace(item, f.location)) &&
        (!f.group || (item.entry.group ?? '') === f.group) &&
        (!f.subject || item.subjects.has(f.subject)),
    )
    .map((item) => item.entry);
}

export interface Option {
  value: string;
  label: string;
}

/** The countries (by data location) that occur, named and sorted in `lang`. */
export function countryOptions(index: readonly Indexed[], lang: string): Option[] {
  const codes = new Set<string>();
  for (const item of index) for (const c of item.places) if (c !== 'EU' && c !== 'EEA') codes.add(c);
  const compare = collator(lang).compare;
  return [...codes].map((code) => ({ value: code, label: readLocation(code, lang).label })).sort((a, b) => compare(a.label, b.label));
}

/** The category subjects some entry uses, in the order the registry defines them. */
export function subjectOptions(categories: readonly { subject?: string }[], index: readonly Indexed[]): string[] {
  const used = new Set<string>();
  for (const item of index) for (const s of item.subjects) used.add(s);
  return [...new Set(categories.map((c) => c.subject).filter((s): s is string => !!s?.trim() && used.has(s)))];
}
