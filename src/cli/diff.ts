/**
 * What changed between two versions of a registry, in words, and as
 * `changes` entries to append. Entries are the same vendor by the model's
 * `identityKey` and named by its `displayName`, as in every other form of
 * the list.
 */
import type { Change, Registry, Subprocessor } from '../lib/types.js';
import { displayName, displayedService, identityKey } from '../model/entry.js';

const label = displayName;
const show = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v ?? '')) || '(none)';

const FIELDS: [keyof Subprocessor, string][] = [
  ['purpose', 'purpose'],
  ['entityLocation', 'entity location'],
  ['dataLocations', 'data locations'],
  ['categories', 'data categories'],
  ['data', 'data'],
  ['retention', 'retention'],
  ['transfer', 'transfer safeguard'],
  ['dpa', 'DPA'],
  ['url', 'web site'],
  ['group', 'group'],
  ['added', 'date added'],
  ['effective', 'start date'],
  ['retires', 'end date'],
  ['notes', 'notes'],
];

/** "data locations: US → EU", one per field that differs. */
function entryDiff(a: Subprocessor, b: Subprocessor): string[] {
  return FIELDS.filter(([f]) => show(a[f]) !== show(b[f])).map(([f, name]) => `${name}: ${show(a[f])} → ${show(b[f])}`);
}

interface Compared {
  added: Subprocessor[];
  removed: Subprocessor[];
  changed: { entry: Subprocessor; what: string[] }[];
}

function compare(before: Registry, after: Registry): Compared {
  const old = new Map(before.subprocessors.map((e) => [identityKey(e), e]));
  const now = new Map(after.subprocessors.map((e) => [identityKey(e), e]));
  const out: Compared = { added: [], removed: [], changed: [] };
  for (const [k, e] of now) if (!old.has(k)) out.added.push(e);
  for (const [k, e] of old) if (!now.has(k)) out.removed.push(e);
  for (const [k, e] of now) {
    const was = old.get(k);
    const what = was ? entryDiff(was, e) : [];
    if (what.length) out.changed.push({ entry: e, what });
  }
  return out;
}

export function diffRegistries(before: Registry, after: Registry): string[] {
  const c = compare(before, after);
  return [
    ...c.added.map((e) => `Added: ${label(e)}${e.purpose ? ` (${e.purpose})` : ''}`),
    ...c.removed.map((e) => `Removed: ${label(e)}`),
    ...c.changed.flatMap(({ entry, what }) => what.map((d) => `Changed: ${label(entry)}: ${d}`)),
  ];
}

/** Where the data goes, for a subscriber: "(data locations: US, EU)". */
const places = (e: Subprocessor) => (e.dataLocations?.length ? `data locations: ${e.dataLocations.join(', ')}` : '');

/**
 * The `changes` entries for what changed, dated `date`, each with a
 * description: what a new entry does and where its data goes, what a
 * removed one did, and each field that changed ("data locations: US → EU").
 * `subprocessor` is the name, as the format has it; an entry whose service
 * tells it apart from another of the same name starts its description with
 * the service.
 */
export function changesFor(before: Registry, after: Registry, date: string): Change[] {
  const c = compare(before, after);
  const change = (action: string, e: Subprocessor, description: string): Change => {
    const service = displayedService(e);
    const text = service ? `${service}: ${description}` : description;
    return text ? { date, action, subprocessor: e.name, description: text } : { date, action, subprocessor: e.name };
  };
  return [
    ...c.added.map((e) => {
      const where = places(e);
      return change('added', e, e.purpose ? `${e.purpose}${where ? ` (${where})` : ''}` : where);
    }),
    ...c.removed.map((e) => change('removed', e, `No longer used${e.purpose ? ` (${e.purpose})` : ''}.`)),
    ...c.changed.map(({ entry, what }) => change('changed', entry, what.join('; '))),
  ];
}
