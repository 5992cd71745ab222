/**
 * The export buttons' work: the visible rows as a CSV download (UTF-8 with
 * a byte-order mark, formulas defused) or as a Markdown table on the
 * clipboard, from the same text table (serialize/text-table.ts).
 */
import type { Subprocessor } from './lib/types.js';
import type { ListModel } from './model/list-model.js';
import { toCsv, toMarkdown } from './lib/export.js';
import { fileName, textTable } from './serialize/text-table.js';

/** Hands text to the reader as a file download (no server round trip). */
export function downloadText(name: string, text: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Exports `entries`; resolves to what to announce (nothing for a download). */
export async function exportRows(kind: 'csv' | 'markdown', m: ListModel, entries: readonly Subprocessor[]): Promise<string> {
  const { header, rows } = textTable(m, entries);
  if (kind === 'csv') {
    downloadText(fileName(m.header.title, 'csv'), toCsv(header, rows), 'text/csv;charset=utf-8');
    return '';
  }
  try {
    await navigator.clipboard.writeText(toMarkdown(header, rows));
    return m.t.copied;
  } catch {
    return m.t.copyFailed;
  }
}
