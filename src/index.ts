/**
 * The package's entry point, free of side effects: importing it defines no
 * element. Import `subprocessor-list/define` (or call
 * `SubprocessorListElement.define()`) to register the tag.
 */
export { SubprocessorListElement } from './subprocessor-list.js';
export type {
  LoadDetail,
  ErrorDetail,
  SortDetail,
  SubprocessorListLoadEvent,
  SubprocessorListErrorEvent,
  SubprocessorListSortEvent,
  SubprocessorListEventMap,
} from './events.js';
export type { SubprocessorListProperties, SubprocessorListAttributes, SubprocessorListJsxProps } from './jsx.js';
export { validateRegistry, type ValidationResult } from './lib/registry.js';
export { localizeRegistry } from './lib/localize.js';
export { upgradePlaceholder, upgradeAll, watchPlaceholders } from './upgrade.js';
export type { Registry, Subprocessor, Category, Group, Owner, Change, Problem, Tristate, LocalizedText } from './lib/types.js';
export type { ErrorKind } from './lib/load.js';
export type { Strings } from './lib/strings.js';
export type { ColumnKey } from './model/columns.js';
export type { SortDirection } from './lib/sort.js';
