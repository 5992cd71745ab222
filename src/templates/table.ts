/**
 * One table of sub-processors: a real <table> with a caption, sortable
 * column headers (the APG "Sortable Table" pattern) and the name as each
 * row's header (the rows themselves are built in rows.ts). Explicit ARIA
 * roles keep the table semantics when the card layout changes the CSS
 * `display` of its parts.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Subprocessor } from '../lib/types.js';
import { COLUMN_LABEL, type ColumnKey } from '../lib/columns.js';
import { fill } from '../lib/strings.js';
import { rows } from './rows.js';
import type { View } from './view.js';

const ARROWS = { ascending: '▲', descending: '▼' } as const;

function headerCell(key: ColumnKey, view: View): TemplateResult {
  const label = view.t[COLUMN_LABEL[key]] as string;
  const sorted = view.sort?.column === key ? view.sort.direction : undefined;
  return html`<th part="header-cell" role="columnheader" scope="col" data-column=${key} aria-sort=${ifDefined(sorted)}>
    <button part="sort-button" type="button" data-column=${key}>
      ${label}<span class="arrow" aria-hidden="true">${sorted ? ARROWS[sorted] : '♢'}</span>
    </button>
  </th>`;
}

/**
 * @param title names the table. A visible heading above says the same, so
 *   the caption is for screen readers (and for `::part(caption)` to show).
 */
export function table(entries: readonly Subprocessor[], title: string, view: View): TemplateResult {
  // The scroller becomes a focusable region only while it overflows (the
  // element watches its size), so keyboard users can scroll it.
  return html`<div class="scroller" data-label=${fill(view.t.scrollHint, { title })}>
    <table part="table" role="table">
      <caption part="caption" class="sr-only">${title}<span>${view.t.sortHint}</span></caption>
      <thead role="rowgroup">
        <tr role="row" data-sort-label=${view.t.sortBy}>
          ${view.columns.map((key) => headerCell(key, view))}
        </tr>
      </thead>
      ${rows(entries, view)}
    </table>
  </div>`;
}
