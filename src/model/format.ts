/**
 * Dates and day counts as people read them, in one language: the same
 * words in the table, the header, the changes list and the static page.
 */
import { formatCount, formatDate, relativeTime } from '../lib/intl.js';
import { isIsoDate } from '../lib/registry.js';
import { relativeUnit } from '../lib/dates.js';

/** "in 22 days", "7 months ago". */
export function relativeText(days: number, lang: string): string {
  const [n, unit] = relativeUnit(days);
  return relativeTime(lang).format(n, unit);
}

/** A calendar date as text, or undefined when `iso` is not one. */
export function dateText(iso: string | undefined, lang: string): string | undefined {
  return iso && isIsoDate(iso) ? formatDate(iso, lang) : undefined;
}

/** A whole number in the reader's digits. */
export function count(n: number, lang: string): string {
  return formatCount(n, lang);
}
