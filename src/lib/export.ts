/**
 * The visible rows as CSV (for procurement spreadsheets) and as a Markdown
 * table (for tickets and wikis), with the columns and text the reader sees.
 * Both are data, never markup: no cell becomes a formula, a link, an image
 * or HTML, and no cell spills into another.
 */

// A formula starts with one of these, possibly after whitespace (a line break or tab that an import drops); full-width forms count too.
const FORMULA = /^[=+\-@＝＋－＠]/;

/** A CSV field: quoted when needed; a formula is defused with a leading apostrophe so spreadsheets show it as text. */
function csvField(value: string): string {
  const safe = FORMULA.test(value.trimStart()) ? `'${value}` : value;
  // Tabs too: a tab-separated import would otherwise split the field.
  return /[",\n\r;\t]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: string[][]): string {
  // A byte-order mark so spreadsheet programs read UTF-8 (São Paulo, München).
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

// Inline Markdown (CommonMark and GFM): links and images, raw HTML and entities, emphasis, code, strikethrough, table cells.
const MARKUP = /[\\[\]<>&*_`~!|]/g;
// GFM turns bare URLs and www. names into links: break the pattern it looks for.
const AUTOLINK = /(:)(?=\/\/)|(?<=\bwww)(\.)/gi;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

function mdCell(value: string): string {
  return value
    .replace(/\s+/g, (space) => (LINE_BREAK.test(space) ? ' ' : space))
    .replace(MARKUP, '\\$&')
    .replace(AUTOLINK, '\\$&')
    .trim();
}

export function toMarkdown(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}
