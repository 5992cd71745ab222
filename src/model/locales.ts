/**
 * The UI languages, for the element and the command-line kit alike: the
 * words for a language tag (by its primary subtag, English otherwise),
 * with a page's `strings` overrides on top.
 */
import { en, type Strings } from '../lib/strings.js';
import { de } from '../lib/locales/de.js';
import { fr } from '../lib/locales/fr.js';
import { nl } from '../lib/locales/nl.js';
import { es } from '../lib/locales/es.js';

const LOCALES: Readonly<Record<string, Strings>> = { en, de, fr, nl, es };

/** The UI languages the list speaks. */
export const UI_LANGUAGES: readonly string[] = Object.keys(LOCALES);

/** The built-in words for `lang` (`de-AT` → German; unknown → English). */
export function localeStrings(lang: string): Strings {
  const primary = lang.split('-')[0].toLowerCase();
  return Object.hasOwn(LOCALES, primary) ? LOCALES[primary] : en;
}

const resolved = new Map<string, WeakMap<object, Strings>>();

/**
 * The words for `lang` with the page's overrides on top. The same inputs
 * give the same object, so callers can tell by identity that nothing changed.
 */
export function resolveStrings(lang: string, overrides?: Partial<Strings>): Strings {
  const base = localeStrings(lang);
  if (!overrides || typeof overrides !== 'object') return base;
  let byOverrides = resolved.get(lang);
  if (!byOverrides) resolved.set(lang, (byOverrides = new WeakMap()));
  let out = byOverrides.get(overrides);
  if (!out) byOverrides.set(overrides, (out = { ...base, ...overrides }));
  return out;
}
