/**
 * What a page says, without its markup: the flat list of headings,
 * paragraphs (list items included, with their depth) and tables that the
 * HTML reader and the text reader both produce. One model, so a saved web
 * page and the same page copied as text convert alike (`document.ts`).
 */

export interface Link {
  text: string;
  href: string;
}

export interface Cell {
  text: string;
  links: Link[];
  /** Columns the cell spans, when more than one (a row that names a section across the table). */
  span?: number;
}

export interface Heading {
  kind: 'heading';
  level: number;
  text: string;
  links: Link[];
  line: number;
}

export interface Para {
  kind: 'para';
  text: string;
  links: Link[];
  /** The whole text is bold (a name or a heading written as bold text). */
  strong: boolean;
  /** List nesting: 0 outside lists; deeper items have larger numbers (only comparisons matter). */
  depth: number;
  /** The first line of a list item. */
  item: boolean;
  /** Text only: a short line that may be a heading, standing alone ("Data about June users"). */
  candidate?: boolean;
  line: number;
}

export interface Table {
  kind: 'table';
  rows: Cell[][];
  /** Line of each row, where known. */
  rowLines: number[];
  caption?: string;
  line: number;
}

export type Block = Heading | Para | Table;

export interface Page {
  blocks: Block[];
  /** The document's `<title>`, when it has one. */
  title?: string;
}

const SCHEMES = /^(https?:|mailto:)/i;

/** An absolute `http(s):` or `mailto:` link, resolved against `base` when relative; undefined for anything else. */
export function linkTarget(href: string, base?: string): string | undefined {
  const raw = href.trim();
  if (!raw || raw.length > 2000 || raw.startsWith('#')) return undefined;
  // Cloudflare's e-mail obfuscation: the address is not in the page.
  if (raw.includes('/cdn-cgi/l/email-protection')) return undefined;
  if (SCHEMES.test(raw)) return raw;
  if (!base || /^[a-z][a-z0-9+.-]*:/i.test(raw)) return undefined;
  try {
    const url = new URL(raw, base);
    return SCHEMES.test(url.href) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
