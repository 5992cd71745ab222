/**
 * The editor page's entry: the list element (for the preview) and the
 * editor, registered. `dist/editor.html` and the demo's editor page load it.
 */
import { SubprocessorEditor } from './editor.js';

// Registers <subprocessor-list> too, for the preview.
SubprocessorEditor.define();

declare global {
  interface HTMLElementTagNameMap {
    'subprocessor-editor': SubprocessorEditor;
  }
}

export { SubprocessorEditor };
