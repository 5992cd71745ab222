/**
 * CSV as spreadsheets export it: LibreOffice (`;`, every text quoted or
 * not), Google Sheets and Excel (`,`, CRLF), tab-separated copies, `|`.
 * The delimiter is detected; a byte-order mark is dropped; quoted cells may
 * hold delimiters, quotes (`""`) and line breaks.
 *
 * A parser of our own rather than Papa Parse's, for two things the
 * converter needs: each record's spreadsheet row number (empty rows count,
 * as the spreadsheet shows them), and whether a cell was quoted (a quoted
 * cell keeps its surrounding spaces, so the CSV `registryToCsv` writes reads
 * back exactly). One pass, linear in the input; nothing throws.
 */

export interface CsvCell {
  value: string;
  quoted: boolean;
}

export interface CsvRecord {
  /** Spreadsheet row number: 1 for the first record. */
  row: number;
  cells: CsvCell[];
}

export interface CsvParse {
  records: CsvRecord[];
  delimiter: string;
  /** Rows whose quote never closes (the rest of the file was read into one cell). */
  unclosed: number[];
}

export const DELIMITERS = [',', ';', '\t', '|'];

/** Parses `text` with `delimiter`, stopping after `limit` records (for sniffing). */
export function parseCsv(text: string, delimiter: string, limit = Infinity): CsvParse {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const unclosed: number[] = [];
  const n = src.length;
  let i = 0;
  let row = 1;
  let cells: CsvCell[] = [];
  while (i <= n && records.length < limit) {
    // One cell. Spaces before an opening quote are allowed (`a, "b"`).
    let j = i;
    while (j < n && src[j] !== delimiter && (src[j] === ' ' || src[j] === '\t')) j++;
    let value: string;
    let quoted = false;
    if (j < n && src[j] === '"') {
      quoted = true;
      const parts: string[] = [];
      let k = j + 1;
      for (;;) {
        const q = src.indexOf('"', k);
        if (q === -1) {
          parts.push(src.slice(k));
          unclosed.push(row);
          k = n;
          break;
        }
        parts.push(src.slice(k, q));
        if (src[q + 1] === '"') {
          parts.push('"');
          k = q + 2;
        } else {
          k = q + 1;
          break;
        }
      }
      // Text after the closing quote, up to the delimiter, is kept (lenient, as spreadsheets are).
      let e = k;
      while (e < n && src[e] !== delimiter && src[e] !== '\n' && src[e] !== '\r') e++;
      const tail = src.slice(k, e);
      value = parts.join('') + (tail.trim() ? tail : '');
      i = e;
    } else {
      let e = i;
      while (e < n && src[e] !== delimiter && src[e] !== '\n' && src[e] !== '\r') e++;
      value = src.slice(i, e);
      i = e;
    }
    cells.push({ value, quoted });
    if (i >= n) {
      records.push({ row, cells });
      break;
    }
    const ch = src[i];
    if (ch === delimiter) {
      i++;
      continue;
    }
    // End of record: \r\n, \n or \r.
    i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
    records.push({ row, cells });
    row++;
    cells = [];
    if (i >= n) break;
  }
  return { records, delimiter, unclosed };
}

const isBlank = (r: CsvRecord) => r.cells.every((c) => !c.value.trim());

/**
 * The delimiter that splits the first records most consistently into more
 * than one cell: `;` for "Germany, Ireland" in a LibreOffice file, `,` for a
 * Google Sheets one whose quoted cells hold semicolons. `columns` is the
 * width most records share (a title row above the header does not count).
 */
export function sniffDelimiter(text: string): { delimiter: string; columns: number; consistency: number } {
  // The first records tell; 64 KB of them is plenty and keeps sniffing cheap.
  const head = text.length > 65_536 ? text.slice(0, 65_536) : text;
  let best = { delimiter: ',', columns: 1, consistency: 0 };
  for (const d of DELIMITERS) {
    const { records } = parseCsv(head, d, 30);
    let filled = records.filter((r) => !isBlank(r));
    // The last record of a cut-off head may be partial; do not hold it against the delimiter.
    if (head.length < text.length && filled.length > 2) filled = filled.slice(0, -1);
    if (!filled.length) continue;
    const widths = new Map<number, number>();
    for (const r of filled) widths.set(r.cells.length, (widths.get(r.cells.length) ?? 0) + 1);
    let columns = 1;
    let most = 0;
    for (const [w, n] of widths) if (w >= 2 && (n > most || (n === most && w > columns))) [columns, most] = [w, n];
    if (columns < 2) continue;
    const consistency = most / filled.length;
    if (consistency > best.consistency || (consistency === best.consistency && columns > best.columns)) {
      best = { delimiter: d, columns, consistency };
    }
  }
  return best;
}
