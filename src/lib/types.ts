/**
 * The registry format, version 1. `validateRegistry()` returns a
 * `Registry<LocalizedText>` (text may hold several languages);
 * `localizeRegistry()` picks one language and returns a `Registry`.
 *
 * Every field is optional except `subprocessors` and each entry's `name`.
 * Text is plain text, never HTML. Dates are `YYYY-MM-DD`. Fields this
 * version does not know are kept on the objects, untouched.
 */

/**
 * Text in the registry: a plain string, or one per language
 * (`{ "en": "Hosting", "de": "Hosting und Speicherung" }`).
 */
export type LocalizedText = string | { [languageTag: string]: string };

/** `yes`, `no` or `maybe`: whether a category is (in)direct personal data. */
export type Tristate = 'yes' | 'no' | 'maybe';

export interface Owner<T extends LocalizedText = string> {
  name?: T;
  /** Web site of the company that publishes the list. */
  url?: string;
  /** An e-mail address or URL for privacy questions. */
  contact?: string;
  /** URL of the data processing agreement (or a note such as "on request"). */
  dpa?: T;
  [extra: string]: unknown;
}

export interface Category<T extends LocalizedText = string> {
  /** Short code used in entries, e.g. `U3`. */
  code: string;
  /** Whose data, e.g. `User`, `Manager`, `Prospect`. */
  subject?: T;
  /** What data, e.g. `Contact information`. */
  label?: T;
  direct?: Tristate;
  indirect?: Tristate;
  description?: T;
  [extra: string]: unknown;
}

export interface Group<T extends LocalizedText = string> {
  id: string;
  title?: T;
  description?: T;
  [extra: string]: unknown;
}

export interface Subprocessor<T extends LocalizedText = string> {
  /** Legal name of the vendor, e.g. `Twilio Inc.` (one name in every language). */
  name: string;
  /** A stable identifier for links to the entry (`#id`); defaults to one made from the name. */
  id?: string;
  /** The product used, when it differs from the name, e.g. `Twilio`. */
  service?: T;
  purpose?: T;
  /** Where the vendor is established: ISO code, `EU`/`EEA`, or free text. */
  entityLocation?: string;
  /** Where the data is stored or processed. */
  dataLocations?: string[];
  /** Codes from the registry's `categories`. */
  categories?: string[];
  /** Free-text description of the data, when no codes are used. */
  data?: T;
  retention?: T;
  /** Transfer safeguard, e.g. `SCCs`, `EU-US DPF`. */
  transfer?: T;
  /** URL of the vendor's DPA, or a note such as "on request". */
  dpa?: T;
  /** The vendor's web site. */
  url?: string;
  /** `id` of a group in `groups`. */
  group?: string;
  /** Date the vendor was added, `YYYY-MM-DD`. */
  added?: string;
  /** Date it starts (or started) processing; in the future it is upcoming. */
  effective?: string;
  /** Planned end of processing. */
  retires?: string;
  notes?: T;
  [extra: string]: unknown;
}

export interface Change<T extends LocalizedText = string> {
  date?: string;
  /** `added`, `removed`, `changed` or another word. */
  action?: string;
  subprocessor?: string;
  description?: T;
  [extra: string]: unknown;
}

export interface Registry<T extends LocalizedText = string> {
  version?: number;
  title?: T;
  owner?: Owner<T>;
  updated?: string;
  /** URL (https or mailto) to subscribe to changes. */
  subscribe?: string;
  intro?: T;
  categories?: Category<T>[];
  groups?: Group<T>[];
  subprocessors: Subprocessor<T>[];
  changes?: Change<T>[];
  /** How much notice customers get before a new sub-processor starts. */
  notice?: Notice;
  /** URL of an Atom (or JSON) feed of changes. */
  feed?: string;
  /** URL of the published page of the list: feeds link there, a printout names it. */
  page?: string;
  [extra: string]: unknown;
}

export interface Notice {
  /** Days of notice before a new sub-processor starts processing. */
  days?: number;
  /** Days customers have to object. */
  objectionDays?: number;
  [extra: string]: unknown;
}

/**
 * What is wrong with part of a registry. `kind` tells structural problems
 * (the JSON Schema rejects them too) from cross-reference ones (`reference`,
 * `duplicate`), which a schema cannot see.
 */
export interface Problem {
  /** JSON path such as `subprocessors[3].dataLocations`. */
  path: string;
  /** A plain sentence, e.g. `expected a list of strings, got a number`. */
  message: string;
  kind: 'type' | 'required' | 'format' | 'value' | 'reference' | 'duplicate';
}
