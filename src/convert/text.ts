/**
 * Small text helpers the converter's readers share. Column names, country
 * names and month names are matched the way people write them: without
 * regard to case, accents or punctuation ("Sub-processor", "sub processor"
 * and "SUBPROCESSOR" are one name). Everything here is one pass over its
 * input, so a 50 KB cell costs what its length costs.
 */

import { fold } from '../lib/text.js';

// Folding and place-name keys are the element's own (one rule for reading names everywhere).
export { fold, words } from '../lib/text.js';
/** Letters and digits only, folded: the key column names are looked up by ("Name of Sub-processor:" → "nameofsubprocessor"). */
export function squash(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
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

/**
 * Ids that do not repeat: `claim("infra")` is `infra`, then `infra-2`,
 * `infra-3` … Each base remembers where it got to, so a thousand sections
 * with one slug cost a thousand steps, not half a million.
 */
export class UniqueIds {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  constructor(existing: Iterable<string> = []) {
    for (const id of existing) this.taken.add(id);
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }

  add(id: string): void {
    this.taken.add(id);
  }

  claim(base: string): string {
    let n = this.next.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (this.taken.has(id)) id = `${base}-${++n}`;
    this.next.set(base, n + 1);
    this.taken.add(id);
    return id;
  }
}

// What a spreadsheet runs as a formula: =, +, - or @ (full-width forms too), also after white space it drops on import; a tab or carriage return first.
const FORMULA_START = new Set(['=', '+', '-', '@', '＝', '＋', '－', '＠']);

/**
 * Whether a cell would run as a formula, apostrophes it starts with aside.
 * The CSV writer puts one more apostrophe before such a cell and the reader
 * takes exactly that one off again, so both use this one rule (and any
 * text reads back as written).
 */
export function formulaLike(text: string): boolean {
  let i = 0;
  while (text[i] === "'") i++;
  if (text[i] === '\t' || text[i] === '\r') return true;
  const rest = i ? text.slice(i).trimStart() : text.trimStart();
  return FORMULA_START.has(rest[0]);
}

/** Upper-cases the first letter: "request via Intercom" → "Request via Intercom". */
export function capitalize(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
