/**
 * The element's own words (not the registry's), in English.
 *
 * Placeholders are `{name}`; `fill()` replaces them. Plural forms are keyed
 * by Intl.PluralRules categories (`one`, `other`, …). Any string can be
 * overridden through the element's `strings` property; `resolveStrings()`
 * keeps only overrides of the right type, so no override can break a
 * sentence or throw.
 */
import { formatCount, pluralRules } from './intl.js';

export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Strings {
  defaultTitle: string;
  loading: string;
  empty: string;
  noSource: string;
  retry: string;
  errorTitle: string;
  errorUrl: string;
  errorNetwork: string;
  errorHttp: string;
  errorTimeout: string;
  errorNotJson: string;
  errorHtml: string;
  errorInvalid: string;
  errorTooLarge: string;
  publishedBy: string;
  updated: string;
  contact: string;
  dpa: string;
  dpaOf: string;
  subscribe: string;
  otherGroup: string;
  count: Plural;
  showing: Plural;
  sortHint: string;
  sortBy: string;
  sorted: string;
  ascending: string;
  descending: string;
  search: string;
  searchLabel: string;
  filterLocation: string;
  filterAny: string;
  filterInsideEea: string;
  filterOutsideEea: string;
  filterCountries: string;
  filterGroup: string;
  filterSubject: string;
  noMatchQuery: string;
  noMatchFilters: string;
  reset: string;
  problems: Plural;
  problemsMore: Plural;
  scrollHint: string;
  colName: string;
  colPurpose: string;
  colEntityLocation: string;
  colDataLocations: string;
  colData: string;
  colRetention: string;
  colTransfer: string;
  colDpa: string;
  colAdded: string;
  colNotes: string;
  unknownCode: string;
  direct: string;
  indirect: string;
  maybeDirect: string;
  maybeIndirect: string;
  maybeDirectOrIndirect: string;
  notPersonal: string;
  regionEea: string;
  regionAdequate: string;
  regionAdequatePartial: string;
  regionCaUncovered: string;
  regionUs: string;
  regionUsUncovered: string;
  regionThird: string;
  regionUnknown: string;
  transferNamed: string;
  transferMissing: string;
  summary: Plural;
  summaryAdequate: string;
  summaryThird: string;
  summaryUnknown: string;
  summaryUnstated: string;
  keyLabel: string;
  keyEea: string;
  keyAdequate: string;
  keyThird: string;
  keyUnknown: string;
  legend: string;
  legendCode: string;
  legendData: string;
  legendDirect: string;
  legendIndirect: string;
  yes: string;
  no: string;
  maybe: string;
  showInLegend: string;
  markerNew: string;
  markerUpcoming: string;
  startsOn: string;
  markerRetiring: string;
  markerChanged: string;
  changedOn: string;
  endsOn: string;
  changes: string;
  latestChanges: string;
  allChanges: string;
  actionAdded: string;
  actionRemoved: string;
  actionChanged: string;
  noticeDays: string;
  noticeObjection: string;
  feed: string;
  stale: string;
  exportCsv: string;
  exportMarkdown: string;
  copied: string;
  skipList: string;
  listEnd: string;
  printedFrom: string;
  csvSection: string;
  copyFailed: string;
  /**
   * Where the long words of the column names may break on paper, for
   * browsers without hyphenation for the language: each word with `|` at
   * its break points, separated by spaces (German: `Speicher|dauer …`).
   */
  breaks: string;
}

export const en: Strings = {
  defaultTitle: 'Sub-processors',
  loading: 'Loading the list of sub-processors…',
  empty: 'This list has no sub-processors yet.',
  noSource: 'No list to show: this element has no src attribute, registry property or inline JSON.',
  retry: 'Try again',
  errorTitle: 'The list could not be loaded',
  errorUrl: '“{url}” is not a valid address.',
  errorNetwork: 'the server for {url} could not be reached (offline, or the server does not allow this site to read it).',
  errorHttp: 'the server answered {status} for {url}.',
  errorTimeout: 'the server did not answer within {seconds} seconds for {url}.',
  errorNotJson: '{url} is not valid JSON ({detail}).',
  errorHtml: '{url} returned a web page instead of JSON (perhaps a login page).',
  errorInvalid: 'it is not a sub-processor list ({detail}).',
  errorTooLarge: '{url} is larger than {limit} MB.',
  publishedBy: 'Published by',
  updated: 'Last updated',
  contact: 'Privacy contact',
  dpa: 'Data Processing Agreement',
  dpaOf: 'DPA of {name}',
  subscribe: 'Subscribe to changes',
  otherGroup: 'Other sub-processors',
  count: { one: '{count} sub-processor', other: '{count} sub-processors' },
  showing: { one: 'Showing {count} of {total} sub-processors', other: 'Showing {count} of {total} sub-processors' },
  sortHint: ', column headers with buttons are sortable.',
  sortBy: 'Sort by',
  sorted: 'Sorted by {column}, {direction}',
  ascending: 'ascending',
  descending: 'descending',
  search: 'Search',
  searchLabel: 'Search {title}',
  filterLocation: 'Data location',
  filterAny: 'Any',
  filterInsideEea: 'Inside the EEA',
  filterOutsideEea: 'Outside the EEA',
  filterCountries: 'Countries',
  filterGroup: 'Section',
  filterSubject: 'Data about',
  noMatchQuery: 'No sub-processor matches “{query}”.',
  noMatchFilters: 'No sub-processor matches these filters.',
  reset: 'Clear search and filters',
  problems: { one: '{count} problem in this list', other: '{count} problems in this list' },
  problemsMore: { other: '… and {count} more' },
  scrollHint: '{title} (scrolls sideways)',
  colName: 'Sub-processor',
  colPurpose: 'Purpose',
  colEntityLocation: 'Entity location',
  colDataLocations: 'Data location',
  colData: 'Personal data',
  colRetention: 'Retention',
  colTransfer: 'Transfer safeguard',
  colDpa: 'DPA',
  colAdded: 'Added',
  colNotes: 'Notes',
  unknownCode: 'Not defined in this list’s categories',
  direct: 'direct personal data',
  indirect: 'indirect personal data',
  maybeDirect: 'possibly direct personal data',
  maybeIndirect: 'possibly indirect personal data',
  maybeDirectOrIndirect: 'possibly direct or indirect personal data',
  notPersonal: 'not personal data on its own',
  regionEea: 'inside the EEA, where the GDPR applies.',
  regionAdequate: 'outside the EEA, in a country with an EU adequacy decision: data may flow there without further safeguards.',
  regionAdequatePartial: 'outside the EEA; covered by the EU adequacy decision for commercial organisations under PIPEDA, which this list names for this sub-processor.',
  regionCaUncovered: 'outside the EEA; unless this list says the EU adequacy decision for commercial organisations under PIPEDA applies, a third country for this sub-processor: transfers need a safeguard such as Standard Contractual Clauses.',
  regionUs: 'outside the EEA; covered by the EU adequacy decision through the EU-US Data Privacy Framework, which this list names for this sub-processor.',
  regionUsUncovered: 'outside the EEA; without a Data Privacy Framework certification named in this list, a third country for this sub-processor: transfers need a safeguard such as Standard Contractual Clauses.',
  regionThird: 'outside the EEA, in a third country: transfers need a safeguard such as Standard Contractual Clauses.',
  regionUnknown: 'a place this list does not pin down to a country.',
  transferNamed: 'Safeguard named in this list: {transfer}.',
  transferMissing: 'This list names no transfer safeguard for this sub-processor.',
  summary: {
    one: 'Data stays inside the EEA for {count} of {total} sub-processor.',
    other: 'Data stays inside the EEA for {count} of {total} sub-processors.',
  },
  summaryAdequate: '{count} in countries with an EU adequacy decision',
  summaryThird: '{count} in third countries',
  summaryUnknown: '{count} in places not pinned down',
  summaryUnstated: '{count} without a data location',
  keyLabel: 'Colours of places:',
  keyEea: 'inside the EEA',
  keyAdequate: 'EU adequacy decision',
  keyThird: 'third country (safeguard needed)',
  keyUnknown: 'not pinned down',
  legend: 'Data categories',
  legendCode: 'Code',
  legendData: 'Data',
  legendDirect: 'Direct personal data',
  legendIndirect: 'Indirect personal data',
  yes: 'Yes',
  no: 'No',
  maybe: 'Maybe',
  showInLegend: 'Show in the legend',
  markerNew: 'New',
  markerUpcoming: 'Upcoming',
  startsOn: 'starts {date} ({relative})',
  markerRetiring: 'Retiring',
  markerChanged: 'Changed',
  changedOn: '{date}',
  endsOn: 'ends {date} ({relative})',
  changes: 'Recent changes',
  latestChanges: 'Latest changes',
  allChanges: 'All changes',
  actionAdded: 'Added',
  actionRemoved: 'Removed',
  actionChanged: 'Changed',
  noticeDays: 'New sub-processors are announced {days} days before they start processing.',
  noticeObjection: 'Customers can object within {days} days.',
  feed: 'Feed of changes',
  stale: 'This list may be out of date.',
  exportCsv: 'Download CSV',
  exportMarkdown: 'Copy as Markdown',
  copied: 'Table copied as Markdown.',
  skipList: 'Skip the list of sub-processors',
  listEnd: 'End of the list of sub-processors',
  printedFrom: 'From {url}, printed {date}.',
  csvSection: 'Section',
  copyFailed: 'Copying is not allowed on this page.',
  breaks: '',
};

/** Replaces `{name}` placeholders with the values given (never inherited ones such as `{constructor}`). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}

/** Picks the plural form for `count` and fills `{count}`. */
export function plural(forms: Plural, count: number, lang: string, values: Record<string, string | number> = {}): string {
  const category = pluralRules(lang).select(count);
  const form = Object.hasOwn(forms, category) ? forms[category]! : forms.other;
  return fill(form, { count: formatCount(count, lang), ...values });
}

const CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An override for one string, if it fits `builtIn`: a text for a text; for
 * plural forms, an object of texts by plural category (a missing `other`
 * keeps the built-in one) or one text for every form. Anything else
 * (null, numbers, objects of the wrong shape) is ignored.
 */
function override(builtIn: string | Plural, value: unknown): string | Plural | undefined {
  if (typeof value === 'string') return typeof builtIn === 'string' ? value : { other: value };
  if (typeof builtIn === 'string' || !isRecord(value)) return undefined;
  const forms = CATEGORIES.filter((c) => Object.hasOwn(value, c) && typeof value[c] === 'string').map((c) => [c, value[c]]);
  return forms.length ? { other: builtIn.other, ...Object.fromEntries(forms) } : undefined;
}

/**
 * `base` with the `strings` overrides that fit it. Never throws, whatever
 * `overrides` is (getters that throw included); only own keys count.
 */
export function overrideStrings(base: Strings, overrides: unknown): Strings {
  if (!isRecord(overrides)) return base;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(base) as (keyof Strings)[]) {
    try {
      if (!Object.hasOwn(overrides, key)) continue;
      const value = override(base[key], overrides[key]);
      if (value !== undefined) out[key] = value;
    } catch {
      // An override that cannot be read is no override.
    }
  }
  return out as unknown as Strings;
}
