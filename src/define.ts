/**
 * Registers <subprocessor-list>. Importing this module twice, or loading the
 * npm build next to the CDN bundle, is harmless: the first definition wins.
 */
import { SubprocessorListElement } from './subprocessor-list.js';

SubprocessorListElement.define();

export { SubprocessorListElement };

declare global {
  interface HTMLElementTagNameMap {
    'subprocessor-list': SubprocessorListElement;
  }
}
