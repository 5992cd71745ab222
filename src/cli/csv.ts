/**
 * From the spreadsheet most teams keep today to a registry, and back.
 * Parsing is Papa Parse's (quotes, separators, BOM); column names are
 * matched leniently ("Company", "Vendor", "Data Location(s)" …).
 */
import Papa from 'papaparse';
import type { Registry, Subprocessor } from '../lib/types.js';
import { toCsv } from '../lib/export.js';

type Field = keyof Subprocessor;

const ALIASES: [RegExp, Field][] = [
  [/^(name|company|vendor|sub-?processor|legal name|entity)$/, 'name'],
  [/^(service|product|tool)$/, 'service'],
  [/^(purpose|function|use|usage|description of processing)$/, 'purpose'],
  [/^(entity location|company location|headquarters|hq|registered office|country)$/, 'entityLocation'],
  [/^(data locations?|locations?|data centers?|hosting location|processing location|region)$/, 'dataLocations'],
  [/^(data categories|categories|category codes)$/, 'categories'],
  [/^(data|personal data|data processed|types of data)$/, 'data'],
  [/^(retention|duration|retention period)$/, 'retention'],
  [/^(transfer|transfer mechanism|safeguards?|transfer safeguards?)$/, 'transfer'],
  [/^(dpa|data processing agreement)$/, 'dpa'],
  [/^(url|website|web site|link)$/, 'url'],
  [/^(group|section)$/, 'group'],
  [/^(added|date added|since)$/, 'added'],
  [/^(notes?|comments?|remarks?)$/, 'notes'],
];

// Separators only, with no whitespace around them: a pattern such as /\s*,\s*/ retries its \s* at every space of a long cell (quadratic).
const CODES = /[\s,;/]+/;
const PLACES = /[,;/\n]|\band\b/;

/** "Germany, Ireland", "US and EU": the parts, trimmed, the empty ones left out. */
function split(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);
}

const normal = (header: string) => header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\(s\)/g, 's').replace(/[_\s]+/g, ' ');

export function fromCsv(text: string): { registry: Registry; problems: string[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimiter: '' });
  const problems = parsed.errors.map((e) => `row ${(e.row ?? 0) + 1}: ${e.message}`);
  const [header = [], ...rows] = parsed.data;
  const fields = header.map((h) => ALIASES.find(([re]) => re.test(normal(h)))?.[1]);
  header.forEach((h, i) => {
    if (!fields[i] && h.trim()) problems.push(`column "${h.trim()}" is not a known field; kept under notes`);
  });
  if (!fields.includes('name')) problems.push('no name column (Name, Company, Vendor …): the first column is used');
  const nameColumn = fields.includes('name') ? fields.indexOf('name') : 0;
  const subprocessors: Subprocessor[] = [];
  let longRows = 0;
  rows.forEach((row, r) => {
    const entry: Record<string, unknown> = {};
    const extra: string[] = [];
    if (row.length > header.length) longRows++;
    row.forEach((raw, i) => {
      const value = raw.trim();
      if (!value) return;
      const field = i === nameColumn ? 'name' : fields[i];
      // A cell beyond the header has no name of its own: it is kept under notes by its position.
      if (!field) extra.push(`${header[i]?.trim() || `column ${i + 1}`}: ${value}`);
      else if (field === 'dataLocations' || field === 'categories') entry[field] = split(value, field === 'categories' ? CODES : PLACES);
      else entry[field] = value;
    });
    if (extra.length) entry.notes = [entry.notes, ...extra].filter(Boolean).join('; ');
    if (typeof entry.name === 'string' && entry.name) subprocessors.push(entry as unknown as Subprocessor);
    else if (Object.keys(entry).length) problems.push(`row ${r + 2}: no name; skipped`);
  });
  if (longRows) problems.push(`${longRows} row${longRows === 1 ? ' has' : 's have'} more cells than the header; the extra cells are kept under notes`);
  return { registry: { version: 1, subprocessors }, problems };
}

export function toCsvFile(r: Registry): string {
  const header = ['Name', 'Service', 'Purpose', 'Entity location', 'Data locations', 'Data categories', 'Data', 'Retention', 'Transfer', 'DPA', 'URL', 'Group', 'Added', 'Notes'];
  const rows = r.subprocessors.map((e) => [
    e.name, e.service ?? '', e.purpose ?? '', e.entityLocation ?? '', (e.dataLocations ?? []).join('; '), (e.categories ?? []).join(' '),
    e.data ?? '', e.retention ?? '', e.transfer ?? '', e.dpa ?? '', e.url ?? '', e.group ?? '', e.added ?? '', e.notes ?? '',
  ]);
  return toCsv(header, rows);
}
