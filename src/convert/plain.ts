/**
 * A page as text: what "select all, copy" gives from a help-center article,
 * or the Markdown many companies keep their list in. Read into the same
 * blocks as a web page (`blocks.ts`): `#` headings, pipe tables
 * (`a | b | c` over `---|---`), tab-separated tables (a table copied from a
 * browser), bulleted items with their indentation, and lines. A short line
 * standing alone may be a heading; `document.ts` decides, from what follows.
 *
 * Every line is looked at a fixed number of times and Markdown links are
 * found with pointers that only move forward, so the pass is linear.
 */
import type { Block, Cell, Link, Page } from './blocks.js';
import { linkTarget } from './blocks.js';
import { entryField } from './columns.js';
import { collapse } from './text.js';

const BULLETS = new Set(['•', '·', '◦', '▪', '‣', '●', '○', '-', '*', '+', '–', '—', '']);

/**
 * The next `ch` at or after `from`, for `from`s that only grow: each
 * character of `s` is looked at once over all calls, however many `[` or
 * `<` the text has.
 */
function finder(s: string, ch: string): (from: number) => number {
  let at = -2;
  return (from) => {
    if (at === -1) return -1;
    if (at < from) at = s.indexOf(ch, from);
    return at;
  };
}

/** Markdown inline text without its markup: links (kept as links), bold, code, escapes. */
export function inline(source: string): { text: string; links: Link[]; strong: boolean } {
  const links: Link[] = [];
  let out = '';
  let strongChars = 0;
  let chars = 0;
  let bold = false;
  const s = source;
  const nextBracket = finder(s, ']');
  const nextParen = finder(s, ')');
  const nextGt = finder(s, '>');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\' && i + 1 < s.length && /[\\`*_[\]()|#+\-.!<>]/.test(s[i + 1])) {
      out += s[++i];
      chars++;
      continue;
    }
    if ((ch === '*' || ch === '_') && s[i + 1] === ch) {
      bold = !bold;
      i++;
      continue;
    }
    if (ch === '`') continue;
    if (ch === '[' || (ch === '!' && s[i + 1] === '[')) {
      const image = ch === '!';
      const start = image ? i + 2 : i + 1;
      const close = nextBracket(start);
      if (close !== -1 && s[close + 1] === '(') {
        const paren = nextParen(close + 2);
        if (paren !== -1) {
          const label = inline(s.slice(start, close)).text;
          const target = s.slice(close + 2, paren).trim().split(/\s+/)[0] ?? '';
          if (!image) {
            const href = linkTarget(target);
            if (href && label) links.push({ text: label, href });
            out += label;
            chars += label.length;
            if (bold) strongChars += label.length;
          }
          i = paren;
          continue;
        }
      }
    }
    if (ch === '<') {
      const end = nextGt(i + 1);
      if (end !== -1 && end - i < 300) {
        const inner = s.slice(i + 1, end);
        const href = /^(https?:|mailto:)/i.test(inner) ? inner : /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i.test(inner) ? `mailto:${inner}` : undefined;
        if (href) {
          links.push({ text: inner, href });
          out += inner;
          chars += inner.length;
          i = end;
          continue;
        }
      }
    }
    out += ch;
    if (!/\s/.test(ch)) {
      chars++;
      if (bold) strongChars++;
    }
  }
  const text = collapse(out);
  return { text, links, strong: chars > 0 && strongChars >= chars * 0.9 };
}

/** Cells of a pipe-table line: "| a | b |" and "a | b |" alike; `\|` is a pipe inside a cell. */
function pipeCells(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\' && line[i + 1] === '|') {
      current += '|';
      i++;
    } else if (ch === '|') {
      cells.push(current);
      current = '';
    } else current += ch;
  }
  cells.push(current);
  const t = line.trim();
  if (t.startsWith('|')) cells.shift();
  if (t.endsWith('|') && !t.endsWith('\\|')) cells.pop();
  return cells.map((c) => c.trim());
}

/** `---|---`, `|:--|--:|`: the line under a pipe table's header. */
function isRule(line: string): boolean {
  const t = line.trim();
  if (!t.includes('-')) return false;
  let dashes = 0;
  for (const ch of t) {
    if (ch === '-') dashes++;
    else if (ch !== '|' && ch !== ':' && ch !== ' ' && ch !== '\t') return false;
  }
  return dashes >= 3;
}

function cell(text: string): Cell {
  const { text: t, links } = inline(text);
  return { text: t, links };
}

/** A list item: its indentation (tabs count four) and its text, or undefined. */
function listItem(line: string): { indent: number; text: string } | undefined {
  let indent = 0;
  let i = 0;
  for (; i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '\u00a0'); i++) indent += line[i] === '\t' ? 4 : 1;
  const ch = line[i];
  if (ch === undefined) return undefined;
  if (BULLETS.has(ch) && ch !== '' && /[\s\u00a0]/.test(line[i + 1] ?? '')) return { indent, text: line.slice(i + 2) };
  let j = i;
  while (j < line.length && j - i < 3 && line[j] >= '0' && line[j] <= '9') j++;
  if (j > i && (line[j] === '.' || line[j] === ')') && /\s/.test(line[j + 1] ?? '')) return { indent, text: line.slice(j + 2) };
  return undefined;
}

/** `# Title` … `###### Title`. */
function atxHeading(line: string): { level: number; text: string } | undefined {
  let level = 0;
  while (level < line.length && line[level] === '#') level++;
  if (level < 1 || level > 6 || !/\s/.test(line[level] ?? '')) return undefined;
  let end = line.length;
  while (end > level && (line[end - 1] === '#' || /\s/.test(line[end - 1]))) end--;
  return { level, text: line.slice(level, end) };
}

/** A line of the form "Purpose: …" whose label is a field. */
export function isFieldLine(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 60) return false;
  return entryField(text.slice(0, colon)) !== undefined;
}

const HEADING_WORDS = 8;
const HEADING_CHARS = 80;

/** A short line that could be a heading: few words, no sentence punctuation at the end, not a "Label: value". */
function mayBeHeading(text: string): boolean {
  if (!text || text.length > HEADING_CHARS || /[.:;,!?]$/.test(text) || isFieldLine(text)) return false;
  return text.split(/\s+/).length <= HEADING_WORDS;
}

/** Reads page text or Markdown into blocks. Never throws. */
export function readText(source: string): Page {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let i = 0;
  // YAML front matter (Markdown pages of static sites): its title is the page's.
  let title: string | undefined;
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    if (end !== -1 && end < 200) {
      for (const l of lines.slice(1, end)) {
        const m = /^title:\s*(.+)$/.exec(l.length > 300 ? '' : l);
        if (m) title = m[1].trim().replace(/^(["'])(.*)\1$/, '$2');
      }
      i = end + 1;
    }
  }
  let blankBefore = true;
  let fence = false;
  for (; i < lines.length; i++) {
    const raw = lines[i];
    const line = raw.trimEnd();
    const trimmed = line.trim();
    if (trimmed.startsWith('```') || trimmed.startsWith('~~~')) {
      fence = !fence;
      continue;
    }
    if (fence) continue;
    if (!trimmed) {
      blankBefore = true;
      continue;
    }
    const lineNo = i + 1;

    // A pipe table: a header line, a rule, then every line with a pipe.
    if (trimmed.includes('|') && i + 1 < lines.length && lines[i + 1].includes('|') && isRule(lines[i + 1])) {
      const rows: Cell[][] = [pipeCells(trimmed).map(cell)];
      const rowLines = [lineNo];
      let j = i + 2;
      for (; j < lines.length && lines[j].includes('|') && lines[j].trim(); j++) {
        if (isRule(lines[j])) continue;
        rows.push(pipeCells(lines[j]).map(cell));
        rowLines.push(j + 1);
      }
      blocks.push({ kind: 'table', rows, rowLines, line: lineNo });
      i = j - 1;
      blankBefore = false;
      continue;
    }

    // A table copied from a browser: lines of tab-separated cells.
    if (line.includes('\t') && !/^\s/.test(line) && i + 1 < lines.length && lines[i + 1].includes('\t')) {
      const width = line.split('\t').length;
      if (width >= 2 && lines[i + 1].split('\t').length === width) {
        const rows: Cell[][] = [];
        const rowLines: number[] = [];
        let j = i;
        for (; j < lines.length && lines[j].includes('\t') && lines[j].split('\t').length === width; j++) {
          rows.push(lines[j].split('\t').map(cell));
          rowLines.push(j + 1);
        }
        blocks.push({ kind: 'table', rows, rowLines, line: lineNo });
        i = j - 1;
        blankBefore = false;
        continue;
      }
    }

    const heading = line.length <= 300 ? atxHeading(line) : undefined;
    if (heading) {
      const { text, links } = inline(heading.text);
      if (text) blocks.push({ kind: 'heading', level: heading.level, text, links, line: lineNo });
      blankBefore = false;
      continue;
    }
    // Setext: a line underlined with === or ---.
    const under = lines[i + 1]?.trim() ?? '';
    if (blankBefore && under.length >= 3 && (/^=+$/.test(under) || /^-+$/.test(under)) && !listItem(line) && !trimmed.includes('|')) {
      const { text, links } = inline(trimmed);
      if (text) blocks.push({ kind: 'heading', level: under[0] === '=' ? 1 : 2, text, links, line: lineNo });
      i++;
      blankBefore = false;
      continue;
    }

    const item = listItem(line);
    if (item) {
      const { text, links, strong } = inline(item.text);
      if (text) blocks.push({ kind: 'para', text, links, strong, depth: item.indent + 1, item: true, line: lineNo });
      blankBefore = false;
      continue;
    }
    if (/^(?:-{3,}|\*{3,}|_{3,})$/.test(trimmed)) {
      blankBefore = true;
      continue;
    }
    const { text, links, strong } = inline(trimmed.startsWith('>') ? trimmed.slice(1) : trimmed);
    if (text) {
      const candidate = blankBefore && mayBeHeading(text);
      blocks.push({ kind: 'para', text, links, strong, depth: 0, item: false, candidate: candidate || undefined, line: lineNo });
    }
    blankBefore = false;
  }
  return { blocks, title };
}
