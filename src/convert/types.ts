/**
 * The converter's public types: what `convert()` takes and what it gives
 * back. The converter runs in Node (the command-line kit) and in browsers
 * (an editor), so nothing here refers to files, streams or the DOM.
 */
import type { LocalizedText, Registry } from '../lib/types.js';

export type InputFormat = 'csv' | 'html' | 'text';

export interface ConvertOptions {
  /** What the input is. `auto` (the default) looks at it: a web page, a delimited table, or page text (Markdown or text copied from a page). */
  format?: InputFormat | 'auto';
  /** Forces the CSV delimiter instead of detecting it (`,` `;` tab `|`). */
  delimiter?: string;
  /** How to read dates such as `01/02/2024` that could be either: day first or month first. Without it they are left out with a warning, unless other dates in the same input settle it. */
  dateOrder?: 'dmy' | 'mdy';
  /** Columns to publish as notes although the converter does not know them (by their header, matched loosely). Every other unknown column stays private. */
  publicColumns?: string[];
  /** Language of text columns without a language tag, when a row also has translations ("Purpose" beside "Purpose (de)"). Default `en`. */
  language?: string;
  /** An existing registry (parsed JSON) to update: its entries are matched by name and service, its categories, groups, changes, notice and other metadata kept. */
  into?: unknown;
  /** The list's title. */
  title?: string;
  /** The publishing company's name (`owner.name`). */
  owner?: string;
  /** The publishing company's web site (`owner.url`). */
  ownerUrl?: string;
  /** When the list last changed; any date the converter reads. */
  updated?: string;
  /** The company's DPA: a URL or a note (`owner.dpa`). */
  dpa?: string;
  /** Where readers subscribe to changes. */
  subscribe?: string;
  /** Where the list is published (`page`): feeds link their entries there. */
  page?: string;
}

/**
 * A problem in the input, in its owner's words. `message` says where (row
 * and column as the spreadsheet shows them, or the page's table, item or
 * line), what, and the JSON path it maps to.
 */
export interface ConvertWarning {
  /** The whole sentence, e.g. `row 7, column 'Date added': "31/02/2024" is not a date; left out (subprocessors[5].added)`. */
  message: string;
  /** Where in the input: `row 7`, `table 2, row 3`, `item 'Gsuite' (line 14)`. */
  where?: string;
  /** The column (or label) as the input writes it. */
  column?: string;
  /** The spreadsheet row (the header is row 1), for CSV input. */
  row?: number;
  /** JSON path in the registry, e.g. `subprocessors[5].added`. */
  path?: string;
}

export interface MergeReport {
  /** Entries of the existing registry the input updated. */
  updated: number;
  /** Names of entries the existing registry did not have. */
  added: string[];
  /** Names of the existing registry's entries the input no longer has (left out of the result). */
  removed: string[];
}

export interface ConvertResult {
  registry: Registry<LocalizedText>;
  warnings: ConvertWarning[];
  /** Headers of the input's columns kept as `x-` fields and not published, e.g. `Internal owner`. */
  privateColumns: string[];
  /** The format the input was read as. */
  format: InputFormat;
  /** With `into`: what the input changed in the existing registry. */
  merge?: MergeReport;
}
