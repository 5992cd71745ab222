/**
 * The registry format, version 1: what `validateRegistry()` returns.
 *
 * Every field is optional except `subprocessors` and each entry's `name`.
 * Text is plain text, never HTML. Dates are `YYYY-MM-DD`. Fields this
 * version does not know are kept on the objects, untouched.
 */

/** `yes`, `no` or `maybe`: whether a category is (in)direct personal data. */
export type Tristate = 'yes' | 'no' | 'maybe';

export interface Owner {
  name?: string;
  /** Web site of the company that publishes the list. */
  url?: string;
  /** An e-mail address or URL for privacy questions. */
  contact?: string;
  /** URL of the data processing agreement (or a note such as "on request"). */
  dpa?: string;
  [extra: string]: unknown;
}

export interface Category {
  /** Short code used in entries, e.g. `U3`. */
  code: string;
  /** Whose data, e.g. `User`, `Manager`, `Prospect`. */
  subject?: string;
  /** What data, e.g. `Contact information`. */
  label?: string;
  direct?: Tristate;
  indirect?: Tristate;
  description?: string;
  [extra: string]: unknown;
}

export interface Group {
  id: string;
  title?: string;
  description?: string;
  [extra: string]: unknown;
}

export interface Subprocessor {
  /** Legal name of the vendor, e.g. `Twilio Inc.` */
  name: string;
  /** The product used, when it differs from the name, e.g. `Twilio`. */
  service?: string;
  purpose?: string;
  /** Where the vendor is established: ISO code, `EU`/`EEA`, or free text. */
  entityLocation?: string;
  /** Where the data is stored or processed. */
  dataLocations?: string[];
  /** Codes from the registry's `categories`. */
  categories?: string[];
  /** Free-text description of the data, when no codes are used. */
  data?: string;
  retention?: string;
  /** Transfer safeguard, e.g. `SCCs`, `EU-US DPF`. */
  transfer?: string;
  /** URL of the vendor's DPA, or a note such as "on request". */
  dpa?: string;
  /** The vendor's web site. */
  url?: string;
  /** `id` of a group in `groups`. */
  group?: string;
  /** Date the vendor was added, `YYYY-MM-DD`. */
  added?: string;
  notes?: string;
  [extra: string]: unknown;
}

export interface Change {
  date?: string;
  /** `added`, `removed`, `changed` or another word. */
  action?: string;
  subprocessor?: string;
  description?: string;
  [extra: string]: unknown;
}

export interface Registry {
  version?: number;
  title?: string;
  owner?: Owner;
  updated?: string;
  /** URL (https or mailto) to subscribe to changes. */
  subscribe?: string;
  intro?: string;
  categories?: Category[];
  groups?: Group[];
  subprocessors: Subprocessor[];
  changes?: Change[];
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
