/**
 * The view of a list model: its entries in the reader's order and the set
 * the search and filters let through. Each is worked out again only when
 * the model, the order or the filters change, so other updates (an
 * announcement, a tooltip) cost nothing.
 */
import type { Subprocessor } from '../lib/types.js';
import { formatSort, parseSort, sortEntries } from '../lib/sort.js';
import { filterEntries, isFiltering, type Filters } from './search.js';
import type { ListModel } from './list-model.js';

export class ListView {
  #sorted?: { model: ListModel; key: string; entries: Subprocessor[] };
  #match?: { model: ListModel; key: string; set?: Set<Subprocessor> };

  /** All entries, in the order `sort` asks for. */
  sorted(m: ListModel, sort: string): { key: string; entries: Subprocessor[] } {
    const key = formatSort(parseSort(sort));
    if (this.#sorted?.model !== m || this.#sorted.key !== key) this.#sorted = { model: m, key, entries: sortEntries(m.registry.subprocessors, parseSort(key), m.lang) };
    return this.#sorted;
  }

  /** The entries the filters let through; undefined while nothing is filtered (or when printing: paper shows all). */
  matched(m: ListModel, f: Filters, printing: boolean): Set<Subprocessor> | undefined {
    const key = printing || !isFiltering(f) ? '' : JSON.stringify(f);
    if (this.#match?.model !== m || this.#match.key !== key) this.#match = { model: m, key, set: key ? new Set(filterEntries(m.index, f)) : undefined };
    return this.#match.set;
  }
}

/** The filters in effect: a location from a shared link that this list does not have filters nothing. */
export function effectiveFilters(m: ListModel | undefined, f: Filters): Filters {
  const known = !f.location || f.location === 'eea' || f.location === 'outside' || !m || m.countries.some((c) => c.value === f.location);
  return known ? f : { ...f, location: '' };
}
