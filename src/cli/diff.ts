/**
 * What changed between two versions of a registry, in words, and as
 * `changes` entries to append.
 */
import type { Change, Registry, Subprocessor } from '../lib/types.js';
import { displayName, identityKey } from '../model/entry.js';


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
  ['effective', 'start date'],
  ['retires', 'end date'],
];

function entryDiff(a: Subprocessor, b: Subprocessor): string[] {
  return FIELDS.filter(([f]) => show(a[f]) !== show(b[f])).map(([f, name]) => `${name}: ${show(a[f])} → ${show(b[f])}`);
}

export function diffRegistries(before: Registry, after: Registry): string[] {
  const old = new Map(before.subprocessors.map((e) => [identityKey(e), e]));
  const now = new Map(after.subprocessors.map((e) => [identityKey(e), e]));
  const lines: string[] = [];
  for (const [k, e] of now) if (!old.has(k)) lines.push(`Added: ${label(e)}${e.purpose ? ` (${e.purpose})` : ''}`);
  for (const [k, e] of old) if (!now.has(k)) lines.push(`Removed: ${label(e)}`);
  for (const [k, e] of now) {
    const was = old.get(k);
    if (was) for (const d of entryDiff(was, e)) lines.push(`Changed: ${label(e)}: ${d}`);
  }
  return lines;
}

export function changesFor(before: Registry, after: Registry, today: string): Change[] {
  const old = new Map(before.subprocessors.map((e) => [identityKey(e), e]));
  const now = new Map(after.subprocessors.map((e) => [identityKey(e), e]));
  const out: Change[] = [];
  for (const [k, e] of now) if (!old.has(k)) out.push({ date: today, action: 'added', subprocessor: e.name, description: e.purpose ?? '' });
  for (const [k, e] of old) if (!now.has(k)) out.push({ date: today, action: 'removed', subprocessor: e.name, description: '' });
  for (const [k, e] of now) {
    const was = old.get(k);
    const d = was ? entryDiff(was, e) : [];
    if (d.length) out.push({ date: today, action: 'changed', subprocessor: e.name, description: d.join('; ') });
  }
  return out;
}
