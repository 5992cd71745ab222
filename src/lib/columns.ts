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
