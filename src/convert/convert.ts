/**
 * `convert()`: the spreadsheet or the page a list's owner already has, as a
 * valid registry, in one call. The command-line kit's `convert` and an
 * in-browser editor share it, so it is pure functions over strings: no
 * files, no DOM, and it never throws; bad input is a warning.
 */
import { validateRegistry } from '../lib/registry.js';
import type { LocalizedText, Registry } from '../lib/types.js';
import { assemble } from './assemble.js';
import { entryField } from './columns.js';
import { parseCsv, sniffDelimiter, DELIMITERS } from './csv.js';
import { type PageContent, readPage, type SourceTable } from './document.js';
import { readHtml } from './html.js';
import { readText } from './plain.js';
import { inferDateOrder, plan, type ReadContext, readRows, warn } from './rows.js';
import { clip, count, squash } from './text.js';
import type { ConvertOptions, ConvertResult, InputFormat } from './types.js';

const HTML_START = /^<(?:!doctype|html|head|body|meta|!--|div|table|article|section|main|p|h[1-6]|ul|ol|span|header|nav)\b/i;

/** What the input looks like: a web page, a delimited table, or page text. */
export function sniffFormat(input: string): InputFormat {
  const head = (input.length > 8192 ? input.slice(0, 8192) : input).replace(/^\uFEFF/, '').trimStart();
  if (HTML_START.test(head) || /<(?:table|body|html)[\s>]/i.test(head)) return 'html';
  const lines = head.split(/\r\n|\n|\r/, 40);
  // A Markdown table's rule ("---|---") or a heading ("# …"): page text, not CSV.
  if (lines.some((l) => /^\|?\s*:?-{3,}:?\s*\|/.test(l.length > 400 ? '' : l.trimStart())) || /^#{1,6}\s/.test(lines[0] ?? '') || lines[0]?.trim() === '---') return 'text';
  // Bulleted lines: text copied from a page.
  if (lines.filter((l) => /^\s*[•·◦▪‣●]\s/.test(l)).length >= 2) return 'text';
  const { delimiter, columns, consistency } = sniffDelimiter(input);
  if (columns >= 2) {
    // A header that names fields makes a spreadsheet, however ragged its rows; else its rows must agree.
    const records = parseCsv(head, delimiter, 10).records.filter((r) => r.cells.some((c) => c.value.trim()));
    const named = (r: (typeof records)[number]) => r.cells.filter((c) => entryField(c.value)).length;
    if (records.some((r) => named(r) >= 2)) return 'csv';
    if (consistency >= 0.6 && records[0]?.cells.length >= 2) return 'csv';
  }
  // One column whose header is a field ("Name"), and no delimiter anywhere.
  const first = lines.find((l) => l.trim());
  if (first && columns < 2 && entryField(first.trim())) return 'csv';
  return 'text';
}

/** The CSV file as one table: its header is the first row that names fields (a title row above it is passed over). */
function csvTable(input: string, options: ConvertOptions, ctx: ReadContext): SourceTable | undefined {
  const forced = options.delimiter;
  const usable = typeof forced === 'string' && (DELIMITERS.includes(forced) || (forced.length === 1 && !/["\r\n]/.test(forced)));
  if (forced !== undefined && !usable) {
    warn(ctx, { where: 'option delimiter', text: `"${clip(String(forced))}" cannot separate cells (one character, not a quote or a line break); the delimiter is detected instead` });
  }
  const delimiter = usable ? forced : sniffDelimiter(input).delimiter;
  const { records, unclosed } = parseCsv(input, delimiter);
  for (const row of unclosed) warn(ctx, { where: `row ${row}`, row, text: 'a quote opens here and never closes; the rest of the file was read into this cell' });
  const filled = records.filter((r) => r.cells.some((c) => c.value.trim()));
  if (!filled.length) return undefined;
  const score = (r: (typeof filled)[number]) => r.cells.filter((c) => entryField(c.value)).length;
  const headerRecord = filled.slice(0, 10).find((r) => score(r) >= 2) ?? filled[0];
  const start = records.indexOf(headerRecord);
  return {
    header: headerRecord.cells.map((c) => ({ text: c.value, links: [] })),
    rows: records.slice(start + 1).map((r) => ({
      row: r.row,
      where: `row ${r.row}`,
      cells: r.cells.map((c) => ({ text: c.value, links: [], quoted: c.quoted })),
    })),
    label: '',
    collapse: false,
  };
}

/** The existing registry to merge into, validated; its problems are warnings. */
function existing(into: unknown, ctx: ReadContext): Registry<LocalizedText> | undefined {
  if (into === undefined || into === null) return undefined;
  let value = into;
  if (typeof into === 'string') {
    try {
      value = JSON.parse(into);
    } catch {
      warn(ctx, { where: 'the existing registry', text: 'is not JSON; nothing is carried over' });
      return undefined;
    }
  }
  const result = validateRegistry(value);
  if (!result.ok) {
    warn(ctx, { where: 'the existing registry', path: result.fatal.path, text: `${result.fatal.message}; nothing is carried over` });
    return undefined;
  }
  for (const p of result.problems) {
    if (p.kind === 'reference') continue;
    warn(ctx, { where: 'the existing registry', text: `${p.path}: ${p.message}` });
  }
  return result.registry;
}

function run(input: string, options: ConvertOptions, format: InputFormat): ConvertResult {
  const ctx: ReadContext = {
    warnings: [],
    language: options.language?.trim() || 'en',
    publicColumns: new Set((options.publicColumns ?? []).map(squash).filter(Boolean)),
    publicFound: new Set(),
    privateColumns: [],
    entryCount: 0,
    warnedPaths: new Set(),
  };
  if (options.dateOrder !== undefined && options.dateOrder !== 'dmy' && options.dateOrder !== 'mdy') {
    warn(ctx, { where: 'option dateOrder', text: `"${clip(String(options.dateOrder))}" is neither 'dmy' nor 'mdy'; ambiguous dates are left out` });
  }
  const into = existing(options.into, ctx);

  let content: PageContent;
  if (format === 'csv') {
    const table = csvTable(input, options, ctx);
    content = { sources: table ? [table] : [], legend: [], descriptions: new Map(), skipped: [] };
    if (!table) warn(ctx, { text: 'the file is empty: it has no header row and no rows' });
  } else {
    content = readPage(format === 'html' ? readHtml(input) : readText(input), true);
    for (const s of content.skipped) warn(ctx, { text: s });
    if (!content.sources.length) {
      warn(ctx, { text: 'no table of sub-processors and no list of them ("Name" followed by "Location: …", "Purpose: …" lines) was found' });
    }
  }

  const spreadsheet = format === 'csv';
  const plans = content.sources.map((t) => plan(t, ctx, spreadsheet));
  const dateOrder = options.dateOrder === 'dmy' || options.dateOrder === 'mdy' ? options.dateOrder : inferDateOrder(plans);
  const patches = plans.flatMap((p) => readRows(p, ctx, spreadsheet, dateOrder));

  for (const name of options.publicColumns ?? []) {
    if (squash(name) && !ctx.publicFound.has(squash(name)) && !entryField(name)) {
      warn(ctx, { where: 'option publicColumns', text: `no column '${clip(name)}' in the input` });
    }
  }

  const { registry, merge } = assemble(patches, content.legend, content, into, options, ctx);

  // The result must be what the element reads without a problem; say so if it is not.
  const check = validateRegistry(registry);
  if (check.ok) {
    for (const p of check.problems) {
      if (!ctx.warnedPaths.has(p.path)) warn(ctx, { where: 'the result', text: `${p.path}: ${p.message}` });
    }
  }
  const result: ConvertResult = { registry, warnings: ctx.warnings, privateColumns: ctx.privateColumns, format };
  if (merge) result.merge = merge;
  return result;
}

/**
 * Converts a spreadsheet (CSV), a saved web page (HTML) or page text
 * (Markdown, or text copied from a page) into a registry.
 */
export function convert(input: string, options: ConvertOptions = {}): ConvertResult {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const wanted = options.format ?? 'auto';
  const format: InputFormat = wanted === 'csv' || wanted === 'html' || wanted === 'text' ? wanted : sniffFormat(text);
  try {
    return run(text, options, format);
  } catch (error) {
    // A bug must not take the caller down with it; it is a warning like any other problem.
    const message = error instanceof Error ? error.message : String(error);
    return {
      registry: { version: 1, subprocessors: [] },
      warnings: [{ message: `the converter failed on this input (${clip(message, 120)}); please report it` }],
      privateColumns: [],
      format,
    };
  }
}

/** One line for people: "12 entries, 2 groups; 1 warning; kept private: Internal owner". */
export function summarize(result: ConvertResult): string {
  const r = result.registry;
  const parts = [count(r.subprocessors.length, 'entry', 'entries')];
  if (r.groups?.length) parts.push(count(r.groups.length, 'group'));
  if (r.categories?.length) parts.push(count(r.categories.length, 'category', 'categories'));
  const out = [parts.join(', '), count(result.warnings.length, 'warning')];
  if (result.merge) {
    const m = result.merge;
    out.push(`${m.updated} updated, ${m.added.length} added${m.added.length ? ` (${m.added.join(', ')})` : ''}, ${m.removed.length} removed${m.removed.length ? ` (${m.removed.join(', ')})` : ''}`);
  }
  if (result.privateColumns.length) out.push(`kept private: ${result.privateColumns.join(', ')}`);
  return out.join('; ');
}
