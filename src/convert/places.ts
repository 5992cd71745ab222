/**
 * Location cells as spreadsheets and pages write them, read into the
 * registry's form: ISO 3166-1 alpha-2 codes, `EU`, `EEA`, or free text as
 * written.
 *
 * Country names come from `Intl.DisplayNames` in the five languages the
 * element speaks (so "Deutschland", "Allemagne", "Alemania" and "Duitsland"
 * are all `DE`), plus the aliases CLDR does not list ("USA", "U.S.",
 * "United States of America", "Great Britain"). A cell naming several
 * places ("US and EU", "Germany, Finland", "US / EU") is split; a cell that
 * is not a list of places ("Frankfurt, Germany", "USA (EU storage)") stays
 * one free-text location, as written: guessing it apart would change what
 * the list says.
 */
import { PLACE_ALIASES, aliasOf, namedPlaces } from '../lib/regions.js';
import { words } from './text.js';

const LANGUAGES = ['en', 'de', 'fr', 'nl', 'es'];


// Whole-world answers are places too (a list such as "US, Worldwide" is
// still a list of places), but have no code: they stay as written.
const WORLD = new Set([
  'worldwide', 'world wide', 'global', 'globally', 'international', 'weltweit', 'mondial', 'monde entier', 'wereldwijd', 'mundial', 'todo el mundo',
]);

let index: Map<string, string> | undefined;
let codes: Set<string> | undefined;

/** Folded country name (any of the five languages, long and short forms) → code. Built once, about 3,400 look-ups. */
function names(): Map<string, string> {
  if (index) return index;
  index = new Map();
  codes = new Set();
  for (const lang of LANGUAGES) {
    for (const style of ['long', 'short'] as const) {
      let dn: Intl.DisplayNames;
      try {
        dn = new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' });
      } catch {
        continue;
      }
      for (const [code, name] of namedPlaces(dn)) {
        codes.add(code);
        const key = words(name);
        if (key && !index.has(key)) index.set(key, code);
      }
    }
  }
  for (const [alias, code] of Object.entries(PLACE_ALIASES)) index.set(alias, code);
  return index;
}

/** Every ISO code the platform names, for tests and for telling codes from two-letter words. */
export function knownCodes(): ReadonlySet<string> {
  names();
  return codes!;
}

// Country names are short; a longer text is never one, and is not looked up.
const MAX_NAME = 80;

/** The code (ISO, `EU` or `EEA`) a whole text names, if it names one: "Germany", "de", "U.S.", "Allemagne", "EWR". */
export function placeCode(text: string): string | undefined {
  const raw = text.trim();
  if (!raw || raw.length > MAX_NAME) return undefined;
  if (/^[A-Za-z]{2}$/.test(raw)) {
    const upper = raw.toUpperCase();
    const alias = aliasOf(raw);
    if (alias) return alias;
    return knownCodes().has(upper) ? upper : undefined;
  }
  return names().get(words(raw));
}

/** True for text that stands for a place: a name or code, the whole world, or a place with a remark ("USA (EU storage)"). */
function isPlace(text: string): boolean {
  const raw = text.trim();
  if (!raw || raw.length > MAX_NAME) return false;
  if (placeCode(raw) || WORLD.has(words(raw))) return true;
  const open = raw.indexOf('(');
  return open > 0 && raw.endsWith(')') && placeCode(raw.slice(0, open)) !== undefined;
}

/** One location: its code when the text names a place, else the text as written. */
export function readPlace(text: string): string {
  const raw = text.trim();
  return placeCode(raw) ?? raw;
}

const STRONG = new Set([';', '\n', '\r', '|']);
const WEAK = new Set([',', '/', '&', '+']);
// Words that join two places: "US and EU", "Deutschland und Irland", "USA or Germany".
const JOINERS = new Set(['and', 'und', 'et', 'en', 'y', 'or', 'oder', 'ou', 'of', 'o']);

/**
 * Cuts `text` at separators outside parentheses, in one pass: "Germany
 * (Helsinki, Finland)" is one piece. With `words`, joining words between
 * spaces cut too.
 */
function cut(text: string, separators: Set<string>, joinWords: boolean): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && separators.has(ch)) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    } else if (depth === 0 && joinWords && (ch === ' ' || ch === '\t')) {
      // A joining word is at most five letters between two spaces (or a space and the end).
      let j = i + 1;
      while (j < text.length && j - i <= 6 && /\p{L}/u.test(text[j])) j++;
      if (j > i + 1 && (j === text.length || text[j] === ' ' || text[j] === '\t') && JOINERS.has(text.slice(i + 1, j).toLowerCase())) {
        pieces.push(text.slice(start, i));
        start = j;
        i = j - 1;
      }
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}

/**
 * The locations one cell names, in order. Lines, `;` and `|` always
 * separate; `,`, `/`, `&`, `+` and joining words separate only when every
 * piece is a place, so "Frankfurt, Germany" stays one location and
 * "Trinidad and Tobago" one country.
 */
export function splitPlaces(cell: string): string[] {
  const out: string[] = [];
  for (const strong of cut(cell, STRONG, false)) {
    const part = strong.trim();
    if (!part || /^[-–—]+$/.test(part)) continue;
    if (placeCode(part)) {
      out.push(readPlace(part));
      continue;
    }
    const pieces = cut(part, WEAK, true).map((p) => p.trim()).filter(Boolean);
    if (pieces.length > 1 && pieces.every(isPlace)) out.push(...pieces.map(readPlace));
    else out.push(part);
  }
  return out;
}
