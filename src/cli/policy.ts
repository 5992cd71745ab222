/**
 * Policy warnings beyond the format: what an auditor would flag.
 */
import type { Registry } from '../lib/types.js';
import { missingSafeguards } from '../model/place.js';
import { displayName, identityKey } from '../model/entry.js';
import { daysBetween } from '../lib/dates.js';

export interface PolicyOptions {
  staleDays?: number;
  /** An entry's index in the file, for its index in the validated list (which skips entries that cannot be read). */
  fileIndex?: (i: number) => number;
  /** The same for a change. */
  changeIndex?: (i: number) => number;
}

export function policyWarnings(r: Registry, today: string, o: PolicyOptions = {}): string[] {
  const staleDays = o.staleDays ?? 180;
  const at = o.fileIndex ?? ((i: number) => i);
  const changeAt = o.changeIndex ?? ((i: number) => i);
  const out: string[] = [];
  const seen = new Map<string, number>();
  r.subprocessors.forEach((e, i) => {
    const where = `subprocessors[${at(i)}] (${displayName(e)})`;
    // The same place facts as the badges: a place that needs a safeguard is named with it.
    const missing = missingSafeguards(e);
    if (missing.length) out.push(`${where}: data or entity outside the EEA (${missing.join(', ')}) but no transfer safeguard`);
    // Unknown category codes are already problems of the format (validateRegistry).
    const key = identityKey(e);
    if (seen.has(key)) out.push(`${where}: same name${e.service ? ' and service' : ''} as subprocessors[${at(seen.get(key)!)}]`);
    else seen.set(key, i);
  });
  if (!r.updated) out.push('updated: the list has no date');
  else if (daysBetween(r.updated, today) > staleDays) out.push(`updated: last updated ${r.updated}, more than ${staleDays} days ago`);
  const names = new Set(r.subprocessors.map((e) => e.name.toLowerCase()));
  (r.changes ?? []).forEach((c, i) => {
    if (c.subprocessor && c.action?.toLowerCase() !== 'removed' && !names.has(c.subprocessor.toLowerCase())) {
      out.push(`changes[${changeAt(i)}]: "${c.subprocessor}" is not among the sub-processors`);
    }
  });
  return out;
}
