/**
 * Picks one language from a registry whose text may hold several
 * (`{"en": "Hosting", "de": "Hosting und Speicherung"}`).
 *
 * For a reader in `de-AT` it tries `de-AT`, then `de` (or any `de-…`),
 * then English, then the first language given.
 */
import type { LocalizedText, Registry } from './types.js';
import { balanceBidi } from './text.js';

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

const text = (v: unknown) => (typeof v === 'string' ? balanceBidi(v) : v);

/**
 * A copy of `obj`'s own properties, on an object that inherits nothing,
 * with every localised field in `keys` reduced to one language and every
 * text (in lists of texts too) bidi-balanced: wherever the element or the
 * kit puts a value in a sentence, an override in it ends with it.
 */
function pick<T extends Obj>(obj: T, keys: readonly string[], lang: string): T {
  const out = Object.create(null) as Obj;
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (keys.includes(key) && v !== null && typeof v === 'object') out[key] = text(pickText(v as LocalizedText, lang));
    else if (Array.isArray(v)) out[key] = v.some((item) => text(item) !== item) ? v.map(text) : v;
    else out[key] = text(v);
  }
  return out as T;
}

const ENTRY = ['service', 'purpose', 'data', 'retention', 'transfer', 'dpa', 'notes'];

/**
 * The registry in one language, as what the element and the kit show:
 * copies that inherit nothing, with bidi-balanced text.
 */
export function localizeRegistry(r: Registry<LocalizedText>, lang: string): Registry {
  const out: Obj = pick(r as Obj, ['title', 'intro'], lang);
  if (r.owner) out.owner = pick(r.owner, ['name', 'dpa'], lang);
  if (r.notice) out.notice = pick(r.notice, [], lang);
  if (r.categories) out.categories = r.categories.map((c) => pick(c, ['subject', 'label', 'description'], lang));
  if (r.groups) out.groups = r.groups.map((g) => pick(g, ['title', 'description'], lang));
  out.subprocessors = r.subprocessors.map((e) => pick(e, ENTRY, lang));
  if (r.changes) out.changes = r.changes.map((c) => pick(c, ['description'], lang));
  return out as unknown as Registry;
}
