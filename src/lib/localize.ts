/**
 * Picks one language from a registry whose text may hold several
 * (`{"en": "Hosting", "de": "Hosting und Speicherung"}`).
 *
 * For a reader in `de-AT` it tries `de-AT`, then `de` (or any `de-…`),
 * then English, then the first language given.
 */
import type { LocalizedText, Registry } from './types.js';

export function pickText(value: LocalizedText | undefined, lang: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  const keys = Object.keys(value);
  const lower = lang.toLowerCase();
  const primary = lower.split('-')[0];
  const find = (test: (k: string) => boolean) => keys.find((k) => test(k.toLowerCase()));
  const key =
    find((k) => k === lower) ??
    find((k) => k === primary) ??
    find((k) => k.split('-')[0] === primary) ??
    find((k) => k === 'en') ??
    find((k) => k.startsWith('en-')) ??
    keys[0];
  return key === undefined ? undefined : value[key];
}

type Obj = Record<string, unknown>;

/** A copy of `obj` with every localised field in `keys` reduced to one language. */
function pick<T extends Obj>(obj: T, keys: readonly string[], lang: string): T {
  let out: Obj | undefined;
  for (const key of keys) {
    const v = obj[key];
    if (v !== null && typeof v === 'object') (out ??= { ...obj })[key] = pickText(v as LocalizedText, lang);
  }
  return (out ?? obj) as T;
}

const ENTRY = ['service', 'purpose', 'data', 'retention', 'transfer', 'dpa', 'notes'];

/**
 * The registry in one language. Objects without localised text are reused,
 * so a plain registry costs a walk and no copies.
 */
export function localizeRegistry(r: Registry<LocalizedText>, lang: string): Registry {
  // Always a new top-level object: the fields below are replaced on it.
  const out: Obj = { ...pick(r as Obj, ['title', 'intro'], lang) };
  if (r.owner) out.owner = pick(r.owner, ['name', 'dpa'], lang);
  if (r.categories) out.categories = r.categories.map((c) => pick(c, ['subject', 'label', 'description'], lang));
  if (r.groups) out.groups = r.groups.map((g) => pick(g, ['title', 'description'], lang));
  out.subprocessors = r.subprocessors.map((e) => pick(e, ENTRY, lang));
  if (r.changes) out.changes = r.changes.map((c) => pick(c, ['description'], lang));
  return out as unknown as Registry;
}
