/**
 * The rows a reader sees as a plain table of text, for the CSV download and
 * "Copy as Markdown": the same columns and cell texts as the table, from
 * the column table (links as their addresses, which a spreadsheet needs).
 */
import type { Subprocessor } from '../lib/types.js';
import { COLUMN, cellText } from '../model/columns.js';
import type { ListModel } from '../model/list-model.js';
import { sections } from '../model/sections.js';

export interface TextTable {
  header: string[];
  rows: string[][];
}

/**
 * The rows as text, in the reader's order; a list in sections gets a first
 * column naming each row's section (the tables' headings), so a sheet
 * sorted any way still says where a vendor was listed.
 */
export function textTable(m: ListModel, entries: readonly Subprocessor[]): TextTable {
  const secs = sections(m.registry, m.registry.subprocessors, m.t);
  const sectionOf = new Map(secs.flatMap((s) => s.entries.map((e) => [e, s.title] as const)));
  const bySection = secs.some((s) => s.heading);
  const header = m.columns.map((k) => m.t[COLUMN[k].label]);
  const cells = (e: Subprocessor) => m.columns.map((k) => cellText(COLUMN[k].cell(e, m.ctx), 'export'));
  return bySection
    ? { header: [m.t.csvSection, ...header], rows: entries.map((e) => [sectionOf.get(e) ?? '', ...cells(e)]) }
    : { header, rows: entries.map(cells) };
}

/** A file name from the list's title: "Acme sub-processors" → "acme-sub-processors.csv". */
export function fileName(title: string | undefined, ext: string): string {
  const slug = (title ?? '').slice(0, 200).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 80);
  return `${slug || 'subprocessors'}.${ext}`;
}
