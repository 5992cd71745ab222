/**
 * The forms, as data: which fields each part of the registry has, in the
 * order the form shows them, and what kind of control each one gets. The
 * names are the format's own (`subprocessors.dataLocations`), which is how
 * the locale files label them and the schema explains them. DOM-free.
 */

export type FieldKind =
  | 'text' // one line of plain text
  | 'local' // text, or the same text in several languages
  | 'long' // like `local`, on several lines
  | 'url' // a web address (or a relative one)
  | 'date' // YYYY-MM-DD
  | 'number' // a whole number of days
  | 'place' // one location: a country (kept as its code), EU/EEA, or free text
  | 'places' // a list of locations
  | 'codes' // category codes
  | 'group' // the id of a group
  | 'tristate' // yes, no, maybe
  | 'action'; // a change's action: added, removed, changed, or another word

export interface Field {
  /** The key in its object; `owner.name` for a nested one. */
  key: string;
  kind: FieldKind;
  required?: boolean;
}

/** The list's own fields (metadata), in the form's order. */
export const LIST_FIELDS: readonly Field[] = [
  { key: 'title', kind: 'local' },
  { key: 'intro', kind: 'long' },
  { key: 'owner.name', kind: 'local' },
  { key: 'owner.url', kind: 'url' },
  { key: 'owner.contact', kind: 'text' },
  { key: 'owner.dpa', kind: 'local' },
  { key: 'updated', kind: 'date' },
  { key: 'subscribe', kind: 'url' },
  { key: 'feed', kind: 'url' },
  { key: 'page', kind: 'url' },
  { key: 'notice.days', kind: 'number' },
  { key: 'notice.objectionDays', kind: 'number' },
];

export const ENTRY_FIELDS: readonly Field[] = [
  { key: 'name', kind: 'text', required: true },
  { key: 'service', kind: 'local' },
  { key: 'purpose', kind: 'local' },
  { key: 'entityLocation', kind: 'place' },
  { key: 'dataLocations', kind: 'places' },
  { key: 'categories', kind: 'codes' },
  { key: 'data', kind: 'long' },
  { key: 'retention', kind: 'local' },
  { key: 'transfer', kind: 'local' },
  { key: 'dpa', kind: 'local' },
  { key: 'url', kind: 'url' },
  { key: 'group', kind: 'group' },
  { key: 'added', kind: 'date' },
  { key: 'effective', kind: 'date' },
  { key: 'retires', kind: 'date' },
  { key: 'notes', kind: 'long' },
  { key: 'id', kind: 'text' },
];

export const CATEGORY_FIELDS: readonly Field[] = [
  { key: 'code', kind: 'text', required: true },
  { key: 'subject', kind: 'local' },
  { key: 'label', kind: 'local' },
  { key: 'direct', kind: 'tristate' },
  { key: 'indirect', kind: 'tristate' },
  { key: 'description', kind: 'long' },
];

export const GROUP_FIELDS: readonly Field[] = [
  { key: 'id', kind: 'text', required: true },
  { key: 'title', kind: 'local' },
  { key: 'description', kind: 'long' },
];

export const CHANGE_FIELDS: readonly Field[] = [
  { key: 'date', kind: 'date' },
  { key: 'action', kind: 'action' },
  { key: 'subprocessor', kind: 'text' },
  { key: 'description', kind: 'long' },
];

/** The fields of each list's items, by the list's name. */
export const ITEM_FIELDS = {
  subprocessors: ENTRY_FIELDS,
  categories: CATEGORY_FIELDS,
  groups: GROUP_FIELDS,
  changes: CHANGE_FIELDS,
} as const;

/** Top-level keys the editor handles elsewhere than in the list's fields. */
export const LIST_KEYS: readonly string[] = ['$schema', 'version', 'subprocessors', 'categories', 'groups', 'changes', 'owner', 'notice'];

/** Every field name the locale files label: `title`, `owner.name`, `subprocessors.purpose`… */
export function fieldNames(): string[] {
  return [
    ...LIST_FIELDS.map((f) => f.key),
    ...Object.entries(ITEM_FIELDS).flatMap(([list, fields]) => fields.map((f) => `${list}.${f.key}`)),
  ];
}

/** The words a change's action usually is (the format allows any). */
export const ACTIONS: readonly string[] = ['added', 'removed', 'changed'];
