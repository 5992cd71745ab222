/**
 * Locations as the owner picks them: country names in the page's language
 * (`Intl.DisplayNames`), with `EU` and `EEA`, while the registry keeps the
 * ISO code; anything that names no country stays the free text it is.
 * DOM-free.
 */
import { regionNames } from '../lib/intl.js';
import { readLocation } from '../lib/locations.js';
import { codeForName, namedPlaces } from '../lib/regions.js';
import { fold } from '../lib/text.js';

export interface PlaceOption {
  code: string;
  label: string;
}

const cache = new Map<string, PlaceOption[]>();

/** `EU`, `EEA`, then every country and territory, by name in `lang`. */
export function placeOptions(lang: string): PlaceOption[] {
  const hit = cache.get(lang);
  if (hit) return hit;
  const countries: PlaceOption[] = [];
  const seen = new Set<string>();
  for (const [code, label] of namedPlaces(regionNames(lang))) {
    // EU and EEA come first, below; a name two codes share keeps the first.
    if (code === 'EU' || seen.has(label)) continue;
    seen.add(label);
    countries.push({ code, label });
  }
  countries.sort((x, y) => x.label.localeCompare(y.label, lang));
  const out = [
    { code: 'EU', label: readLocation('EU', lang).label },
    { code: 'EEA', label: readLocation('EEA', lang).label },
    ...countries,
  ];
  cache.set(lang, out);
  return out;
}

/** What a location value shows in the form: the country's name in `lang` for a code, else the value. */
export function placeLabel(value: string, lang: string): string {
  const code = value.trim().toUpperCase();
  const option = placeOptions(lang).find((o) => o.code === code);
  return option ? option.label : value;
}

/**
 * The value the registry keeps for what the owner typed or picked: the
 * code of a country named in `lang` or in English, or written as a code
 * (`de`, `EEA`); else the text itself, trimmed.
 */
export function placeValue(typed: string, lang: string): string {
  const text = typed.trim();
  if (!text) return '';
  const key = fold(text);
  const options = placeOptions(lang);
  const byName = options.find((o) => fold(o.label) === key);
  if (byName) return byName.code;
  const upper = text.toUpperCase();
  if (/^[A-Z]{2,3}$/.test(upper) && options.some((o) => o.code === upper)) return upper;
  return codeForName(text) ?? text;
}
