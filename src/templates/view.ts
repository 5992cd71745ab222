/**
 * What every template needs to know, computed once per render by the
 * element and passed down, so templates stay pure functions.
 */
import type { Category, Registry } from '../lib/types.js';
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
  categories: Map<string, Category>;
  /** Heading level of the title (2–6); groups get the next level. */
  headingLevel: number;
  sort?: SortSpec;
}
