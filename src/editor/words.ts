/**
 * The editor's languages: its own words (src/editor/locales/, all of them
 * in the page: they are small) and the field explanations (English: the
 * JSON Schema's own). The list's words, for the preview and the static
 * page, load as the element loads them (`loadLocale`).
 */
import { en, type EditorStrings } from './locales/en.js';
import { de } from './locales/de.js';
import { fr } from './locales/fr.js';
import { nl } from './locales/nl.js';
import { es } from './locales/es.js';
import { fieldHelp } from './schema.js';

export type { EditorStrings };

export const EDITOR_STRINGS: Readonly<Record<string, EditorStrings>> = { en, de, fr, nl, es };
export const EDITOR_LANGUAGES: readonly string[] = Object.keys(EDITOR_STRINGS);

const primary = (lang: string) => lang.split('-')[0].toLowerCase();

/** One of the editor's languages for a language tag (English when it has none). */
export function editorLanguage(lang: string | undefined | null): string {
  const p = primary(lang ?? '');
  return Object.hasOwn(EDITOR_STRINGS, p) ? p : 'en';
}

/** The first of the reader's preferred languages the editor speaks. */
export function preferredLanguage(tags: readonly string[]): string {
  for (const tag of tags) {
    const p = primary(tag);
    if (Object.hasOwn(EDITOR_STRINGS, p)) return p;
  }
  return 'en';
}

export function editorStrings(lang: string): EditorStrings {
  return EDITOR_STRINGS[editorLanguage(lang)];
}

/** A field's explanation in `t`'s language (`subprocessors.purpose`, `owner`, `notice.days`…). */
export function helpFor(t: EditorStrings, field: string): string | undefined {
  return t.help ? t.help[field] : fieldHelp(field);
}
