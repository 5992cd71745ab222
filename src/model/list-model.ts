/**
 * The list model: everything the forms of a list show, derived once from a
 * loaded registry, the reader's language and words, and the options. The
 * element builds it in `willUpdate` when one of its inputs changed; the
 * static page builds the same model in Node. Renderers only read it.
 */
import type { Problem, Registry, LocalizedText, Subprocessor } from '../lib/types.js';
import type { Strings } from '../lib/strings.js';
import { plural } from '../lib/strings.js';
import { localizeRegistry } from '../lib/localize.js';
import { chooseColumns, columnFloors, columnShares, type CellContext, type ColumnKey } from './columns.js';
import { categoryIndex } from './category.js';
import { recentlyChanged, type MarkerContext } from './markers.js';
import { anchors } from './entry.js';
import { headerFacts, type HeaderFacts } from './header.js';
import { legendFacts, type LegendFacts } from './legend.js';
import { changesFacts, type ChangesFacts } from './changes.js';
import { badgeKinds, summaryText } from './summary.js';
import type { RegionClass } from './place.js';
import { countryOptions, indexEntries, subjectOptions, type Indexed, type Option } from './search.js';
import { count } from './format.js';

export interface ListOptions {
  /** The `columns` attribute, as written. */
  columns?: string;
  /** The `heading-level` attribute, as given: anything but a whole number 1–5 means 2. */
  headingLevel?: unknown;
  flags?: boolean;
  /** `YYYY-MM-DD`. */
  today: string;
  /** As given; anything but a number ≥ 0 means the default. */
  newDays?: unknown;
  staleDays?: unknown;
  /** A word's width in `em` of the list's font, where it can be measured (column widths come from it). */
  measure?: (word: string) => number;
}

export interface ListModel {
  registry: Registry;
  lang: string;
  t: Strings;
  base?: string;
  /** What cells and markers need beyond their entry. */
  ctx: CellContext & MarkerContext;
  columns: ColumnKey[];
  /**
   * The column tracks every table of the list shares (CSS grid tracks):
   * each column its share of the width, never less than its narrowest
   * useful width; and that narrowest width of the whole row, in `em`.
   */
  tracks: string;
  /** Each entry's stable anchor (`#twilio-inc`). */
  anchors: Map<Subprocessor, string>;
  /** Each column's narrowest width, in `em` (see `columnFloors`). */
  floors: number[];
  minWidthEm: number;
  /** Level of the title heading (1–5); groups take the next level. */
  headingLevel: number;
  flags: boolean;
  staleDays: number;
  header: HeaderFacts;
  index: Indexed[];
  summary?: string;
  /** The badge colours the list shows, for the key beside the summary. */
  badgeKinds: RegionClass[];
  legend?: LegendFacts;
  changes?: ChangesFacts;
  countries: Option[];
  groups: Option[];
  subjects: string[];
  problems: readonly Problem[];
}

export const DEFAULT_NEW_DAYS = 30;
export const DEFAULT_STALE_DAYS = 180;

const days = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback);

export function headingLevelOf(v: unknown): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? v : 2;
}

export function buildListModel(
  loaded: { registry: Registry<LocalizedText>; problems: readonly Problem[]; base?: string },
  o: ListOptions,
  lang: string,
  t: Strings,
): ListModel {
  const r = localizeRegistry(loaded.registry, lang);
  const staleDays = days(o.staleDays, DEFAULT_STALE_DAYS);
  const newDays = days(o.newDays, DEFAULT_NEW_DAYS);
  const ctx = { lang, t, base: loaded.base, categories: categoryIndex(r), today: o.today, newDays, changed: recentlyChanged(r.changes, o.today, newDays) };
  const index = indexEntries(r.subprocessors, ctx);
  const used = new Set(r.subprocessors.map((e) => e.group));
  const columns = chooseColumns(o.columns, r.subprocessors);
  const shares = columnShares(r.subprocessors, columns);
  const floors = columnFloors(r.subprocessors, columns, ctx, o.measure);
  return {
    registry: r,
    lang,
    t,
    base: loaded.base,
    ctx,
    columns,
    anchors: anchors(r.subprocessors),
    tracks: columns.map((_, i) => `minmax(${floors[i]}em, ${shares[i]}fr)`).join(' '),
    floors,
    minWidthEm: Math.round(floors.reduce((n, f) => n + f, 0) * 10) / 10,
    headingLevel: headingLevelOf(o.headingLevel),
    flags: o.flags !== false,
    staleDays,
    header: headerFacts(r, { lang, t, base: loaded.base, today: o.today, staleDays }),
    index,
    summary: summaryText(index, t, lang),
    badgeKinds: badgeKinds(r.subprocessors),
    legend: legendFacts(r, t),
    changes: changesFacts(r, t, lang),
    countries: countryOptions(index, lang),
    groups: (r.groups ?? []).filter((g) => used.has(g.id)).map((g) => ({ value: g.id, label: g.title?.trim() || g.id })),
    subjects: subjectOptions(r.categories ?? [], index),
    problems: loaded.problems,
  };
}

/** "12 sub-processors", or "Showing 4 of 12 sub-processors" while filtering. */
export function statusText(m: ListModel, shown: number | undefined): string {
  const total = m.registry.subprocessors.length;
  return shown === undefined
    ? plural(m.t.count, total, m.lang)
    : plural(m.t.showing, total, m.lang, { count: count(shown, m.lang), total: count(total, m.lang) });
}
