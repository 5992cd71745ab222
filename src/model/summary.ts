/**
 * "Data stays inside the EEA for 7 of 12 sub-processors. 4 in countries
 * with an EU adequacy decision, 1 in third countries." — from the same
 * entry regions the location filter uses; and which badge colours the list
 * shows, for the key beside it.
 */
import { fill, plural, type Strings } from '../lib/strings.js';
import type { Subprocessor } from '../lib/types.js';
import type { Indexed } from './search.js';
import { dataPlaces } from './entry.js';
import { standing, type RegionClass } from './place.js';
import { count } from './format.js';

export function summaryText(index: readonly Indexed[], t: Strings, lang: string): string | undefined {
  const total = index.length;
  const n = { eea: 0, adequate: 0, third: 0, unknown: 0, unstated: 0 };
  for (const i of index) n[i.region]++;
  // Nothing placed: no sentence about the EEA (a list that says nothing about where data is cannot be "0 of 14").
  if (!total || n.eea + n.adequate + n.third === 0) return undefined;
  const fmt = (x: number) => count(x, lang);
  const rest = [
    n.adequate ? fill(t.summaryAdequate, { count: fmt(n.adequate) }) : '',
    n.third ? fill(t.summaryThird, { count: fmt(n.third) }) : '',
    n.unknown ? fill(t.summaryUnknown, { count: fmt(n.unknown) }) : '',
    n.unstated ? fill(t.summaryUnstated, { count: fmt(n.unstated) }) : '',
  ].filter(Boolean);
  const head = plural(t.summary, total, lang, { count: fmt(n.eea), total: fmt(total) });
  return rest.length ? `${head} ${rest.join(', ')}.` : head;
}

/** The standings the list's badges show (data and entity locations), in the key's order. */
export function badgeKinds(entries: readonly Subprocessor[]): RegionClass[] {
  const seen = new Set<RegionClass>();
  for (const e of entries) {
    for (const p of dataPlaces(e)) seen.add(standing(p, e.transfer).region);
    if (e.entityLocation?.trim()) seen.add(standing(e.entityLocation, e.transfer).region);
  }
  return (['eea', 'adequate', 'third', 'unknown'] as const).filter((k) => seen.has(k));
}
