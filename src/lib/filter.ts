/**
 * Search and filters over a registry's entries.
 *
 * `indexEntries` folds each entry's searchable text once per registry and
 * language, so a keystroke only scans strings: no Intl calls, no DOM.
 */
import type { Registry, Subprocessor } from './types.js';
import { fold } from './text.js';
import { readLocation } from './locations.js';
import { classifyEntry, locationCode, type RegionClass } from './regions.js';
import { collator } from './intl.js';

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

export const NO_FILTERS: Filters = { query: '', location: '', group: '', subject: '' };

export interface Indexed {
  entry: Subprocessor;
  /** Folded searchable text. */
  text: string;
  /** ISO codes (or EU/EEA) of the places its data is. */
  places: Set<string>;
  region: RegionClass;
  subjects: Set<string>;
}

/** The places whose data an entry holds: its data locations, else its entity's. */
function placesOf(e: Subprocessor): string[] {
  const data = (e.dataLocations ?? []).filter((l) => l.trim());
  return data.length ? data : e.entityLocation?.trim() ? [e.entityLocation] : [];
}

export function indexEntries(registry: Registry, lang: string): Indexed[] {
  const categories = new Map((registry.categories ?? []).map((c) => [c.code, c]));
  return registry.subprocessors.map((entry) => {
    const locations = [entry.entityLocation ?? '', ...(entry.dataLocations ?? [])].filter((l) => l.trim());
    const codes = entry.categories ?? [];
    // The search text is folded on first use (see warmIndex): a long list shows its first rows without waiting for it.
    let text: string | undefined;
    const parts = () => [
      entry.name,
      entry.service,
      entry.purpose,
      entry.data,
      entry.notes,
      entry.retention,
      entry.transfer,
      ...locations,
      ...locations.map((l) => readLocation(l, lang).label),
      ...locations.map((l) => readLocation(l, 'en').label),
      ...codes,
      ...codes.flatMap((c) => [categories.get(c)?.label, categories.get(c)?.subject]),
    ];
    return {
      entry,
      get text() {
        return (text ??= fold(parts().filter(Boolean).join('\n')));
      },
      places: new Set(placesOf(entry).map((l) => locationCode(l)).filter((c): c is string => !!c)),
      region: classifyEntry(entry.dataLocations, entry.entityLocation),
      subjects: new Set(codes.map((c) => categories.get(c)?.subject).filter((s): s is string => !!s)),
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

/** The entries that pass every filter, in registry order. */
export function filterEntries(index: readonly Indexed[], f: Filters): Subprocessor[] {
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  return index
    .filter(
      (item) =>
        words.every((w) => item.text.includes(w)) &&
        (!f.location ||
          (f.location === 'eea'
            ? item.region === 'eea'
            : f.location === 'outside'
              ? item.region === 'third' || item.region === 'adequate'
              : item.places.has(f.location))) &&
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

/**
 * The category subjects the registry defines, in its order; with `index`,
 * only those some entry's data is about. Sets, not nested scans: linear in
 * the registry, however many subjects and entries it has.
 */
export function subjectOptions(registry: Registry, index?: readonly Indexed[]): string[] {
  const defined = new Set((registry.categories ?? []).map((c) => c.subject).filter((s): s is string => !!s?.trim()));
  if (!index) return [...defined];
  const used = new Set<string>();
  for (const item of index) for (const s of item.subjects) used.add(s);
  return [...defined].filter((s) => used.has(s));
}

/** The groups some entry belongs to, in registry order, labelled by title (else id). */
export function groupOptions(registry: Registry): Option[] {
  const used = new Set(registry.subprocessors.map((e) => e.group));
  return (registry.groups ?? []).filter((g) => used.has(g.id)).map((g) => ({ value: g.id, label: g.title?.trim() || g.id }));
}
