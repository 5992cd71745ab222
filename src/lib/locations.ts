/**
 * How a registry's location values read to people.
 *
 * A location is an ISO 3166-1 alpha-2 code (`DE`), a region (`EU`, `EEA`)
 * or free text (`Worldwide`, `Frankfurt (eu-central-1)`). Codes become
 * country names in the reader's language; anything else is shown as written,
 * never as an error. A value is read whole (never cut at a control
 * character), and one longer than MAX_READ_LENGTH is text, unread.
 */
import { regionNames } from './intl.js';
import { MAX_READ_LENGTH } from './text.js';
import { codeForName, isPlaceCode } from './regions.js';
import { memo } from './memo.js';

export interface LocationLabel {
  /** The ISO code (upper case) when the value is one, else undefined. */
  code?: string;
  /** What to show. */
  label: string;
}

// Regions CLDR lacks.
const REGIONS: Record<string, Record<string, string>> = {
  EEA: {
    en: 'European Economic Area',
    de: 'Europäischer Wirtschaftsraum',
    fr: 'Espace économique européen',
    nl: 'Europese Economische Ruimte',
    es: 'Espacio Económico Europeo',
  },
};

const CODE = /^[A-Za-z]{2,3}$/;

function primary(lang: string): string {
  return lang.split('-')[0].toLowerCase();
}

/** Reads one location value: a code, a country's name or an alias ("USA", "UK"), or free text. */
export function readLocation(value: string, lang: string): Readonly<LocationLabel> {
  // Not remembered: a few long values would fill the memory for nothing.
  if (value.length > MAX_READ_LENGTH) return { label: value.trim() };
  return read(`${lang}\u0000${value}`);
}

const read = memo((key: string): LocationLabel => {
  // Language tags hold no NUL: the first one ends the tag, and the value is all the rest, NULs included.
  const cut = key.indexOf('\u0000');
  const lang = key.slice(0, cut);
  const raw = key.slice(cut + 1).trim();
  const upper = raw.toUpperCase();
  const code = (CODE.test(raw) && upper.length === 2 && isPlaceCode(upper) ? upper : undefined) ?? (Object.hasOwn(REGIONS, upper) ? upper : codeForName(raw));
  if (!code) return { label: raw };
  // The EEA by its code, its name or its abbreviation in any of the five languages ("EWR").
  const region = Object.hasOwn(REGIONS, code) ? REGIONS[code] : undefined;
  if (region) return { code, label: Object.hasOwn(region, primary(lang)) ? region[primary(lang)] : region.en };
  let name: string | undefined;
  try {
    name = regionNames(lang).of(code);
  } catch {
    name = undefined;
  }
  // `fallback: 'none'` gives undefined (or the code itself in some engines)
  // for codes CLDR does not know, such as "XX": show those as written.
  if (!name || name.toUpperCase() === code) return { label: raw };
  return { code, label: name };
});
