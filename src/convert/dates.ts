/**
 * Dates as spreadsheets and pages write them, read into `YYYY-MM-DD`:
 * ISO (`2024-01-15`), day-first with dots (`15.01.2024`), slashes or dashes
 * either way (`15/01/2024`, `01/15/2024`), and month names in the five
 * languages (`Jan 3, 2025`, `3 January 2025`, `3. Januar 2025`,
 * `1er janvier 2025`, `3 de enero de 2025`).
 *
 * `01/02/2024` is 1 February to a European and January 2 to an American;
 * such a date is reported as ambiguous rather than guessed, unless the
 * caller says which order the file uses.
 */
import { fold } from './text.js';

export type DateOrder = 'dmy' | 'mdy';

export type DateReading =
  | { iso: string }
  /** Could be either; `dmy` and `mdy` are the two readings (undefined where that reading is no real date). */
  | { ambiguous: true; dmy?: string; mdy?: string }
  | { error: string };

const LANGUAGES = ['en', 'de', 'fr', 'nl', 'es'];

let months: Map<string, number> | undefined;
let weekdays: Set<string> | undefined;

// Words around a date that say nothing about it: "the", "of", "1st",
// "1er", "3 de enero de 2025", "den 3. März".
const FILLERS = new Set(['the', 'of', 'on', 'st', 'nd', 'rd', 'th', 'er', 'e', 'de', 'del', 'den', 'der', 'am', 'le', 'el', 'o']);

const strip = (word: string) => fold(word).replace(/\./g, '');

/** Month names and abbreviations in the five languages → 1–12. A key two months share ("mar"? no: March in all three) is dropped. */
function monthIndex(): Map<string, number> {
  if (months) return months;
  months = new Map();
  weekdays = new Set();
  const clash = new Set<string>();
  const add = (key: string, month: number) => {
    if (!key || clash.has(key)) return;
    const had = months!.get(key);
    if (had !== undefined && had !== month) {
      months!.delete(key);
      clash.add(key);
    } else months!.set(key, month);
  };
  for (const lang of LANGUAGES) {
    for (const style of ['long', 'short'] as const) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(lang, { month: style, timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let m = 0; m < 12; m++) {
        const name = strip(format.format(Date.UTC(2000, m, 15)));
        add(name, m + 1);
        if (style === 'long') {
          add(name.slice(0, 3), m + 1);
          add(name.slice(0, 4), m + 1);
        }
      }
    }
    try {
      for (const style of ['long', 'short'] as const) {
        const format = new Intl.DateTimeFormat(lang, { weekday: style, timeZone: 'UTC' });
        // 2 January 2000 was a Sunday.
        for (let d = 0; d < 7; d++) weekdays.add(strip(format.format(Date.UTC(2000, 0, 2 + d))));
      }
    } catch {
      // Without weekday names a date that spells one out is simply not read.
    }
  }
  add('sept', 9);
  add('mrz', 3);
  return months;
}

/** `YYYY-MM-DD` for a real calendar date, else undefined. */
function iso(y: number, m: number, d: number): string | undefined {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000 && y <= 9999)) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function year(token: string): number {
  const n = Number(token);
  // A two-digit year in a list of sub-processors is this century's.
  return token.length === 2 ? 2000 + n : n;
}

// Dates are short; anything longer is not one and is not scanned.
const MAX = 60;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const TIME = /[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?$/i;

/** Reads one date cell. `order` settles dates that could be day-first or month-first. */
export function readDate(text: string, order?: DateOrder): DateReading {
  const raw = text.trim();
  const notDate = { error: 'is not a date' };
  if (!raw || raw.length > MAX) return notDate;
  const m = ISO.exec(raw);
  if (m) {
    const value = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return value ? { iso: value } : { error: 'is no calendar date' };
  }
  const bare = raw.replace(TIME, '');

  const numbers: string[] = [];
  const separators = new Set<string>();
  let month: number | undefined;
  const index = monthIndex();
  for (let i = 0; i < bare.length; ) {
    const ch = bare[i];
    let j = i + 1;
    if (/\d/.test(ch)) {
      while (j < bare.length && /\d/.test(bare[j])) j++;
      numbers.push(bare.slice(i, j));
    } else if (/\p{L}/u.test(ch)) {
      while (j < bare.length && /[\p{L}\p{M}]/u.test(bare[j])) j++;
      const word = strip(bare.slice(i, j));
      const named = index.get(word);
      if (named !== undefined && month === undefined) month = named;
      else if (!FILLERS.has(word) && !weekdays!.has(word)) return notDate;
    } else if (!/\s/.test(ch)) separators.add(ch);
    i = j;
  }

  if (month !== undefined) {
    // "Jan 3, 2025", "3 January 2025": one number is the year (four digits), the other the day.
    if (numbers.length !== 2) return { error: numbers.length < 2 ? 'has no day or no year' : 'is not a date' };
    const [a, b] = numbers;
    const [d, y] = a.length === 4 ? [b, a] : b.length === 4 ? [a, b] : [undefined, undefined];
    if (d === undefined || y === undefined) return { error: 'has no four-digit year' };
    const value = iso(Number(y), month, Number(d));
    return value ? { iso: value } : { error: 'is no calendar date' };
  }

  if (numbers.length !== 3 || numbers.some((n) => n.length > 4)) return notDate;
  const [a, b, c] = numbers;
  if (a.length === 4) {
    const value = iso(Number(a), Number(b), Number(c));
    return value ? { iso: value } : { error: 'is no calendar date' };
  }
  if (c.length !== 4 && c.length !== 2) return notDate;
  const y = year(c);
  const dmy = iso(y, Number(b), Number(a));
  const mdy = iso(y, Number(a), Number(b));
  // Dots mean day first (15.01.2024) wherever people write them.
  if (separators.has('.') && !separators.has('/')) return dmy ? { iso: dmy } : { error: 'is no calendar date' };
  if (dmy && mdy && dmy !== mdy) {
    if (order) return { iso: order === 'dmy' ? dmy : mdy };
    return { ambiguous: true, dmy, mdy };
  }
  const value = dmy ?? mdy;
  return value ? { iso: value } : { error: 'is no calendar date' };
}

/** Which order a date shows by itself (`15/01/2024` is day-first), if it shows one. */
export function orderShown(text: string): DateOrder | undefined {
  const reading = readDate(text);
  if (!('iso' in reading)) return undefined;
  const numbers = text.trim().match(/\d+/g);
  if (!numbers || numbers.length < 3 || numbers[0].length === 4 || /[.]/.test(text) || /\p{L}/u.test(text)) return undefined;
  const [a, b] = numbers.map(Number);
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  return undefined;
}
