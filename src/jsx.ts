/**
 * The element's props as a framework's templates see them, shared by the
 * React (`subprocessor-list/react`) and Vue (`subprocessor-list/vue`)
 * declarations. Types only: this module has no code.
 *
 * Frameworks set a prop the element has as a property, anything else as an
 * attribute, so both spellings are typed: the properties as the class
 * declares them (`headingLevel`, `registry`, `strings` …) and the attributes
 * in kebab case (`heading-level`, `no-search` …).
 */
import type { LitElement } from 'lit';
import type { SubprocessorListElement } from './subprocessor-list.js';

/** The keys of T that can be assigned (not readonly, not methods). */
type WritableData<T> = {
  [K in keyof T]-?: T[K] extends (...args: never[]) => unknown
    ? never
    : (<U>() => U extends { [Q in K]: T[K] } ? 1 : 2) extends <U>() => U extends { -readonly [Q in K]: T[K] } ? 1 : 2
      ? K
      : never;
}[keyof T];

/** The element's own public properties (none of LitElement's or HTMLElement's), all optional. */
export type SubprocessorListProperties = Partial<Pick<SubprocessorListElement, Exclude<WritableData<SubprocessorListElement>, keyof LitElement>>>;

/**
 * The element's attributes, as written in HTML. `scripts/editor-data.mjs`
 * checks that this lists every attribute in the manifest.
 */
export interface SubprocessorListAttributes {
  src?: string;
  timeout?: number | string;
  'heading-level'?: number | string;
  lang?: string;
  sort?: string;
  query?: string;
  columns?: string;
  'no-search'?: boolean;
  'no-filters'?: boolean;
  controls?: SubprocessorListElement['controls'];
  layout?: SubprocessorListElement['layout'];
  theme?: SubprocessorListElement['theme'];
  'no-flags'?: boolean;
  legend?: SubprocessorListElement['legend'];
  'new-days'?: number | string;
  'stale-days'?: number | string;
  changes?: SubprocessorListElement['changes'];
  today?: string;
  'sync-url'?: boolean;
  'show-problems'?: boolean;
}

/** Properties and attributes together; where a name is both, the property's type (it is set as the property). */
export type SubprocessorListJsxProps = Omit<SubprocessorListAttributes, keyof SubprocessorListProperties> & SubprocessorListProperties;

/** `subprocessor-list-load` → `SubprocessorListLoad`. */
export type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${PascalCase<Tail>}` : Capitalize<S>;
