/**
 * From a page's blocks to what a registry is made of, the same way for a
 * saved web page and for page text:
 *
 * - **tables**: a table whose header names entry fields is a list of
 *   entries; one whose header has a code column and category columns
 *   ("Ref. | Type | Direct personal data | …") is the legend of data
 *   categories; any other table is skipped, with a warning.
 * - **items**: a name (a list item, a heading, a bold line) followed by
 *   lines "Location: …", "Purpose: …" is one entry; the name line may end in
 *   a DPA link or note ("Slack, request DPA via Intercom").
 * - **sections**: the nearest heading before a table or an item is its
 *   group (a table's caption, when it has one); the paragraphs between the
 *   heading and its first entry describe the group.
 * - the page's **title** (its first top-level heading) and **intro** (the
 *   paragraphs under the title, before the first section).
 */
import type { Block, Cell, Page, Para, Table } from './blocks.js';
import { entryField, legendField } from './columns.js';
import { readDate } from './dates.js';
import { isFieldLine } from './plain.js';
import { capitalize, collapse, fold } from './text.js';

/** A table of entries, or an item (one entry) shaped as a one-row table. */
export interface SourceTable {
  header: Cell[];
  rows: { cells: Cell[]; where: string; row?: number }[];
  /** Group title from the page's headings. */
  section?: string;
  /** What to call the table in messages: "table 2" (empty for a CSV file, which is one table). */
  label: string;
  /** Text was laid out by a browser or a copy: white space inside cells is not meaningful. */
  collapse: boolean;
  /** An item, not a table: one entry, whose name is never split into name and service. */
  item?: boolean;
}

export interface LegendRow {
  where: string;
  values: Partial<Record<'code' | 'subject' | 'label' | 'direct' | 'indirect' | 'description', string>>;
  headers: Partial<Record<'code' | 'subject' | 'label' | 'direct' | 'indirect' | 'description', string>>;
}

export interface PageContent {
  sources: SourceTable[];
  legend: LegendRow[];
  title?: string;
  intro?: string;
  updated?: string;
  /** Section title → the paragraphs that introduce it. */
  descriptions: Map<string, string>;
  /** Tables that hold no entries and no legend. */
  skipped: string[];
}

const NAME_WORDS = 12;
const NAME_CHARS = 160;

/** Fields enough to call a run of "Label: value" lines an entry (a lone "Note: …" is not one). */
const WEIGHTY = new Set(['purpose', 'dataLocations', 'entityLocation', 'data', 'dpa', 'url', 'service', 'categories', 'codes', 'retention', 'transfer']);

function fieldOf(block: Block): { label: string; value: string; field: string } | undefined {
  if (block.kind !== 'para' || !isFieldLine(block.text)) return undefined;
  const colon = block.text.indexOf(':');
  const label = block.text.slice(0, colon).trim();
  return { label, value: block.text.slice(colon + 1).trim(), field: entryField(label)! };
}

function mayBeName(block: Block): block is Para | (Block & { kind: 'heading' }) {
  if (block.kind === 'table') return false;
  const text = block.text;
  return text.length <= NAME_CHARS && text.split(/\s+/).length <= NAME_WORDS && !isFieldLine(text);
}

// A DPA named after the vendor: "Gsuite, DPA", "Slack, request DPA via Intercom", "OpenAI, L.L.C, DPA".
const DPA_WORDS = /\b(dpa|avv|adv|data processing (agreement|addendum)|processing agreement|verwerkersovereenkomst|auftragsverarbeitung\w*)\b/i;
const DPA_ANYWHERE = new RegExp(DPA_WORDS.source, 'gi');
const DASHES = new Set(['-', '–', '—', '|']);
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * Where a name line's trailers start: a comma (with the white space around
 * it) or a dash or bar between spaces. `cut` is where the name would end,
 * `rest` where the trailer's text starts. One pass: a run of spaces is
 * walked once, however long (a pattern `\s*(?:,|\s-\s)` retries it from
 * each of its spaces).
 */
export function separators(text: string): { cut: number; rest: number }[] {
  const out: { cut: number; rest: number }[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (isSpace(text[j])) j++;
    let end = -1;
    if (text[j] === ',') end = j + 1;
    else if (j > i && DASHES.has(text[j]) && isSpace(text[j + 1])) end = j + 1;
    if (end === -1) {
      i = j > i ? j : i + 1;
      continue;
    }
    while (isSpace(text[end])) end++;
    out.push({ cut: i, rest: end });
    i = end;
  }
  return out;
}

/** Start of the last mention of the DPA in `text`, or -1. */
function lastDpaMention(text: string): number {
  let last = -1;
  for (const m of text.matchAll(DPA_ANYWHERE)) last = m.index!;
  return last;
}

/** A name line: the name, and what a trailer says about the DPA. */
function nameLine(block: Para | (Block & { kind: 'heading' })): { name: string; url?: string; dpa?: Cell } {
  // "Name:" above its fields: the colon is not part of the name.
  let text = block.text.trimEnd();
  if (text.endsWith(':')) text = text.slice(0, -1).trimEnd();
  let dpa: Cell | undefined;
  // The last separator whose rest mentions the DPA ends the name.
  let cut = -1;
  let rest = '';
  const mention = lastDpaMention(text);
  for (const s of separators(text)) {
    if (s.rest > mention) break;
    cut = s.cut;
    rest = text.slice(s.rest);
  }
  const links = block.links;
  if (cut > 0) {
    text = text.slice(0, cut).trim();
    const dpaLink = links.find((l) => DPA_WORDS.test(l.text));
    // "request DPA via Intercom" is a note: the column is the DPA, so the word goes.
    const note = capitalize(collapse(rest.replace(DPA_WORDS, ' ')));
    if (dpaLink) dpa = { text: dpaLink.href, links: [dpaLink] };
    else if (note) dpa = { text: note, links: [] };
  }
  const own = links.find((l) => fold(l.text) === fold(text)) ?? (cut > 0 ? undefined : links.length === 1 ? links[0] : undefined);
  return { name: text, url: own?.href, dpa };
}

/** The part of a line "Last updated: 15 May 2025" that is a date, if the line is one. */
const UPDATED = /^(?:last\s+)?(?:updated|modified|revised|effective|stand|zuletzt\s+aktualisiert|aktualisiert(?:\s+am)?|letzte\s+aktualisierung|mis\s+à\s+jour(?:\s+le)?|dernière\s+mise\s+à\s+jour|laatst\s+bijgewerkt(?:\s+op)?|bijgewerkt(?:\s+op)?|última\s+actualización|actualizado(?:\s+el)?)/i;
const ON = /^(?:on|am|le|op|el)/i;

export function updatedDate(text: string): string | undefined {
  if (text.length > 120) return undefined;
  const m = UPDATED.exec(text);
  if (!m) return undefined;
  // What follows the words, one step at a time (spaces, "on", a colon or dash, spaces): no two patterns compete for a space.
  let rest = text.slice(m[0].length).trimStart();
  if (ON.test(rest)) rest = rest.slice(2).trimStart();
  if (rest[0] === ':' || rest[0] === '-' || rest[0] === '–') rest = rest.slice(1).trimStart();
  if (rest.length < 4 || rest.length > 60 || /[\n\r\u2028\u2029]/.test(rest)) return undefined;
  let end = rest.length;
  while (end > 0 && (rest[end - 1] === '.' || rest[end - 1] === ')')) end--;
  const reading = readDate(rest.slice(0, end));
  return 'iso' in reading ? reading.iso : undefined;
}

// Help-center furniture that is not the list's text.
const POSTED = /\b(?:updated|written|posted|published)\b/i;
const AGO = /\bago\b/i;
// "Updated 3 days ago": on one line, a word, then "ago" somewhere after it (two searches, each once over the line).
export const postedAgo = (text: string) =>
  text.split(/[\n\r\u2028\u2029]/).some((line) => {
    const m = POSTED.exec(line);
    return !!m && AGO.test(line.slice(m.index + m[0].length));
  });
const CHROME = [/^(updated|follow|share|print|edit|subscribe|not yet followed by anyone)$/i, /^did this answer your question\??$/i, /^was this article helpful\??$/i, /^(related articles|table of contents|on this page|in this article)$/i, /^written by\b/i];
const isChrome = (text: string) => text.length < 200 && (postedAgo(text) || CHROME.some((re) => re.test(text)));
const proseWords = 4;

/** What a table holds, and which of its first rows is the header (a title row may sit above it). */
function classify(table: Table): { kind: 'entries' | 'legend' | 'other'; headerAt: number } {
  for (let h = 0; h < Math.min(3, table.rows.length - 1); h++) {
    const header = table.rows[h].map((c) => c.text);
    const legend = header.map(legendField);
    const fields = header.map(entryField);
    // A code column and what codes stand for ("Ref. | Type | Direct personal data"); a "Name" beside a code is the category's name.
    const explains = legend.some((f) => f === 'subject' || f === 'direct' || f === 'indirect');
    if (legend.includes('code') && (explains || (!fields.includes('name') && legend.some((f) => f && f !== 'code')))) return { kind: 'legend', headerAt: h };
    const known = fields.filter(Boolean).length;
    if (known >= 2 && (fields.includes('name') || !fields[0])) return { kind: 'entries', headerAt: h };
  }
  return { kind: 'other', headerAt: 0 };
}

/** A row that names a section across the table: one cell with text, spanning most of the columns. */
function sectionRow(row: Cell[], width: number): string | undefined {
  const filled = row.filter((c) => c.text);
  if (filled.length !== 1 || width < 2) return undefined;
  const cell = filled[0];
  return (cell.span ?? 1) * 2 >= width ? collapse(cell.text) : undefined;
}

/** Reads blocks into tables of entries, items, the legend, and the page's title, intro and sections. */
export function readPage(page: Page, collapseCells: boolean): PageContent {
  const blocks = page.blocks;
  const sources: { at: number; table: SourceTable; sectionAt: number }[] = [];
  const legend: LegendRow[] = [];
  const skipped: string[] = [];
  // Blocks that are part of an entry (a name line and its fields), and block indexes of section headings.
  const used = new Set<number>();
  let tableCount = 0;

  // — Items —
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const first = fieldOf(b);
    let start = i;
    let nameBlock: Block | undefined;
    if (!first && mayBeName(b) && i + 1 < blocks.length) {
      const next = blocks[i + 1];
      const depth = b.kind === 'para' ? b.depth : 0;
      if (fieldOf(next) && next.kind === 'para' && next.depth >= depth) {
        nameBlock = b;
        start = i + 1;
      }
    }
    if (!nameBlock && !(first && first.field === 'name')) continue;
    const base = blocks[start] as Para;
    const fields: { label: string; value: string; field: string; block: Para }[] = [];
    let j = start;
    for (; j < blocks.length; j++) {
      const f = fieldOf(blocks[j]);
      const blk = blocks[j] as Para;
      if (!f || blk.depth < base.depth) break;
      if (f.field === 'name' && (nameBlock || j > start)) break;
      fields.push({ ...f, block: blk });
    }
    if (!fields.some((f) => WEIGHTY.has(f.field))) continue;
    const named = nameBlock ? nameLine(nameBlock as Para) : undefined;
    const name = named?.name ?? fields.find((f) => f.field === 'name')!.value;
    const header: Cell[] = [{ text: 'Name', links: [] }];
    const cells: Cell[] = [{ text: name, links: [] }];
    if (named?.url && !fields.some((f) => f.field === 'url')) {
      header.push({ text: 'Website', links: [] });
      cells.push({ text: named.url, links: [] });
    }
    if (named?.dpa && !fields.some((f) => f.field === 'dpa')) {
      header.push({ text: 'DPA', links: [] });
      cells.push(named.dpa);
    }
    for (const f of fields) {
      if (!nameBlock && f.field === 'name') continue;
      header.push({ text: f.label, links: [] });
      cells.push({ text: f.value, links: f.block.links.filter((l) => f.value.includes(l.text)) });
    }
    const line = (nameBlock ?? blocks[start]).line;
    const at = nameBlock ? i : start;
    sources.push({
      at,
      sectionAt: at,
      table: { header, rows: [{ cells, where: `item '${clipName(name)}' (line ${line})` }], label: '', collapse: true, item: true },
    });
    for (let k = at; k < j; k++) used.add(k);
    i = j - 1;
  }

  // — Tables —
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'table') continue;
    tableCount++;
    const label = `table ${tableCount}`;
    const { kind, headerAt } = classify(b);
    if (kind === 'legend') {
      const header = b.rows[headerAt].map((c) => legendField(c.text));
      const headers: LegendRow['headers'] = {};
      header.forEach((f, c) => {
        if (f && !headers[f]) headers[f] = b.rows[headerAt][c].text;
      });
      b.rows.forEach((row, r) => {
        if (r <= headerAt) return;
        const values: LegendRow['values'] = {};
        header.forEach((f, c) => {
          if (f && values[f] === undefined && row[c]?.text) values[f] = row[c].text;
        });
        legend.push({ where: `${label}, row ${r + 1}`, values, headers });
      });
      used.add(i);
    } else if (kind === 'entries') {
      const header = b.rows[headerAt];
      // Rows that name a section across the table cut it into one source per section.
      let part: SourceTable = { header, rows: [], section: b.caption, label, collapse: collapseCells };
      const parts = [part];
      b.rows.forEach((cells, r) => {
        if (r <= headerAt) return;
        const section = sectionRow(cells, header.length);
        if (section) {
          part = { header, rows: [], section, label, collapse: collapseCells };
          parts.push(part);
        } else part.rows.push({ cells, where: `${label}, row ${r + 1}` });
      });
      for (const table of parts) if (table.rows.length) sources.push({ at: i, sectionAt: i, table });
      used.add(i);
    } else if (b.rows.length >= 2) {
      const cols = b.rows[0].map((c) => c.text).filter(Boolean).slice(0, 4).map((t) => `'${clipName(t)}'`).join(', ');
      skipped.push(`${label} (line ${b.line}): its columns (${cols || 'none named'}) name no sub-processor field; skipped`);
    }
  }
  sources.sort((a, b) => a.at - b.at);

  // — Title: the first <h1>; else the page's own title (<title>, front matter), every heading then being a section;
  //   else the first top-level heading; in text without headings, the first short line standing alone. —
  const firstSource = sources.length ? sources[0].at : blocks.length;
  let titleAt = blocks.findIndex((b, i) => !used.has(i) && b.kind === 'heading' && b.level === 1);
  if (titleAt === -1 && !page.title) {
    let top = 7;
    for (const b of blocks) if (b.kind === 'heading' && b.level < top) top = b.level;
    titleAt =
      top < 7
        ? blocks.findIndex((b, i) => !used.has(i) && b.kind === 'heading' && b.level === top)
        : blocks.findIndex((b, i) => i < firstSource && b.kind === 'para' && !!b.candidate);
  }
  const title = titleAt >= 0 ? (blocks[titleAt] as Para).text : page.title ? stripSite(page.title) : undefined;

  // — Sections: the nearest heading (or stand-alone short line, or bold line) before each source, in one forward pass. —
  const isHeadingish = (b: Block, i: number) =>
    !used.has(i) &&
    i !== titleAt &&
    !isChrome(b.kind === 'table' ? '' : b.text) &&
    (b.kind === 'heading' || (b.kind === 'para' && b.depth === 0 && (!!b.candidate || (b.strong && b.text.split(/\s+/).length <= 8 && !/[.:;,!?]$/.test(b.text)))));
  const sectionHeads = new Set<number>();
  let last = -1;
  let next = 0;
  for (let i = 0; i < blocks.length && next < sources.length; i++) {
    if (i === titleAt) last = -1;
    else if (isHeadingish(blocks[i], i)) last = i;
    while (next < sources.length && sources[next].at === i) {
      const s = sources[next++].table;
      if (!s.section && last >= 0) {
        s.section = (blocks[last] as Para).text;
        sectionHeads.add(last);
      }
    }
  }

  // — Descriptions: paragraphs between a section heading and its first entry. —
  const descriptions = new Map<string, string>();
  for (const k of [...sectionHeads].sort((a, b) => a - b)) {
    const parts: string[] = [];
    for (let m = k + 1; m < blocks.length; m++) {
      const b = blocks[m];
      if (used.has(m) || b.kind !== 'para' || b.item || b.depth > 0 || sectionHeads.has(m)) break;
      if (!isChrome(b.text)) parts.push(b.text);
    }
    const heading = (blocks[k] as Para).text;
    if (parts.length && !descriptions.has(heading)) descriptions.set(heading, parts.join(' '));
  }

  // — Intro: paragraphs under the title, before anything else. —
  const intro: string[] = [];
  let updated: string | undefined;
  for (let m = titleAt + 1; m < blocks.length; m++) {
    const b = blocks[m];
    if (used.has(m) || sectionHeads.has(m) || b.kind !== 'para' || (b.kind === 'para' && b.depth > 0)) {
      // A list of links (breadcrumbs, a table of contents) between title and text is no reason to stop.
      if (b.kind === 'para' && b.depth > 0 && !used.has(m) && intro.length === 0) continue;
      break;
    }
    if (isChrome(b.text)) continue;
    if (!updated) updated = updatedDate(b.text);
    if (updatedDate(b.text)) continue;
    if (b.text.split(/\s+/).length >= proseWords) intro.push(b.text);
  }
  if (!updated) {
    for (let m = 0; m < blocks.length && !updated; m++) {
      const b = blocks[m];
      if (b.kind === 'para' && !used.has(m)) updated = updatedDate(b.text);
    }
  }

  return {
    sources: sources.map((s) => s.table),
    legend,
    title,
    intro: intro.length ? intro.join(' ') : undefined,
    updated,
    descriptions,
    skipped,
  };
}

function clipName(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** "Sub-processors list – Ambassify Help Center" → "Sub-processors list". */
export function stripSite(title: string): string {
  const t = title.length > 300 ? title.slice(0, 300) : title;
  // The site's name follows the last separator (a bar or dash between spaces), and holds none itself.
  let at = -1;
  for (let i = t.length - 1; i >= 0; i--) {
    if (DASHES.has(t[i])) {
      at = i;
      break;
    }
  }
  if (at < 1 || !isSpace(t[at - 1]) || !isSpace(t[at + 1]) || t.length - at - 1 < 3) return title.trim();
  let end = at;
  while (end > 0 && isSpace(t[end - 1])) end--;
  const name = t.slice(0, Math.max(end, 3));
  return name.length < at && !/[\n\r\u2028\u2029]/.test(name) ? name.trim() : title.trim();
}

