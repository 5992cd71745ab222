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
import { MAX_READ_LENGTH } from '../lib/text.js';
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

/** An entry's standing as a whole: a place's, or `unstated` when it gives no data location. */
export type EntryRegion = RegionClass | 'unstated';

// What an entry's `transfer` must name for a partial adequacy decision to cover it: the
// Data Privacy Framework in the US; in Canada, the commercial-organisation scope (PIPEDA)
// or the adequacy decision itself. In the five languages the element speaks, by the
// names the Commission's texts use (EU-US-Datenschutzrahmen, cadre de protection des
// données UE-États-Unis, EU-VS-kader inzake gegevensbescherming, Marco de Privacidad de
// Datos UE-EE. UU.). Word alternations: linear in the text's length.
const DPF = /\b(?:dpf|data privacy framework|datenschutzrahmen|cadre de protection des données|kader inzake gegevensbescherming|marco de privacidad de datos)\b/i;
const CANADA = /\b(?:pipeda|lprpde|commercial organi[sz]ations?|adequacy|angemessenheit\w*|adéquation|adequaatheid\w*|adecuación)\b/i;

/** Which partial decisions an entry's transfer text claims: 'u' (US), 'c' (Canada). */
function claims(transfer: string | undefined): string {
  const text = typeof transfer === 'string' ? transfer.slice(0, MAX_READ_LENGTH) : '';
  return `${DPF.test(text) ? 'u' : ''}${CANADA.test(text) ? 'c' : ''}`;
}

const standingOf = memo((key: string): Standing => {
  const cut = key.indexOf('\u0000');
  const claimed = key.slice(0, cut);
  const value = key.slice(cut + 1);
  const code = locationCode(value);
  let region = classifyLocation(value);
  const partial = region === 'adequate' && !!code && adequacyIsPartial(code);
  // A partial decision covers the entry only when the list says it does; otherwise that country is a third country for it.
  if (partial && !claimed.includes(code === 'US' ? 'u' : 'c')) region = 'third';
  return { region, code, partial, needsSafeguard: region === 'third' };
});

/**
 * The standing of one location value, for an entry whose safeguard is
 * `transfer`: in the US (or Canada) the adequacy decision counts only when
 * the entry's transfer names the Data Privacy Framework (or PIPEDA's scope).
 */
export function standing(value: string, transfer?: string): Readonly<Standing> {
  return standingOf(`${claims(transfer)}\u0000${value}`);
}

/** Where data in this place stands under the GDPR, in a sentence. */
export function regionText(s: Pick<Standing, 'region' | 'code' | 'partial'>, t: Strings): string {
  const us = s.code === 'US';
  switch (s.region) {
    case 'eea':
      return t.regionEea;
    case 'adequate':
      return us ? t.regionUs : s.partial ? t.regionAdequatePartial : t.regionAdequate;
    case 'third':
      return s.partial ? (us ? t.regionUsUncovered : t.regionCaUncovered) : t.regionThird;
    default:
      return t.regionUnknown;
  }
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

/**
 * The full facts of a place for one entry: the explanation names the
 * entry's own safeguard (or says none is named), so it depends on the
 * entry's `transfer` as well as on the place.
 */
export function placeFacts(value: string, transfer: string | undefined, lang: string, t: Strings): PlaceFacts {
  const s = standing(value, transfer);
  const { code, label } = readLocation(value, lang);
  const named = transfer?.trim();
  let explanation = `${label}: ${regionText(s, t)}`;
  if (s.region !== 'eea' && named) explanation += ` ${fill(t.transferNamed, { transfer: named })}`;
  else if (s.needsSafeguard) explanation += ` ${t.transferMissing}`;
  return { ...s, value, label, flag: code && code.length === 2 ? code : undefined, explanation, wraps: label.length > 28 };
}

/**
 * Where an entry's data is, as a whole: `eea` when every data location is
 * in the EEA, the worst known place outside it otherwise, `unknown` when
 * none can be placed, and `unstated` when the entry gives no data location
 * (the company's seat says nothing about where the data is).
 */
export function entryRegion(e: Subprocessor): EntryRegion {
  const classes = dataPlaces(e).map((p) => standing(p, e.transfer).region);
  if (!classes.length) return 'unstated';
  if (classes.includes('third')) return 'third';
  if (classes.includes('adequate')) return 'adequate';
  return classes.every((c) => c === 'eea') ? 'eea' : 'unknown';
}

/** The codes of the places an entry's data is in, for the location filter. */
export function entryPlaceCodes(e: Subprocessor): Set<string> {
  return new Set(dataPlaces(e).map((p) => standing(p).code).filter((c): c is string => !!c));
}

/** The places of an entry (data and entity) that need a safeguard the entry does not name. */
export function missingSafeguards(e: Subprocessor): string[] {
  if (e.transfer?.trim()) return [];
  const places = [...dataPlaces(e), ...(e.entityLocation?.trim() ? [e.entityLocation] : [])];
  return [...new Set(places.filter((p) => standing(p).needsSafeguard))];
}
