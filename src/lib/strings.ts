/**
 * The element's own words (not the registry's), in English.
 *
 * Placeholders are `{name}`; `fill()` replaces them. Plural forms are keyed
 * by Intl.PluralRules categories (`one`, `other`, …). Any string can be
 * overridden through the element's `strings` property.
 */
import { pluralRules } from './intl.js';

export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Strings {
  defaultTitle: string;
  loading: string;
  empty: string;
  noSource: string;
  retry: string;
  errorTitle: string;
  errorNetwork: string;
  errorHttp: string;
  errorTimeout: string;
  errorNotJson: string;
  errorHtml: string;
  errorInvalid: string;
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
}

export const en: Strings = {
  defaultTitle: 'Sub-processors',
  loading: 'Loading the list of sub-processors…',
  empty: 'This list has no sub-processors yet.',
  noSource: 'No list to show: this element has no src attribute, registry property or inline JSON.',
  retry: 'Try again',
  errorTitle: 'The list could not be loaded',
  errorNetwork: 'the server for {url} could not be reached (offline, or the server does not allow this site to read it).',
  errorHttp: 'the server answered {status} for {url}.',
  errorTimeout: 'the server did not answer within {seconds} seconds for {url}.',
  errorNotJson: '{url} is not valid JSON ({detail}).',
  errorHtml: '{url} returned a web page instead of JSON (perhaps a login page).',
  errorInvalid: 'it is not a sub-processor list ({detail}).',
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
};

/** Replaces `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Picks the plural form for `count` and fills `{count}`. */
export function plural(forms: Plural, count: number, lang: string, values: Record<string, string | number> = {}): string {
  const form = forms[pluralRules(lang).select(count)] ?? forms.other;
  return fill(form, { count: count.toLocaleString(lang), ...values });
}
