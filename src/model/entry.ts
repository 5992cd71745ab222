/**
 * Facts about one entry that every form of the list must agree on: which
 * service name is shown beside the legal name, what makes two entries the
 * same vendor, and which places hold its data.
 */
import type { Subprocessor } from '../lib/types.js';

const trimmed = (s: string | undefined): string => (typeof s === 'string' ? s.trim() : '');

/**
 * The service to show under the name: the trimmed `service`, when it says
 * something the name does not (`"Twilio "` beside `Twilio` says nothing).
 */
export function displayedService(e: Subprocessor): string | undefined {
  const service = trimmed(e.service);
  return service && service.toLowerCase() !== trimmed(e.name).toLowerCase() ? service : undefined;
}

/** "Twilio Inc. (Twilio)": the name as one line of text. */
export function displayName(e: Subprocessor): string {
  const service = displayedService(e);
  return service ? `${e.name.trim()} (${service})` : e.name.trim();
}

/**
 * Two entries are the same vendor when their names and displayed services
 * match, case aside. A JSON pair, not a join with a separator: a name that
 * holds the separator could pass for another entry.
 */
export function identityKey(e: Subprocessor): string {
  return JSON.stringify([trimmed(e.name).toLowerCase(), (displayedService(e) ?? '').toLowerCase()]);
}

/** The non-empty data locations, as written. */
export function dataPlaces(e: Subprocessor): string[] {
  return (e.dataLocations ?? []).filter((l) => typeof l === 'string' && l.trim() !== '');
}

/** Whether an entry says where its data is (only data locations count, never the company's seat). */
export function statesDataLocation(e: Subprocessor): boolean {
  return dataPlaces(e).length > 0;
}

/** A slug: lower-case letters and digits joined by single hyphens ("Élan & Co." → "elan-co"). */
export function slug(text: string): string {
  // Accents come apart from their letters (É → E + ´) and go; every other run of non-letters is one hyphen.
  const s = text.slice(0, 80).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
  let start = 0;
  let end = s.length;
  while (s[start] === '-') start++;
  while (end > start && s[end - 1] === '-') end--;
  return s.slice(start, end);
}

/**
 * A stable anchor for each entry, for links from an e-mail or a DPA annex
 * (`#twilio-inc`): the entry's `id` when it gives one, else its name, made
 * a slug and unique in the list. Ids the element uses itself start with
 * `spl-`, which no anchor does.
 */
export function anchors(entries: readonly Subprocessor[]): Map<Subprocessor, string> {
  const out = new Map<Subprocessor, string>();
  const taken = new Set<string>();
  for (const e of entries) {
    let base = slug(typeof e.id === 'string' && e.id.trim() ? e.id : e.name) || 'entry';
    if (base.startsWith('spl-')) base = `x-${base}`;
    let anchor = base;
    for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
    taken.add(anchor);
    out.set(e, anchor);
  }
  return out;
}
