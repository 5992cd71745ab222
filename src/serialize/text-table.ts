/**
 * The rows a reader sees as a plain table of text, for the CSV download and
 * "Copy as Markdown": the same columns and cell texts as the table, from
 * the column table (links as their addresses, which a spreadsheet needs).
 */
import type { Subprocessor } from '../lib/types.js';
import { COLUMN, cellText } from '../model/columns.js';
import type { ListModel } from '../model/list-model.js';

export interface TextTable {
  header: string[];
  rows: string[][];
}

export function textTable(m: ListModel, entries: readonly Subprocessor[]): TextTable {
  return {
    header: m.columns.map((k) => m.t[COLUMN[k].label]),
    rows: entries.map((e) => m.columns.map((k) => cellText(COLUMN[k].cell(e, m.ctx), 'export'))),
  };
}

/** A file name from the list's title: "Acme sub-processors" → "acme-sub-processors.csv". */
export function fileName(title: string | undefined, ext: string): string {
  const slug = (title ?? '').slice(0, 200).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 80);
  return `${slug || 'subprocessors'}.${ext}`;
}
