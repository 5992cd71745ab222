/**
 * The element's events: typed, bubbling and composed, so a host page can
 * listen on the element or on any ancestor, even across shadow roots. Also
 * the element's global types (its tag and its events), declared here because
 * the element imports this module: whoever imports the element, from the
 * package root or `define`, gets them.
 */
import type { LocalizedText, Problem, Registry } from './lib/types.js';
import type { ErrorKind } from './lib/load.js';
import type { ColumnKey } from './model/columns.js';
import type { SortDirection } from './lib/sort.js';
import type { SubprocessorListElement } from './subprocessor-list.js';

export interface LoadDetail {
  /** The registry as validated (text may hold several languages). */
  registry: Registry<LocalizedText>;
  /** What was wrong with parts of the registry (those parts were skipped). */
  problems: Problem[];
}

export interface ErrorDetail {
  kind: ErrorKind;
  /** The message shown to the reader, in the element's language. */
  message: string;
  /** `src` as written, or "inline JSON" / "registry property". */
  url: string;
  /** The HTTP status, for `kind: "http"`. */
  status?: number;
  /** The fatal problem, for `kind: "invalid"`. */
  problem?: Problem;
  /** Whether the element offers a Retry button. */
  retryable: boolean;
}

export interface SortDetail {
  column: ColumnKey;
  direction: SortDirection;
}

export type SubprocessorListLoadEvent = CustomEvent<LoadDetail>;
export type SubprocessorListErrorEvent = CustomEvent<ErrorDetail>;
export type SubprocessorListSortEvent = CustomEvent<SortDetail>;

/** Every event the element fires, by name: the one list the global and framework types are made from. */
export interface SubprocessorListEventMap {
  'subprocessor-list-load': SubprocessorListLoadEvent;
  'subprocessor-list-error': SubprocessorListErrorEvent;
  'subprocessor-list-sort': SubprocessorListSortEvent;
}

export function createEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementTagNameMap {
    'subprocessor-list': SubprocessorListElement;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the element's events into the DOM's map
  interface GlobalEventHandlersEventMap extends SubprocessorListEventMap {}
}
