/**
 * Place facts: what a location value means for the reader, decided once.
 *
 * The badge (label, colour, flag), its tooltip, what a screen reader hears,
 * the EEA summary, the location filter and `validate`'s safeguard warning
 * all read these facts, so they cannot disagree about a place. The raw
 * lookups (ISO codes, country names, the adequacy list) live in
 * `lib/locations.ts` and `lib/regions.ts`; this module turns them into
 * the standing of a place under the GDPR and the words that explain it.
 */
import { readLocation } from '../lib/locations.js';
import { adequacyIsPartial, classifyLocation, locationCode, type RegionClass } from '../lib/regions.js';
import { fill, type Strings } from '../lib/strings.js';
import { memo } from '../lib/memo.js';
import type { Subprocessor } from '../lib/types.js';
import { dataPlaces } from './entry.js';

export type { RegionClass };

/** Where a place stands, without words: enough for the summary, the filter and `validate`. */
export interface Standing {
  /** `eea`, `adequate`, `third` or `unknown` (free text we cannot place). */
  region: RegionClass;
  /** The ISO code (or `EU`/`EEA`) the value names, if any. */
  code?: string;
  /** An adequacy decision that covers only some recipients there (the US, Canada). */
  partial: boolean;
  /** Whether data there needs a transfer safeguard named in the list. */
  needsSafeguard: boolean;
}

export interface PlaceFacts extends Standing {
  /** The value as the registry writes it. */
  value: string;
  /** What the badge says: the country's name in the reader's language, or the value as written. */
  label: string;
  /** A two-letter country code to draw a flag for, when the value is a country. */
  flag?: string;
  /** The badge's explanation, for the tooltip and the screen reader alike. */
  explanation: string;
  /** A label too long to keep on one line (free text): it may wrap. */
  wraps: boolean;
}

/** The standing of one location value. */
export const standing: (value: string) => Readonly<Standing> = memo((value: string): Standing => {
  const region = classifyLocation(value);
  const code = locationCode(value);
  const partial = region === 'adequate' && !!code && adequacyIsPartial(code);
  return { region, code, partial, needsSafeguard: region === 'third' || partial };
});

/** Where data in this place stands under the GDPR, in a sentence. */
export function regionText(s: Pick<Standing, 'region' | 'code' | 'partial'>, t: Strings): string {
  switch (s.region) {
    case 'eea':
      return t.regionEea;
    case 'adequate':
      return s.code === 'US' ? t.regionUs : s.partial ? t.regionAdequatePartial : t.regionAdequate;
    case 'third':
      return t.regionThird;
    default:
      return t.regionUnknown;
  }
}

/**
 * The full facts of a place for one entry: the explanation names the
 * entry's own safeguard (or says none is named), so it depends on the
 * entry's `transfer` as well as on the place.
 */
export function placeFacts(value: string, transfer: string | undefined, lang: string, t: Strings): PlaceFacts {
  const s = standing(value);
  const { code, label } = readLocation(value, lang);
  const named = transfer?.trim();
  let explanation = `${label}: ${regionText(s, t)}`;
  if (s.region !== 'eea' && named) explanation += ` ${fill(t.transferNamed, { transfer: named })}`;
  else if (s.needsSafeguard) explanation += ` ${t.transferMissing}`;
  return { ...s, value, label, flag: code && code.length === 2 ? code : undefined, explanation, wraps: label.length > 28 };
}

/**
 * Where an entry's data is, as a whole: `eea` when every place is in the
 * EEA, the worst known place outside it otherwise, `unknown` when nothing
 * can be placed. Data locations count; the entity's location stands in
 * only when no data location is given.
 */
export function entryRegion(e: Subprocessor): RegionClass {
  const data = dataPlaces(e);
  const places = data.length ? data : e.entityLocation?.trim() ? [e.entityLocation] : [];
  const classes = places.map((p) => standing(p).region);
  if (!classes.length) return 'unknown';
  if (classes.includes('third')) return 'third';
  if (classes.includes('adequate')) return 'adequate';
  return classes.every((c) => c === 'eea') ? 'eea' : 'unknown';
}

/** The codes of the places an entry's data is in (its data locations, else its entity's), for the location filter. */
export function entryPlaceCodes(e: Subprocessor): Set<string> {
  const data = dataPlaces(e);
  const places = data.length ? data : e.entityLocation?.trim() ? [e.entityLocation] : [];
  return new Set(places.map((p) => standing(p).code).filter((c): c is string => !!c));
}

/** The places of an entry (data and entity) that need a safeguard the entry does not name. */
export function missingSafeguards(e: Subprocessor): string[] {
  if (e.transfer?.trim()) return [];
  const places = [...dataPlaces(e), ...(e.entityLocation?.trim() ? [e.entityLocation] : [])];
  return [...new Set(places.filter((p) => standing(p).needsSafeguard))];
}
