/**
 * "Data stays inside the EEA for 7 of 12 sub-processors. 4 in countries
 * with an EU adequacy decision, 1 in third countries." — from the same
 * entry regions the location filter uses.
 */
import { fill, plural, type Strings } from '../lib/strings.js';
import type { Indexed } from './search.js';
import { count } from './format.js';

export function summaryText(index: readonly Indexed[], t: Strings, lang: string): string | undefined {
  const total = index.length;
  const n = { eea: 0, adequate: 0, third: 0, unknown: 0 };
  for (const i of index) n[i.region]++;
  if (!total || n.eea + n.adequate + n.third === 0) return undefined;
  // The US and Canadian decisions cover only some recipients: say so.
  const partial = index.some((i) => i.region === 'adequate' && (i.places.has('US') || i.places.has('CA')));
  const fmt = (x: number) => count(x, lang);
  const rest = [
    n.adequate ? fill(partial ? t.summaryPartial : t.summaryAdequate, { count: fmt(n.adequate) }) : '',
    n.third ? fill(t.summaryThird, { count: fmt(n.third) }) : '',
    n.unknown ? fill(t.summaryUnknown, { count: fmt(n.unknown) }) : '',
  ].filter(Boolean);
  const head = plural(t.summary, total, lang, { count: fmt(n.eea), total: fmt(total) });
  return rest.length ? `${head} ${rest.join(', ')}.` : head;
}
