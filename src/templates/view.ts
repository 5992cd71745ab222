/**
 * What every template needs to know, computed by the element and passed
 * down, so templates stay pure functions. Every field but `sort` keeps its
 * identity until the registry, language or options change: the table rows
 * (rows.ts) are rebuilt whenever one of them is a new value.
 */
import type { Registry, Subprocessor } from '../lib/types.js';
import type { Strings } from '../lib/strings.js';
import type { ColumnKey } from '../lib/columns.js';
import type { SortSpec } from '../lib/sort.js';

export interface View {
  registry: Registry;
  lang: string;
  t: Strings;
  /** Base URL for the registry's relative links. */
  base?: string;
  columns: ColumnKey[];
  /** Position of each category code in the registry, for description ids. */
  categoryIndex: Map<string, number>;
  /** Whether to show flags (the no-flags attribute turns them off). */
  flags: boolean;
  /** Heading level of the title (2–6); groups get the next level. */
  headingLevel: number;
  sort?: SortSpec;
  /** Today, `YYYY-MM-DD` (the `today` attribute, or the reader's clock). */
  today: string;
  /** Entries added within this many days are marked New. */
  newDays: number;
  /** After this many days the last-updated date is marked stale. */
  staleDays: number;
  /** Whether the current search and filters hide an entry's row. */
  hidden: (e: Subprocessor) => boolean;
}
