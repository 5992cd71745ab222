/**
 * The UI languages, for the element and the command-line kit alike: the
 * words for a language tag (by its primary subtag, English otherwise),
 * with a page's `strings` overrides on top.
 *
 * English is built in. The other languages are modules of their own, loaded
 * when a list needs them (`loadLocale`): an English page downloads none of
 * them, and in the script-tag build each is a small sibling file of the
 * bundle (`subprocessor-list.de.js` …) that a page with Subresource
 * Integrity can pin like the bundle itself. The command-line kit registers
 * them all up front (`registerLocale`).
 */
import { en, overrideStrings, type Strings } from '../lib/strings.js';

/** The UI languages the list speaks. */
export const UI_LANGUAGES: readonly string[] = ['en', 'de', 'fr', 'nl', 'es'];

const loaded = new Map<string, Strings>([['en', en]]);
const loading = new Map<string, Promise<Strings>>();

// Each a separate chunk: the bundler turns these into the sibling files.
const LOADERS: Record<string, () => Promise<Strings>> = {
  de: () => import('../lib/locales/de.js').then((m) => m.de),
  fr: () => import('../lib/locales/fr.js').then((m) => m.fr),
  nl: () => import('../lib/locales/nl.js').then((m) => m.nl),
  es: () => import('../lib/locales/es.js').then((m) => m.es),
};

const primary = (lang: string) => lang.split('-')[0].toLowerCase();

/** Makes a language's words available at once (the CLI, tests, or a page that bundles its own). */
export function registerLocale(code: string, strings: Strings): void {
  loaded.set(primary(code), strings);
}

/** Whether `lang`'s words are here (English, and every language without built-in words, always are). */
export function localeReady(lang: string): boolean {
  const p = primary(lang);
  return loaded.has(p) || !Object.hasOwn(LOADERS, p);
}

/**
 * Loads `lang`'s words if the list speaks that language. Resolves to them
 * (English when it does not, or when loading fails: a list in English is
 * better than no list).
 */
export function loadLocale(lang: string): Promise<Strings> {
  const p = primary(lang);
  const ready = loaded.get(p);
  if (ready) return Promise.resolve(ready);
  if (!Object.hasOwn(LOADERS, p)) return Promise.resolve(en);
  let promise = loading.get(p);
  if (!promise) {
    promise = LOADERS[p]().then(
      (strings) => (loaded.set(p, strings), strings),
      () => (loaded.set(p, en), en),
    );
    loading.set(p, promise);
  }
  return promise;
}

/** The words for `lang` that are here now (`de-AT` → German once loaded; otherwise English). */
export function localeStrings(lang: string): Strings {
  return loaded.get(primary(lang)) ?? en;
}

const resolved = new Map<Strings, WeakMap<object, Strings>>();

/**
 * The words for `lang` with the page's overrides on top (only those that
 * fit: see `overrideStrings`). The same inputs give the same object, so
 * callers can tell by identity that nothing changed.
 */
export function resolveStrings(lang: string, overrides?: unknown): Strings {
  const base = localeStrings(lang);
  if (!overrides || typeof overrides !== 'object') return base;
  let byOverrides = resolved.get(base);
  if (!byOverrides) resolved.set(base, (byOverrides = new WeakMap()));
  let out = byOverrides.get(overrides);
  if (!out) byOverrides.set(overrides, (out = overrideStrings(base, overrides)));
  return out;
}
