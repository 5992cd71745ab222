/**
 * The tables: one section per group, from the model's sections. Each is a
 * real <table> with a caption, sortable column headers (the APG "Sortable
 * Table" pattern) and the name as each row's header; the rows themselves
 * come from the rows directive. Explicit ARIA roles keep the table
 * semantics when the card layout changes the CSS `display` of its parts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Subprocessor } from '../lib/types.js';
import type { SortSpec } from '../lib/sort.js';
import { fill } from '../lib/strings.js';
import { COLUMN, paperLabel, type ColumnKey } from '../model/columns.js';
import type { ListModel } from '../model/list-model.js';
import { sections } from '../model/sections.js';
import { rows } from '../rows/rows-directive.js';
import type { RowsController } from '../controllers/rows.js';
import { heading } from './bits.js';

const ARROWS = { ascending: '▲', descending: '▼' } as const;

/**
 * A column header: a sort button, and its name as plain text for paper
 * (Chromium paints no buttons in the header it repeats on later pages).
 */
function headerCell(key: ColumnKey, m: ListModel, sort: SortSpec | undefined): TemplateResult {
  const sorted = sort?.column === key ? sort.direction : undefined;
  return html`<th part="header-cell" role="columnheader" scope="col" data-column=${key} aria-sort=${ifDefined(sorted)}>
    <button part="sort-button" type="button" data-column=${key}>
      ${m.t[COLUMN[key].label]}<span class="arrow" aria-hidden="true">${sorted ? ARROWS[sorted] : '♢'}</span>
    </button>
    <span class="print-only" aria-hidden="true">${paperLabel(key, m.t)}</span>
  </th>`;
}

/**
 * @param title names the table. A visible heading above says the same, so
 *   the caption is for screen readers (and for `::part(caption)` to show).
 */
function table(entries: readonly Subprocessor[], title: string, m: ListModel, sort: SortSpec | undefined, r: RowsController): TemplateResult {
  // The scroller becomes a focusable region only while it overflows (see the fit controller).
  return html`<div class="scroller" data-label=${fill(m.t.scrollHint, { title })}>
    <table part="table" role="table">
      <caption part="caption" class="sr-only">${title}<span>${m.t.sortHint}</span></caption>
      <thead role="rowgroup">
        <tr role="row" data-sort-label=${m.t.sortBy}>
          ${m.columns.map((key) => headerCell(key, m, sort))}
        </tr>
      </thead>
      ${rows(entries, m, r)}
    </table>
  </div>`;
}

/** Every section, with every entry in `sorted` order; the search only hides rows. */
export function groups(m: ListModel, sorted: readonly Subprocessor[], sort: SortSpec | undefined, r: RowsController): TemplateResult[] {
  const level = Math.min(6, m.headingLevel + 1);
  return sections(m.registry, sorted, m.t).map(
    (s) => html`<section part="group" data-group=${s.id}>
      ${s.heading ? heading(level, 'group-heading', s.title) : nothing}
      ${s.description ? html`<p part="group-description">${s.description}</p>` : nothing} ${table(s.entries, s.title, m, sort, r)}
    </section>`,
  );
}
