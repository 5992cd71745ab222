/**
 * Registry text as text: folding for search, and the guards that keep one
 * value from reaching past itself (a bidi override reversing the sentence
 * after it, a control character rewriting a terminal line, a megabyte of
 * text fed to a parser). Everything here is linear in the text's length.
 */

const MARKS = /\p{M}/gu;

/** Lower case, without accents: "Société" → "societe", "Straße" → "strasse". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss');
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

/**
 * The longest value ever read as a URL, a place or a duration. Real ones
 * are far shorter (browsers cap URLs at a few KB); anything longer is shown
 * as the text it is, and never reaches a URL parser or a pattern.
 */
export const MAX_READ_LENGTH = 2048;

// Embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const PDF = '\u202C';
const PDI = '\u2069';

/**
 * `text` with every bidi embedding, override and isolate it opens closed at
 * its end, and every closer that would close something around it dropped:
 * wherever the value sits in a sentence, it cannot reorder what follows.
 * Ordinary text (right-to-left included) comes back unchanged.
 */
export function balanceBidi(text: string): string {
  if (!BIDI.test(text)) return text;
  // Open embeddings (false) and isolates (true), innermost last.
  const open: boolean[] = [];
  // How many of them are isolates: a PDI with none open is dropped at once (no scan).
  let isolates = 0;
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= 0x202a && c <= 0x202e && c !== 0x202c) open.push(false);
    else if (c >= 0x2066 && c <= 0x2068) {
      open.push(true);
      isolates++;
    } else if (c === 0x202c) {
      // A PDF closes an embedding inside the innermost isolate only.
      if (open.length && !open[open.length - 1]) open.pop();
      else continue;
    } else if (c === 0x2069) {
      // A PDI closes its isolate and every embedding opened inside it.
      if (!isolates) continue;
      // The embeddings above it leave the stack, so this scan is paid once per character.
      open.length = open.lastIndexOf(true);
      isolates--;
    }
    out += ch;
  }
  for (let i = open.length - 1; i >= 0; i--) out += open[i] ? PDI : PDF;
  return out;
}

/** At most `max` characters of `text` (never half a surrogate pair), with "…" when cut; bidi balanced. */
export function clip(text: string, max = 40): string {
  // 2 × max code units hold at least max characters: only those are split into characters.
  const head = Array.from(text.slice(0, 2 * max)).slice(0, max).join('');
  return head.length < text.length ? `${balanceBidi(head)}…` : balanceBidi(text);
}

/**
 * Characters that act on a terminal or on the order of what it shows
 * rather than being shown: C0 and C1 controls and DEL (escape sequences,
 * carriage returns, newlines), bidi marks, embeddings and isolates, line
 * and paragraph separators, and lone surrogates.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const escape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Registry text for a terminal: every character in INVISIBLE shown as an
 * escape (`\u001b`), so a value prints as one line that says what it holds
 * and can neither erase, recolour nor reorder the lines around it.
 */
export function visible(text: string): string {
  return text.replace(INVISIBLE, escape);
}

// What JSON.stringify leaves raw of INVISIBLE (it escapes C0 controls and lone surrogates itself).
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON.stringify's text with those characters written as JSON escapes too: the same data, safe to print. */
export function visibleJson(json: string): string {
  return json.replace(RAW_IN_JSON, escape);
}
