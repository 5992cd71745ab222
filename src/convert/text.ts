/**
 * Small text helpers the converter's readers share. Column names, country
 * names and month names are matched the way people write them: without
 * regard to case, accents or punctuation ("Sub-processor", "sub processor"
 * and "SUBPROCESSOR" are one name). Everything here is one pass over its
 * input, so a 50 KB cell costs what its length costs.
 */

const MARKS = /\p{M}/gu;

/** Lower case, without accents: "Société" → "societe", "Straße" → "strasse". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss');
}

/** Letters and digits only, folded: the key column names are looked up by ("Name of Sub-processor:" → "nameofsubprocessor"). */
export function squash(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Words, folded, punctuation as spaces: the key country names are looked up
 * by. Full stops vanish ("U.S." → "us") and "&" reads as "and"
 * ("Trinidad & Tobago" and "Trinidad and Tobago" are one name).
 */
export function words(text: string): string {
  return fold(text)
    .replace(/\./g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Runs of white space as one space, trimmed (how a browser shows text). */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** A value cut to `max` characters for a message, so a 50 KB cell does not become a 50 KB warning. */
export function clip(text: string, max = 40): string {
  const one = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const flat = one.replace(/\s+/g, ' ').trim();
  return flat.length > max || one.length < text.length ? `${flat.slice(0, max)}…` : flat;
}

/** "1 warning", "2 warnings", "0 entries". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** A stable id from a title: "Data about June users" → "data-about-june-users". */
export function slug(title: string, fallback = 'group'): string {
  const s = fold(title.length > 400 ? title.slice(0, 400) : title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || fallback;
}

/** `base`, or `base-2`, `base-3` … whichever `taken` does not hold yet; the answer is added to `taken`. */
export function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Upper-cases the first letter: "request via Intercom" → "Request via Intercom". */
export function capitalize(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
