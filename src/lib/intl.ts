/**
 * Cached Intl objects.
 *
 * Constructing an Intl formatter costs far more than using one, and a table
 * formats hundreds of dates and country names, so each is built once per
 * language and options.
 */

const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A language tag the runtime accepts, falling back to English. */
export function supportedLocale(lang: string | undefined): string {
  if (!lang) return 'en';
  return cached(`locale:${lang}`, () => {
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  });
}

export function regionNames(lang: string): Intl.DisplayNames {
  return cached(`region:${lang}`, () => new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'none' }));
}

export function dateFormat(lang: string): Intl.DateTimeFormat {
  // Registry dates are calendar dates: format them in UTC so no time zone
  // moves "2026-05-01" to the 30th of April.
  return cached(`date:${lang}`, () => new Intl.DateTimeFormat([lang, 'en'], { dateStyle: 'long', timeZone: 'UTC' }));
}

/** Sorts in the reader's language: "M2" before "M10", case and accents not splitting the order. */
export function collator(lang: string): Intl.Collator {
  return cached(`collator:${lang}`, () => new Intl.Collator([lang, 'en'], { numeric: true, sensitivity: 'base' }));
}

/** Whole numbers in the reader's digits ("1,234"); toLocaleString would build a formatter each call. */
export function formatCount(n: number, lang: string): string {
  return cached(`number:${lang}`, () => new Intl.NumberFormat([lang, 'en'])).format(n);
}

export function relativeTime(lang: string): Intl.RelativeTimeFormat {
  return cached(`relative:${lang}`, () => new Intl.RelativeTimeFormat([lang, 'en'], { numeric: 'auto' }));
}

export function pluralRules(lang: string): Intl.PluralRules {
  return cached(`plural:${lang}`, () => new Intl.PluralRules([lang, 'en']));
}

/** Formats a `YYYY-MM-DD` date for people; returns the input if it is not one. */
export function formatDate(iso: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return dateFormat(lang).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}
