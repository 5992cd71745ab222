/**
 * The table's columns: their keys, and which ones a registry fills.
 *
 * Keys are the public, kebab-case names used in attributes such as
 * `columns="name purpose data-locations"`.
 */
import type { Subprocessor } from './types.js';
import type { Strings } from './strings.js';

export type ColumnKey =
  | 'name'
  | 'purpose'
  | 'entity-location'
  | 'data-locations'
  | 'data'
  | 'retention'
  | 'transfer'
  | 'dpa'
  | 'added'
  | 'notes';

export const COLUMN_KEYS: readonly ColumnKey[] = [
  'name',
  'purpose',
  'entity-location',
  'data-locations',
  'data',
  'retention',
  'transfer',
  'dpa',
  'added',
  'notes',
];

export const COLUMN_LABEL: Record<ColumnKey, keyof Strings> = {
  name: 'colName',
  purpose: 'colPurpose',
  'entity-location': 'colEntityLocation',
  'data-locations': 'colDataLocations',
  data: 'colData',
  retention: 'colRetention',
  transfer: 'colTransfer',
  dpa: 'colDpa',
  added: 'colAdded',
  notes: 'colNotes',
};

const filled = (s: string | undefined) => typeof s === 'string' && s.trim() !== '';

/** Whether an entry has something to show in a column. */
export function hasValue(entry: Subprocessor, key: ColumnKey): boolean {
  switch (key) {
    case 'name':
      return true;
    case 'entity-location':
      return filled(entry.entityLocation);
    case 'data-locations':
      return (entry.dataLocations ?? []).some(filled);
    case 'data':
      return (entry.categories ?? []).some(filled) || filled(entry.data);
    default:
      return filled(entry[key]);
  }
}

/** The columns some entry has data for, in the standard order. */
export function usedColumns(entries: readonly Subprocessor[]): ColumnKey[] {
  return COLUMN_KEYS.filter((key) => entries.some((e) => hasValue(e, key)));
}

/** Narrowest useful width of each column, in `em`, for layouts that size columns up front. */
export const COLUMN_MIN_EM: Record<ColumnKey, number> = {
  name: 8,
  purpose: 9,
  // Room for a badge such as "United Kingdom" with its flag.
  'entity-location': 11,
  'data-locations': 11,
  data: 9,
  retention: 6,
  transfer: 7,
  dpa: 4.5,
  added: 7,
  notes: 8,
};

/** Roughly how many characters a column's cell shows, for chips and badges included. */
function width(entry: Subprocessor, key: ColumnKey): number {
  const len = (s: string | undefined) => (s ? s.length : 0);
  switch (key) {
    case 'name':
      return Math.max(len(entry.name), len(entry.service));
    case 'entity-location':
      return entry.entityLocation ? 20 : 0;
    case 'data-locations':
      return (entry.dataLocations?.length ?? 0) * 16;
    case 'data':
      return (entry.categories?.length ?? 0) * 5 + len(entry.data);
    case 'dpa':
      return entry.dpa ? 4 : 0;
    case 'added':
      return entry.added ? 12 : 0;
    default:
      return len(entry[key]);
  }
}

/**
 * Share of the width each column gets when widths are set up front rather
 * than by the browser's table layout (long lists, see table.ts): grows with
 * the column's typical text length, damped so that no column starves.
 */
export function columnShares(entries: readonly Subprocessor[], columns: readonly ColumnKey[]): number[] {
  // A sample is enough to know a column's typical length, and keeps this cheap for 10,000 entries.
  const step = Math.max(1, Math.floor(entries.length / 200));
  return columns.map((key) => {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < entries.length; i += step, n++) sum += width(entries[i], key);
    const average = n ? sum / n : 0;
    return Math.round(Math.min(4, Math.max(1, Math.sqrt(average / 6))) * 100) / 100;
  });
}
