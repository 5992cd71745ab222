/**
 * A saved web page (a help-center article, a trust page) read into blocks:
 * headings, paragraphs and list items with their depth, tables with their
 * cells' text and links. Scripts, styles, forms' controls, SVG and hidden
 * parts say nothing about sub-processors and are skipped.
 *
 * Tokenizing is htmlparser2's (entities, raw-text elements, broken markup,
 * in Node and browsers alike, no DOM). Its Parser is not used: it keeps
 * open elements in an array it shifts and searches from the far end, which
 * costs time in proportion to the depth for every tag, so a page of 50,000
 * unclosed `<div>`s would take minutes. This reader keeps only the elements
 * it needs, and looks for the element an end tag closes among the nearest
 * few: every tag costs the same, and the whole page is one linear pass.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { type Block, type Cell, type Link, type Page, linkTarget } from './blocks.js';
import { collapse } from './text.js';

// Elements whose content is no text of the page.
const SKIP = new Set([
  'script', 'style', 'template', 'noscript', 'svg', 'math', 'select', 'button', 'iframe', 'object', 'textarea', 'canvas', 'video', 'audio', 'map',
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Elements that end a line of text.
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'pre', 'address', 'figure', 'figcaption',
  'form', 'fieldset', 'legend', 'details', 'summary', 'dl', 'dt', 'dd', 'ul', 'ol', 'menu', 'li', 'table', 'tr', 'td', 'th', 'caption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'body', 'html', 'center', 'hgroup', 'search', 'dialog',
]);
const LISTS = new Set(['ul', 'ol', 'menu', 'dl']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const STRONG = new Set(['strong', 'b']);
// The elements kept on the stack; the rest only end lines.
const TRACKED = new Set([...LISTS, 'li', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'caption', ...HEADINGS, 'a', ...STRONG, 'title']);

// How far down the stack an end tag looks for its element, and how deep the stack may grow.
const REACH = 24;
const MAX_DEPTH = 512;
const MAX_LINKS = 8;
const MAX_SPAN = 50;

/** Text being gathered: a paragraph, a heading or a table cell. */
class TextBuffer {
  parts: string[] = [];
  links: Link[] = [];
  /** Characters of text so far, and how many of them were bold. */
  chars = 0;
  strongChars = 0;

  add(text: string, strong: boolean): void {
    this.parts.push(text);
    const visible = text.replace(/\s+/g, '').length;
    this.chars += visible;
    if (strong) this.strongChars += visible;
  }

  get text(): string {
    return this.parts.join('');
  }

  /** The text added since the buffer held `from` parts. */
  since(from: number): string {
    return this.parts.slice(from).join('');
  }
}

interface TableState {
  rows: Cell[][];
  rowLines: number[];
  row?: Cell[];
  cell?: TextBuffer;
  cellSpan: number;
  cellRowSpan: number;
  caption?: TextBuffer;
  inCaption: boolean;
  line: number;
  /** Cells carried down by `rowspan`: column → [cell, rows left]. */
  carry: Map<number, [Cell, number]>;
}

interface Open {
  name: string;
  href?: string;
  /** Where the link's text starts: the number of parts its buffer held. */
  from?: number;
  buffer?: TextBuffer;
}

class Reader implements TokenizerCallbacks {
  blocks: Block[] = [];
  title?: string;
  private base?: string;
  private stack: Open[] = [];
  private skip?: { name: string; depth: number };
  private tag = '';
  private attribs: Record<string, string> = {};
  private attrName = '';
  private attrValue: string[] = [];
  private line = new TextBuffer();
  private lineItem = false;
  private heading?: { level: number; buffer: TextBuffer; line: number };
  private tables: TableState[] = [];
  private titleBuffer?: string[];
  private strongDepth = 0;
  /** Open links, to carry into the next line when a line ends inside one. */
  private openLinks: Open[] = [];
  private listDepth = 0;
  private position = 0;
  private newlines?: number[];

  constructor(private readonly src: string) {}

  // — Tokenizer callbacks —

  ontext(start: number, end: number): void {
    this.position = start;
    this.text(this.src.slice(start, end));
  }

  ontextentity(codepoint: number, end: number): void {
    this.position = end;
    this.text(String.fromCodePoint(codepoint));
  }

  onopentagname(start: number, end: number): void {
    this.position = start;
    this.tag = this.src.slice(start, end).toLowerCase();
    this.attribs = {};
  }

  onattribname(start: number, end: number): void {
    this.attrName = this.src.slice(start, end).toLowerCase();
    this.attrValue = [];
  }

  onattribdata(start: number, end: number): void {
    this.attrValue.push(this.src.slice(start, end));
  }

  onattribentity(codepoint: number): void {
    this.attrValue.push(String.fromCodePoint(codepoint));
  }

  onattribend(): void {
    if (!(this.attrName in this.attribs)) this.attribs[this.attrName] = this.attrValue.join('');
  }

  onopentagend(): void {
    this.open(this.tag, this.attribs);
  }

  onselfclosingtag(): void {
    this.open(this.tag, this.attribs);
    // Only foreign elements (SVG) close themselves in HTML; `<div/>` stays open.
    if (this.tag === 'svg' || this.tag === 'math') this.close(this.tag);
  }

  onclosetag(start: number, end: number): void {
    this.position = start;
    this.close(this.src.slice(start, end).toLowerCase());
  }

  oncomment(start: number, end: number, offset: number): void {
    // Browsers' "Save page as" marks where the page came from: the base for its relative links.
    if (this.base) return;
    const text = this.src.slice(start, Math.min(end - offset, start + 600));
    const m = /saved from url=\(\d+\)(\S+)/.exec(text);
    if (m) this.base = m[1];
  }

  oncdata(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}

  onend(): void {
    this.endLine();
    this.endHeading();
    while (this.tables.length) this.endTable();
  }

  // — Elements —

  private open(name: string, attribs: Record<string, string>): void {
    if (this.skip) {
      if (name === this.skip.name && !VOID.has(name)) this.skip.depth++;
      return;
    }
    if (SKIP.has(name) || 'hidden' in attribs || attribs['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(attribs.style?.slice(0, 200) ?? '')) {
      if (!VOID.has(name)) this.skip = { name, depth: 1 };
      return;
    }
    if (name === 'base' && attribs.href && !this.base) this.base = attribs.href;
    if (name === 'link' && /\bcanonical\b/i.test(attribs.rel ?? '') && attribs.href && !this.base) this.base = attribs.href;
    if (name === 'meta' && attribs.property === 'og:url' && attribs.content && !this.base) this.base = attribs.content;
    if (name === 'title') {
      if (this.title === undefined) this.titleBuffer = [];
      this.push({ name });
      return;
    }
    if (name === 'br') return this.lineBreak();

    if (BLOCK.has(name)) this.blockBoundary(name);
    if (!TRACKED.has(name)) return;

    const table = this.tables[this.tables.length - 1];
    switch (name) {
      case 'li':
      case 'dt':
      case 'dd':
        this.closeOpen(['li', 'dt', 'dd'], LISTS);
        this.push({ name });
        this.lineItem = true;
        return;
      case 'ul':
      case 'ol':
      case 'menu':
      case 'dl':
        this.listDepth++;
        this.push({ name });
        return;
      case 'table':
        if (this.tables.length >= 8) return;
        this.endLine();
        this.tables.push({ rows: [], rowLines: [], cellSpan: 1, cellRowSpan: 1, inCaption: false, line: this.lineOf(this.position), carry: new Map() });
        this.push({ name });
        return;
      case 'tr':
        if (!table) return;
        this.closeOpen(['tr', 'td', 'th'], new Set(['table']));
        this.endCell(table);
        this.endRow(table);
        table.row = [];
        table.rowLines.push(this.lineOf(this.position));
        this.push({ name });
        return;
      case 'td':
      case 'th':
        if (!table) return;
        this.closeOpen(['td', 'th'], new Set(['tr', 'table']));
        this.endCell(table);
        if (!table.row) {
          table.row = [];
          table.rowLines.push(this.lineOf(this.position));
        }
        table.cell = new TextBuffer();
        table.cellSpan = span(attribs.colspan);
        table.cellRowSpan = span(attribs.rowspan);
        this.push({ name });
        return;
      case 'caption':
        if (!table) return;
        table.caption = new TextBuffer();
        table.inCaption = true;
        this.push({ name });
        return;
      case 'a': {
        this.closeOpen(['a'], new Set(['td', 'th', 'li', 'table']));
        const buffer = this.current();
        const href = attribs.href ? linkTarget(attribs.href, this.base) : undefined;
        const open: Open = { name, href, buffer, from: buffer?.parts.length };
        if (href && this.openLinks.length < MAX_LINKS) this.openLinks.push(open);
        this.push(open);
        return;
      }
      case 'strong':
      case 'b':
        this.strongDepth++;
        this.push({ name });
        return;
      default:
        if (HEADINGS.has(name)) {
          if (this.inCell()) return;
          this.closeOpen([...HEADINGS], new Set(['table', 'li']));
          this.endLine();
          this.heading = { level: Number(name[1]), buffer: new TextBuffer(), line: this.lineOf(this.position) };
          this.push({ name });
        }
    }
  }

  private close(name: string): void {
    if (this.skip) {
      if (name === this.skip.name && --this.skip.depth === 0) this.skip = undefined;
      return;
    }
    if (name === 'br') return this.lineBreak();
    if (BLOCK.has(name) && !TRACKED.has(name)) this.blockBoundary(name);
    if (!TRACKED.has(name)) return;
    // The element this end tag closes, among the nearest open ones; a stray end tag closes nothing.
    const stop = Math.max(0, this.stack.length - REACH);
    for (let i = this.stack.length - 1; i >= stop; i--) {
      if (this.stack[i].name === name) {
        while (this.stack.length > i) this.pop();
        return;
      }
    }
  }

  private push(open: Open): void {
    if (this.stack.length < MAX_DEPTH) this.stack.push(open);
  }

  /** Closes an open element named in `names` above the nearest of `fence` (an implied end tag: `<li>` after `<li>`). */
  private closeOpen(names: string[], fence: Set<string>): void {
    const stop = Math.max(0, this.stack.length - REACH);
    for (let i = this.stack.length - 1; i >= stop; i--) {
      const n = this.stack[i].name;
      if (fence.has(n)) return;
      if (names.includes(n)) {
        while (this.stack.length > i) this.pop();
        return;
      }
    }
  }

  /** Ends an element: what it gathered becomes a block. */
  private pop(): void {
    const open = this.stack.pop()!;
    const table = this.tables[this.tables.length - 1];
    switch (open.name) {
      case 'title':
        if (this.titleBuffer) this.title = collapse(this.titleBuffer.join(''));
        this.titleBuffer = undefined;
        return;
      case 'a': {
        const at = this.openLinks.lastIndexOf(open);
        if (at !== -1) this.openLinks.splice(at, 1);
        if (open.href && open.buffer) {
          const text = collapse(open.buffer.since(open.from ?? 0));
          if (text) open.buffer.links.push({ text, href: open.href });
        }
        return;
      }
      case 'strong':
      case 'b':
        this.strongDepth = Math.max(0, this.strongDepth - 1);
        return;
      case 'ul':
      case 'ol':
      case 'menu':
      case 'dl':
        this.endLine();
        this.listDepth = Math.max(0, this.listDepth - 1);
        return;
      case 'li':
      case 'dt':
      case 'dd':
        this.endLine();
        this.lineItem = false;
        return;
      case 'td':
      case 'th':
        if (table) this.endCell(table);
        return;
      case 'tr':
        if (table) {
          this.endCell(table);
          this.endRow(table);
        }
        return;
      case 'caption':
        if (table) table.inCaption = false;
        return;
      case 'table':
        this.endTable();
        return;
      default:
        if (HEADINGS.has(open.name)) this.endHeading();
    }
  }

  // — Text —

  private text(text: string): void {
    if (this.skip) return;
    if (this.titleBuffer) {
      this.titleBuffer.push(text);
      return;
    }
    const buffer = this.current();
    if (buffer) buffer.add(text, this.strongDepth > 0);
  }

  /** The buffer text goes to now: a cell, a caption, a heading or the current line; none between a table's cells. */
  private current(): TextBuffer | undefined {
    const table = this.tables[this.tables.length - 1];
    if (table) {
      if (table.cell) return table.cell;
      return table.inCaption ? table.caption : undefined;
    }
    return this.heading?.buffer ?? this.line;
  }

  private inCell(): boolean {
    const table = this.tables[this.tables.length - 1];
    return !!table?.cell;
  }

  private lineBreak(): void {
    const table = this.tables[this.tables.length - 1];
    if (table?.cell) table.cell.add('\n', false);
    else if (this.heading) this.heading.buffer.add(' ', false);
    else this.endLine();
  }

  private blockBoundary(name: string): void {
    const table = this.tables[this.tables.length - 1];
    if (table?.cell) {
      // A paragraph or list inside a cell: a new line of the cell's text ("Germany<p>Ireland").
      if (!['td', 'th', 'tr', 'table'].includes(name)) table.cell.add('\n', false);
      return;
    }
    if (!this.heading) this.endLine();
  }

  private endLine(): void {
    const b = this.line;
    const text = collapse(b.text);
    if (text) {
      this.blocks.push({
        kind: 'para',
        text,
        links: b.links,
        strong: b.chars > 0 && b.strongChars >= b.chars * 0.9,
        depth: this.listDepth,
        item: this.lineItem,
        line: this.lineOf(this.position),
      });
      this.lineItem = false;
    }
    this.line = new TextBuffer();
    // A link that spans a line break goes on in the next line.
    for (const o of this.openLinks) if (o.buffer === b) [o.buffer, o.from] = [this.line, 0];
  }

  private endHeading(): void {
    const h = this.heading;
    if (!h) return;
    this.heading = undefined;
    const text = collapse(h.buffer.text);
    if (text) this.blocks.push({ kind: 'heading', level: h.level, text, links: h.buffer.links, line: h.line });
  }

  private endCell(table: TableState): void {
    const cell = table.cell;
    if (!cell || !table.row) return;
    table.cell = undefined;
    const text = cell.text
      .split('\n')
      .map(collapse)
      .filter(Boolean)
      .join('\n');
    const value: Cell = { text, links: cell.links };
    if (table.cellSpan > 1) value.span = table.cellSpan;
    this.place(table, value, table.cellSpan, table.cellRowSpan);
  }

  /** Puts a cell in the row, after the cells that rows above carry down into it. */
  private place(table: TableState, cell: Cell, colSpan: number, rowSpan: number): void {
    const row = table.row!;
    this.fillCarried(table);
    for (let s = 0; s < colSpan; s++) {
      const col = row.length;
      row.push(s === 0 ? cell : { text: '', links: [] });
      if (rowSpan > 1) table.carry.set(col, [row[col], rowSpan - 1]);
      this.fillCarried(table);
    }
  }

  private fillCarried(table: TableState): void {
    const row = table.row!;
    for (let carried = table.carry.get(row.length); carried; carried = table.carry.get(row.length)) {
      const col = row.length;
      row.push(carried[0]);
      if (--carried[1] <= 0) table.carry.delete(col);
    }
  }

  private endRow(table: TableState): void {
    const row = table.row;
    if (!row) return;
    this.fillCarried(table);
    table.row = undefined;
    if (row.some((c) => c.text)) table.rows.push(row);
    else table.rowLines.pop();
  }

  private endTable(): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    this.endCell(table);
    this.endRow(table);
    this.tables.pop();
    if (table.rows.length) {
      const caption = table.caption ? collapse(table.caption.text) : '';
      this.blocks.push({ kind: 'table', rows: table.rows, rowLines: table.rowLines, caption: caption || undefined, line: table.line });
    }
  }

  /** 1-based line of an offset in the source. */
  private lineOf(offset: number): number {
    if (!this.newlines) {
      this.newlines = [];
      for (let i = this.src.indexOf('\n'); i !== -1; i = this.src.indexOf('\n', i + 1)) this.newlines.push(i);
    }
    let lo = 0;
    let hi = this.newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.newlines[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** Reads a web page into blocks. Never throws: broken markup reads as browsers would roughly show it. */
export function readHtml(html: string): Page {
  const reader = new Reader(html);
  try {
    const tokenizer = new Tokenizer({ decodeEntities: true }, reader);
    tokenizer.write(html);
    tokenizer.end();
  } catch {
    // The tokenizer does not throw on markup; should it on anything else, keep what was read.
    reader.onend();
  }
  return { blocks: reader.blocks, title: reader.title };
}
