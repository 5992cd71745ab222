/**
 * Sorting entries by a column, the way people expect: collated in the
 * reader's language with numeric ordering ("M2" before "M10"), case and
 * accents not splitting the order, empty cells last in both directions,
 * locations by their displayed names, retention by duration where it reads
 * as one, and ties kept in registry order.
 */
import type { Subprocessor } from './types.js';
import { COLUMN, isColumnKey, type ColumnKey, type SortKey } from '../model/columns.js';
import { collator } from './intl.js';

export type SortDirection = 'ascending' | 'descending';

export interface SortSpec {
  column: ColumnKey;
  direction: SortDirection;
}

/** Reads the `sort` attribute: `purpose`, `-name` (descending). */
export function parseSort(value: string | null | undefined): SortSpec | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  const descending = raw.startsWith('-');
  const column = descending ? raw.slice(1) : raw;
  return isColumnKey(column) ? { column, direction: descending ? 'descending' : 'ascending' } : undefined;
}

export function formatSort(spec: SortSpec | undefined): string {
  return spec ? `${spec.direction === 'descending' ? '-' : ''}${spec.column}` : '';
}

/** Returns a sorted copy; does not touch `entries`. */
export function sortEntries<T extends Subprocessor>(entries: readonly T[], spec: SortSpec | undefined, lang: string): T[] {
  if (!spec) return entries.slice();
  const compare = collator(lang).compare;
  const sign = spec.direction === 'descending' ? -1 : 1;
  const sortKey = COLUMN[spec.column].sortKey;
  const keyed = entries.map((entry, index) => ({ entry, index, key: sortKey(entry, lang) as SortKey }));
  keyed.sort((a, b) => {
    // Empty cells last, whatever the direction.
    if (a.key === undefined || b.key === undefined) {
      return a.key === b.key ? a.index - b.index : a.key === undefined ? 1 : -1;
    }
    let order: number;
    if (typeof a.key === 'number' && typeof b.key === 'number') order = a.key - b.key;
    else if (typeof a.key === 'number') order = -1;
    else if (typeof b.key === 'number') order = 1;
    else order = compare(a.key, b.key);
    return order * sign || a.index - b.index;
  });
  return keyed.map((k) => k.entry);
}
