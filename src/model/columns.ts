/**
 * The column table: one object per column, owning everything the list
 * knows about it — its header word, narrowest useful width, whether an
 * entry fills it, how it sorts, what search finds in it, and the facts of
 * its cell. The table rows, the cards, the static page and the exports all
 * render a cell from `cell()`, so they cannot show different things; a new
 * column is one entry here plus its markup in the row builder and the
 * static page (the parity test notices a missing one).
 *
 * Keys are the public, kebab-case names of the `columns` attribute.
 */
import type { Subprocessor } from '../lib/types.js';
import type { Strings } from '../lib/strings.js';
import { fill } from '../lib/strings.js';
import { safeUrl } from '../lib/url.js';
import { readLocation } from '../lib/locations.js';
import { durationDays } from '../lib/duration.js';
import { dataPlaces, displayedService } from './entry.js';
import { placeFacts, type PlaceFacts } from './place.js';
import { chipFacts, type CategoryIndex, type ChipFacts } from './category.js';
import { dateText } from './format.js';

export type ColumnKey = 'name' | 'purpose' | 'entity-location' | 'data-locations' | 'data' | 'retention' | 'transfer' | 'dpa' | 'added' | 'notes';

/** The words of `Strings` that are plain strings (not plural forms). */
export type StringKey = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];

/** What a cell needs to know beyond its entry. */
export interface CellContext {
  lang: string;
  t: Strings;
  /** Base URL for the registry's relative links. */
  base?: string;
  categories: CategoryIndex;
}

/** What a cell shows, as facts; renderers only turn these into markup or text. */
export type CellFacts =
  | { kind: 'none' }
  | { kind: 'name'; name: string; href?: string; service?: string }
  | { kind: 'places'; places: PlaceFacts[] }
  | { kind: 'data'; chips: ChipFacts[]; text?: string }
  | { kind: 'text'; text: string }
  /** A link when `href` is set (its visible `text` and a fuller `label` for screen readers), else a note such as "on request". */
  | { kind: 'link'; href?: string; text: string; label?: string }
  | { kind: 'date'; iso: string; text: string };

/** A sort key: a number (durations, sorted before text), a text, or nothing (sorted last). */
export type SortKey = number | string | undefined;

export interface Column {
  key: ColumnKey;
  label: StringKey;
  /** Narrowest width, in `em`, whatever the data (the data's longest words may ask for more: `columnFloors`). */
  minEm: number;
  /** Whether an entry has something to show here. */
  has(e: Subprocessor): boolean;
  cell(e: Subprocessor, ctx: CellContext): CellFacts;
  sortKey(e: Subprocessor, lang: string): SortKey;
  /** Texts the search looks in (folded later). */
  search(e: Subprocessor, ctx: CellContext): (string | undefined)[];
  /** Roughly how many characters the cell shows, chips and badges included. */
  width(e: Subprocessor): number;
}

const filled = (s: unknown): s is string => typeof s === 'string' && s.trim() !== '';
const len = (s: string | undefined) => (s ? s.length : 0);
const nonEmpty = (s: string | undefined) => (filled(s) ? s.trim() : undefined);
const codesOf = (e: Subprocessor) => (e.categories ?? []).filter(filled);
const placeNames = (values: string[], lang: string) => values.flatMap((v) => [v, readLocation(v, lang).label, readLocation(v, 'en').label]);

type TextField = 'purpose' | 'retention' | 'transfer' | 'notes';

/** A column of plain text from one field. */
function textColumn(key: ColumnKey & TextField, label: StringKey, minEm: number, extra: Partial<Column> = {}): Column {
  return {
    key,
    label,
    minEm,
    has: (e) => filled(e[key]),
    cell: (e) => (filled(e[key]) ? { kind: 'text', text: e[key]!.trim() } : { kind: 'none' }),
    sortKey: (e) => nonEmpty(e[key]),
    search: (e) => [e[key]],
    width: (e) => len(e[key]),
    ...extra,
  };
}

export const COLUMNS: readonly Column[] = [
  {
    key: 'name',
    label: 'colName',
    minEm: 6,
    has: () => true,
    cell: (e, ctx) => ({ kind: 'name', name: e.name.trim(), href: safeUrl(e.url, ctx.base), service: displayedService(e) }),
    sortKey: (e) => {
      const service = displayedService(e);
      return service ? `${e.name.trim()} ${service}` : e.name.trim();
    },
    search: (e) => [e.name, displayedService(e)],
    width: (e) => Math.max(len(e.name), len(displayedService(e))),
  },
  textColumn('purpose', 'colPurpose', 6),
  {
    key: 'entity-location',
    label: 'colEntityLocation',
    minEm: 6,
    has: (e) => filled(e.entityLocation),
    cell: (e, ctx) =>
      filled(e.entityLocation) ? { kind: 'places', places: [placeFacts(e.entityLocation, e.transfer, ctx.lang, ctx.t)] } : { kind: 'none' },
    sortKey: (e, lang) => (filled(e.entityLocation) ? readLocation(e.entityLocation, lang).label : undefined),
    search: (e, ctx) => (filled(e.entityLocation) ? placeNames([e.entityLocation], ctx.lang) : []),
    width: (e) => (filled(e.entityLocation) ? 20 : 0),
  },
  {
    key: 'data-locations',
    label: 'colDataLocations',
    minEm: 6,
    has: (e) => dataPlaces(e).length > 0,
    cell: (e, ctx) => {
      const places = dataPlaces(e);
      return places.length ? { kind: 'places', places: places.map((p) => placeFacts(p, e.transfer, ctx.lang, ctx.t)) } : { kind: 'none' };
    },
    sortKey: (e, lang) => {
      const labels = dataPlaces(e).map((v) => readLocation(v, lang).label);
      return labels.length ? labels.join(', ') : undefined;
    },
    search: (e, ctx) => placeNames(dataPlaces(e), ctx.lang),
    width: (e) => dataPlaces(e).length * 16,
  },
  {
    key: 'data',
    label: 'colData',
    minEm: 6,
    has: (e) => codesOf(e).length > 0 || filled(e.data),
    cell: (e, ctx) => {
      const chips = codesOf(e).map((code) => chipFacts(code, ctx.categories, ctx.t));
      const text = nonEmpty(e.data);
      return chips.length || text ? { kind: 'data', chips, text } : { kind: 'none' };
    },
    sortKey: (e) => nonEmpty([...codesOf(e), e.data ?? ''].join(' ')),
    search: (e, ctx) => [
      e.data,
      ...codesOf(e).flatMap((code) => {
        const c = ctx.categories.get(code)?.category;
        return [code, c?.label, c?.subject];
      }),
    ],
    width: (e) => codesOf(e).length * 5 + len(e.data),
  },
  textColumn('retention', 'colRetention', 5, {
    sortKey: (e) => durationDays(e.retention) ?? nonEmpty(e.retention),
  }),
  textColumn('transfer', 'colTransfer', 5),
  {
    key: 'dpa',
    label: 'colDpa',
    minEm: 4,
    has: (e) => filled(e.dpa),
    cell: (e, ctx) => {
      if (!filled(e.dpa)) return { kind: 'none' };
      // A DPA is a link when it is a safe URL; a note ("on request") or an
      // unsafe URL is shown as text, so the reader still sees what the registry says.
      const href = safeUrl(e.dpa, ctx.base);
      return href
        ? { kind: 'link', href, text: ctx.t.colDpa, label: fill(ctx.t.dpaOf, { name: e.name.trim() }) }
        : { kind: 'link', text: e.dpa.trim() };
    },
    sortKey: (e) => nonEmpty(e.dpa),
    search: () => [],
    width: (e) => (filled(e.dpa) ? 4 : 0),
  },
  {
    key: 'added',
    label: 'colAdded',
    minEm: 6,
    has: (e) => filled(e.added),
    cell: (e, ctx) => {
      const text = dateText(e.added, ctx.lang);
      return text ? { kind: 'date', iso: e.added!, text } : { kind: 'none' };
    },
    sortKey: (e) => nonEmpty(e.added),
    search: () => [],
    width: (e) => (e.added ? 12 : 0),
  },
  textColumn('notes', 'colNotes', 6),
];

export const COLUMN: Readonly<Record<ColumnKey, Column>> = Object.fromEntries(COLUMNS.map((c) => [c.key, c])) as Record<ColumnKey, Column>;
export const COLUMN_KEYS: readonly ColumnKey[] = COLUMNS.map((c) => c.key);

export function isColumnKey(key: string): key is ColumnKey {
  return Object.hasOwn(COLUMN, key);
}

/** The columns some entry fills, in the standard order. */
export function usedColumns(entries: readonly Subprocessor[]): ColumnKey[] {
  return COLUMNS.filter((c) => entries.some((e) => c.has(e))).map((c) => c.key);
}

/** The `columns` attribute's valid keys, in its order and without repeats; else the columns some entry fills. */
export function chooseColumns(attr: string | undefined, entries: readonly Subprocessor[]): ColumnKey[] {
  const asked = [...new Set(typeof attr === 'string' ? attr.split(/\s+/) : [])].filter(isColumnKey);
  return asked.length ? asked : usedColumns(entries);
}

/**
 * A cell as one line of text. `read`: the text of the cell in the table,
 * the cards and the static page (pieces apart by spaces; a DPA link's
 * fuller name is its accessible name); `export`: what a spreadsheet
 * gets (the same, but a link's address instead of its label, dates as
 * `YYYY-MM-DD`, which spreadsheets sort and read in any language, and each
 * category code with its label, since a spreadsheet has no tooltips).
 */
export function cellText(facts: CellFacts, mode: 'read' | 'export' = 'read'): string {
  const read = mode === 'read';
  switch (facts.kind) {
    case 'none':
      return '';
    case 'name':
      return facts.service ? (read ? `${facts.name} ${facts.service}` : `${facts.name} (${facts.service})`) : facts.name;
    case 'places':
      return facts.places.map((p) => p.label).join(read ? ' ' : ', ');
    case 'data': {
      // A spreadsheet has no tooltips: what a code means goes beside it.
      const codes = facts.chips.map((c) => (!read && c.label ? `${c.code} (${c.label})` : c.code));
      return [codes.join(read ? ' ' : ', '), facts.text ?? ''].filter(Boolean).join(read ? ' ' : ' — ');
    }
    case 'link':
      return read ? facts.text : (facts.href ?? facts.text);
    case 'date':
      return read ? facts.text : facts.iso;
    case 'text':
      return facts.text;
  }
}

/**
 * Share of the width each column gets when widths are set up front rather
 * than by the browser's table layout (long lists): grows with the column's
 * typical text length, damped so that no column starves.
 */
export function columnShares(entries: readonly Subprocessor[], columns: readonly ColumnKey[]): number[] {
  // A sample is enough to know a column's typical length, and keeps this cheap for 10,000 entries.
  const step = Math.max(1, Math.floor(entries.length / 200));
  return columns.map((key) => {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < entries.length; i += step, n++) sum += COLUMN[key].width(entries[i]);
    const average = n ? sum / n : 0;
    return Math.round(Math.min(4, Math.max(1, Math.sqrt(average / 6))) * 100) / 100;
  });
}

/** Average advance of a character in a word, in em, where the font is not measured (the static page). */
export const CHAR_EM = 0.6;
/** Cell padding, badge and chip chrome (padding, border), in em, with a little to spare; the styles beside the row builder set them. */
const CELL_EM = 1.3;
const BADGE_EM = 1.2;
const CHIP_EM = 0.9;
/** Bold text is about this much wider than regular (headers, names). */
const BOLD = 1.12;
/** No floor beyond this: a longer word breaks rather than take the row. */
const MAX_FLOOR_EM = 14;

/**
 * The width of the widest run of characters in `text` with no
 * line-break opportunity (a space, or after a hyphen: browsers do not
 * break after a slash between letters), read up
 * to the read cap, or `atLeast` if none is wider. `width` is asked only
 * for runs that could be wider (no character is wider than 1.2 em), so
 * most words of a column are never measured.
 */
function widestWord(text: string, width: (word: string) => number, atLeast: number): number {
  let best = atLeast;
  let start = 0;
  const end = Math.min(text.length, 2048);
  const run = (i: number) => {
    if ((i - start) * 1.2 > best) best = Math.max(best, width(text.slice(start, i)));
  };
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      run(i);
      start = i + 1;
    } else if (c === 45) {
      run(i + 1);
      start = i + 1;
    }
  }
  run(end);
  return best;
}

const byLength = (word: string): number => word.length * CHAR_EM;

/**
 * The narrowest width of each column, in `em`, such that no word in it
 * (its header's included) has to break: the data decides, from a sample,
 * between the column's own minimum and a cap. Widths are set up front
 * from these (every table of a list shares them), not laid out by the
 * browser. `width` gives a word's width in `em` of the list's font; where
 * nothing can measure (the static page), an average advance stands in.
 */
export function columnFloors(
  entries: readonly Subprocessor[],
  columns: readonly ColumnKey[],
  ctx: CellContext,
  width: (word: string) => number = byLength,
  /** Whether the header carries a sort arrow beside its name. */
  sortable = true,
): number[] {
  const step = Math.max(1, Math.floor(entries.length / 200));
  return columns.map((key, index) => {
    const column = COLUMN[key];
    // The first column has more padding at the start.
    const cell = CELL_EM + (index === 0 ? 0.3 : 0);
    // Header words are bold and carry a sort arrow.
    let floor = widestWord(ctx.t[column.label], width, 0) * BOLD + cell + (sortable ? 1 : 0);
    /** The widest word of `text`, scaled by `k` and with `chrome` added, where that widens the column (else 0). */
    const fit = (text: string, k: number, chrome = 0): number => {
      const need = (floor - cell - chrome) / k;
      const w = text ? widestWord(text, width, need) : 0;
      return w > need ? w * k + chrome : 0;
    };
    for (let i = 0; i < entries.length; i += step) {
      const facts = column.cell(entries[i], ctx);
      const words =
        facts.kind === 'places'
          ? Math.max(0, ...facts.places.map((p) => fit(p.label, 0.9, BADGE_EM + (p.flag ? 1.3 : 0))))
          : facts.kind === 'data'
            ? Math.max(fit(facts.text ?? '', 1), ...facts.chips.map((c) => fit(c.code, 0.85, CHIP_EM)))
            : facts.kind === 'name'
              ? Math.max(fit(facts.name, BOLD), fit(facts.service ?? '', 0.9))
              : facts.kind === 'date'
                ? width(facts.text) // a date stays on one line
                : facts.kind === 'none'
                  ? 0
                  : fit(cellText(facts), 1);
      floor = Math.max(floor, words + cell);
    }
    return Math.ceil(Math.min(MAX_FLOOR_EM, Math.max(column.minEm, floor)) * 10) / 10;
  });
}

const SOFT_HYPHEN = '\u00AD';
const hintsFor = new Map<string, Map<string, string>>();

/**
 * A column's name as printed: its long words carry soft hyphens where the
 * language's `breaks` says. Where the browser cannot hyphenate the language
 * (Chromium on Linux has no dictionaries), "Unterauftragsverarbeiter" is
 * otherwise one unbreakable word, and a German table is wider than the
 * page. Only the printed header uses this; every other form of the name
 * (screen, screen readers, exports) stays as written.
 */
export function paperLabel(key: ColumnKey, t: Strings): string {
  const label = t[COLUMN[key].label];
  const breaks = t.breaks;
  if (!breaks) return label;
  let hints = hintsFor.get(breaks);
  if (!hints) {
    hints = new Map();
    for (const word of breaks.slice(0, 4096).split(' ')) if (word.includes('|')) hints.set(word.replaceAll('|', ''), word.replaceAll('|', SOFT_HYPHEN));
    if (hintsFor.size < 16) hintsFor.set(breaks, hints);
  }
  return label
    .split(' ')
    .map((word) => hints.get(word) ?? word)
    .join(' ');
}
