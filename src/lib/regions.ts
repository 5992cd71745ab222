/**
 * Where data stands under the GDPR, by location.
 *
 * - `eea`: inside the European Economic Area (the 27 EU member states plus
 *   Iceland, Liechtenstein and Norway); no transfer rules apply.
 * - `adequate`: a country the European Commission has found to offer an
 *   adequate level of protection (GDPR Art. 45); data may flow there freely.
 * - `third`: any other place (including "worldwide"); a transfer safeguard
 *   such as Standard Contractual Clauses is needed (Art. 46).
 * - `unknown`: free text we cannot place.
 *
 * Source: European Commission, "Adequacy decisions"
 * (https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en).
 * Last checked: 2026-11-23. Keep ADEQUACY_CHECKED in step when editing.
 * (The European Patent Organisation also has one, since July 2025, but it is
 * an international organisation, not a place data is stored.)
 */
import { regionNames } from './intl.js';
import { memo } from './memo.js';
import { MAX_READ_LENGTH, words } from './text.js';

export type RegionClass = 'eea' | 'adequate' | 'third' | 'unknown';

export const ADEQUACY_SOURCE =
  'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en';
export const ADEQUACY_CHECKED = '2026-11-23';

// EU member states (ISO codes; Greece is GR, not EL) and the EEA's EFTA members.
const EEA = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' '),
);

/**
 * Countries with an adequacy decision. Some are partial: Canada covers
 * commercial organisations under PIPEDA; the United States covers only
 * companies certified under the EU-US Data Privacy Framework, so for a US
 * vendor the decision applies only if that vendor is certified.
 */
const ADEQUATE: Record<string, 'full' | 'partial'> = {
  AD: 'full', // Andorra
  AR: 'full', // Argentina
  BR: 'full', // Brazil (Implementing Decision (EU) 2026/179, January 2026)
  CA: 'partial', // Canada: commercial organisations (PIPEDA)
  CH: 'full', // Switzerland
  FO: 'full', // Faroe Islands
  GB: 'full', // United Kingdom (renewed December 2025, until December 2031)
  GG: 'full', // Guernsey
  IL: 'full', // Israel
  IM: 'full', // Isle of Man
  JE: 'full', // Jersey
  JP: 'full', // Japan
  KR: 'full', // Republic of Korea
  NZ: 'full', // New Zealand
  US: 'partial', // United States: only companies certified under the EU-US Data Privacy Framework
  UY: 'full', // Uruguay
};

/** Whether an adequacy decision covers only some recipients in the country. */
export function adequacyIsPartial(code: string): boolean {
  return Object.hasOwn(ADEQUATE, code) && ADEQUATE[code] === 'partial';
}

const WORLDWIDE = /\b(world\s*wide|global(ly)?|international|weltweit|mondial|wereldwijd|mundial|varies|various|multiple)\b/i;
const CLOUD_EU = /\beu-(central|west|north|south)-\d\b|\beurope-(west|north|central|southwest)\d?\b/i;
/**
 * Names and abbreviations of places that Intl's English names do not give,
 * by their key (`words`: folded, punctuation as spaces): common English
 * forms ("USA", "U.S.", "UK", "Czech Republic", "Turkey", "UAE"), the
 * forms of the US, the UK, the Czech Republic and the EEA in the other four
 * languages, and the EEA, which Intl does not name. The element, `validate`
 * and the converter read places through this one table (the converter adds
 * Intl's names in all five languages).
 */
export const PLACE_ALIASES: Readonly<Record<string, string>> = {
  uk: 'GB', el: 'GR', vs: 'US', ue: 'EU', us: 'US', eu: 'EU',
  'united states of america': 'US', 'the united states': 'US', america: 'US', usa: 'US',
  'vereinigte staaten von amerika': 'US', 'etats unis d amerique': 'US', 'verenigde staten van amerika': 'US',
  'estados unidos de america': 'US', eeuu: 'US',
  'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  grossbritannien: 'GB', 'grande bretagne': 'GB', 'gran bretana': 'GB', 'groot brittannie': 'GB', engeland: 'GB', angleterre: 'GB', inglaterra: 'GB',
  'the netherlands': 'NL', holland: 'NL', 'republic of ireland': 'IE',
  'czech republic': 'CZ', 'tschechische republik': 'CZ', 'republique tcheque': 'CZ', 'tsjechische republiek': 'CZ', 'republica checa': 'CZ',
  turkey: 'TR', 'republic of korea': 'KR', 'south korea': 'KR', korea: 'KR', 'russian federation': 'RU', macau: 'MO', 'ivory coast': 'CI',
  burma: 'MM', uae: 'AE', 'hong kong sar': 'HK',
  eea: 'EEA', ewr: 'EEA', eer: 'EEA', eee: 'EEA',
  'european economic area': 'EEA', 'europaischer wirtschaftsraum': 'EEA', 'espace economique europeen': 'EEA',
  'europese economische ruimte': 'EEA', 'espacio economico europeo': 'EEA',
};

/** The code an alias stands for ("U.S." → US, "EWR" → EEA); own keys only, so "constructor" (or what a polluted prototype adds) is none. */
export function aliasOf(text: string): string | undefined {
  const key = words(text);
  return Object.hasOwn(PLACE_ALIASES, key) ? PLACE_ALIASES[key] : undefined;
}

/**
 * Codes Intl names that are no place of their own, so never a location's
 * code (each would otherwise read as a third country): aliases and former
 * codes of countries that have another (UK is GB, DD Germany, DY Benin,
 * YU, SU, ZR …, and the old codes of Pacific islands some engines still
 * name: CT, JT, MI, PU, WK …), groupings and pseudo-regions (EZ, UN, QO,
 * XA, XB, ZZ), and parts of another country with a reserved code (IC the
 * Canary Islands and EA Ceuta and Melilla are Spain; AC, CP, DG, TA, CQ).
 * EU is a place here. The converter and the editor's place list use the
 * same set.
 */
const NOT_PLACES = new Set('AN BU CS CT DD DY FQ FX HV JT MI NH NQ NT PC PU PZ QU RH SU TP UK VD WK YD YU ZR EZ UN QO XA XB ZZ AC CP DG EA IC TA CQ'.split(' '));

/** Whether an upper-case two-letter code stands for a place of its own: not an alias (UK, EL), a former code, a grouping or a part of another country. */
export function isPlaceCode(upper: string): boolean {
  const alias = aliasOf(upper);
  return !NOT_PLACES.has(upper) && (!alias || alias === upper);
}

/**
 * Every code `names` gives a name, with that name, A–Z × A–Z, leaving out
 * what is no place (`isPlaceCode`). Engines answer an unknown code with
 * undefined, with the code itself, or by throwing: none of those is a name.
 */
export function namedPlaces(names: Intl.DisplayNames): [code: string, name: string][] {
  const out: [string, string][] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!isPlaceCode(code)) continue;
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (name && name.toUpperCase() !== code) out.push([code, name]);
    }
  }
  return out;
}

let englishNames: Map<string, string> | undefined;

/** English country name → ISO code, built once from Intl (A–Z × A–Z); a name two codes share keeps the first. */
function nameIndex(): Map<string, string> {
  if (englishNames) return englishNames;
  englishNames = new Map();
  for (const [code, name] of namedPlaces(regionNames('en'))) {
    const key = words(name);
    if (!englishNames.has(key)) englishNames.set(key, code);
  }
  return englishNames;
}

/** The ISO code a whole value names as a country name or alias ("Germany", "USA", "UK"), if any. */
export function codeForName(value: string): string | undefined {
  if (value.length > MAX_READ_LENGTH) return undefined;
  return aliasOf(value) ?? nameIndex().get(words(value));
}

/**
 * "Germany (Frankfurt)" → the part before the parentheses ("Germany") and
 * the part in the last pair ("Frankfurt"); both '' when `raw` (trimmed)
 * does not end with ")". Index arithmetic, not a pattern: linear whatever
 * the text.
 */
function parenthesised(raw: string): [before: string, inner: string] {
  if (!raw.endsWith(')')) return ['', ''];
  const close = raw.length - 1;
  const open = raw.lastIndexOf('(', close);
  const inner = open !== -1 && raw.indexOf(')', open) === close ? raw.slice(open + 1, close) : '';
  // The first "(" on the last line: the parentheses never span a line break.
  const line = Math.max(raw.lastIndexOf('\n'), raw.lastIndexOf('\r'), raw.lastIndexOf('\u2028'), raw.lastIndexOf('\u2029')) + 1;
  const first = raw.indexOf('(', line);
  return [first === -1 ? '' : raw.slice(0, first).trimEnd(), inner];
}

/**
 * The ISO code (or `EU`/`EEA`) a location value names, if any: a code
 * (`DE`, `UK`), an English country name (`Germany`), or a leading name or
 * code before parentheses (`Germany (Frankfurt)`, `EU (Frankfurt)`).
 * A value longer than MAX_READ_LENGTH names nothing.
 */
export function locationCode(value: string): string | undefined {
  // Checked before the memo, which would otherwise keep every long value.
  return value.length > MAX_READ_LENGTH ? undefined : codeOf(value);
}

const codeOf = memo((value): string | undefined => {
  const raw = value.trim();
  // "Germany (Frankfurt)", "São Paulo (BR)": the part before, then the part in, parentheses.
  const candidates = [raw, ...parenthesised(raw)];
  for (const c of candidates) {
    const upper = c.toUpperCase();
    if (upper === 'EU' || upper === 'EEA') return upper;
    const known = aliasOf(c);
    if (known) return known;
    // A two-letter code is a country when Intl names it (no need for the name index, which costs 676 look-ups to build).
    if (/^[A-Z]{2}$/i.test(c) && isPlaceCode(upper)) {
      const name = regionNames('en').of(upper);
      if (name && name.toUpperCase() !== upper) return upper;
    }
    const byName = nameIndex().get(words(c));
    if (byName) return byName;
  }
  return undefined;
});

/** Classifies one location value. */
export function classifyLocation(value: string): RegionClass {
  if (value.length > MAX_READ_LENGTH) return 'unknown';
  const code = locationCode(value);
  if (code === 'EU' || code === 'EEA') return 'eea';
  if (code) {
    if (EEA.has(code)) return 'eea';
    return Object.hasOwn(ADEQUATE, code) ? 'adequate' : 'third';
  }
  if (CLOUD_EU.test(value)) return 'eea';
  if (WORLDWIDE.test(value)) return 'third';
  return 'unknown';
}

/**
 * Where an entry's data is, as a whole: `eea` when every location is in the
 * EEA, `third` or `adequate` for the worst known place outside it,
 * `unknown` when nothing can be placed. Data locations count; the entity's
 * location stands in only when no data location is given.
 */
export function classifyEntry(dataLocations: readonly string[] | undefined, entityLocation?: string): RegionClass {
  const places = dataLocations?.filter((l) => l.trim()).length ? dataLocations : entityLocation?.trim() ? [entityLocation] : [];
  const classes = places.map(classifyLocation);
  if (!classes.length) return 'unknown';
  if (classes.includes('third')) return 'third';
  if (classes.includes('adequate')) return 'adequate';
  if (classes.every((c) => c === 'eea')) return 'eea';
  return 'unknown';
}
