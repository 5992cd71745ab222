/**
 * One table of sub-processors: a real <table> with a caption, sortable
 * column headers (the APG "Sortable Table" pattern) and the name as each
 * row's header. Explicit ARIA roles keep the table semantics when the card
 * layout changes the CSS `display` of its parts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Subprocessor } from '../lib/types.js';
import { COLUMN_LABEL, hasValue, type ColumnKey } from '../lib/columns.js';
import { formatDate } from '../lib/intl.js';
import { fill } from '../lib/strings.js';
import { safeUrl } from '../lib/url.js';
import { anchor, categoryChip, link, locationBadge } from './bits.js';
import { markers, rowParts } from './changes.js';
import type { View } from './view.js';

const empty = html`<span class="none" aria-hidden="true">—</span>`;

function nameCell(e: Subprocessor, view: View): TemplateResult {
  const service = e.service && e.service.trim() && e.service.trim() !== e.name.trim() ? e.service : undefined;
  // The spaces between inline pieces keep words apart for copy, find-in-page and screen readers.
  return html`<span part="name">${link(e.url, e.name, view, 'link name-link')}</span> ${service
      ? html`<span part="service">${service}</span>`
      : nothing} ${markers(e, view)}`;
}

function dpaCell(e: Subprocessor, view: View): unknown {
  const dpa = e.dpa!;
  // A DPA is a link when it is a safe URL; a note ("on request") or an unsafe
  // URL is shown as text, so the reader still sees what the registry says.
  const href = safeUrl(dpa, view.base);
  if (!href) return dpa;
  return anchor(href, html`${view.t.colDpa}<span class="sr-only"> (${fill(view.t.dpaOf, { name: e.name })})</span>`);
}

function cell(e: Subprocessor, key: ColumnKey, view: View): unknown {
  if (!hasValue(e, key)) return empty;
  switch (key) {
    case 'name':
      return nameCell(e, view);
    case 'entity-location':
      return locationBadge(e.entityLocation!, view, true, e.transfer);
    case 'data-locations':
      return html`<span class="badges" role="toolbar" aria-label=${view.t.colDataLocations}>${e.dataLocations!.filter((l) => l.trim()).map((l, i) => html`${locationBadge(l, view, i === 0, e.transfer)} `)}</span>`;
    case 'data': {
      const codes = (e.categories ?? []).filter((c) => c.trim());
      return html`${codes.length ? html`<span class="chips" role="toolbar" aria-label=${view.t.colData}>${codes.map((c, i) => html`${categoryChip(c, view, i === 0)} `)}</span> ` : nothing}${e.data?.trim()
        ? html`<span class="data-text">${e.data}</span>`
        : nothing}`;
    }
    case 'dpa':
      return dpaCell(e, view);
    case 'added':
      return html`<time datetime=${e.added!}>${formatDate(e.added!, view.lang)}</time>`;
    default:
      return e[key];
  }
}

function row(e: Subprocessor, view: View): TemplateResult {
  // data-entry: the entry's position in the registry, for the element's filter pass.
  return html`<tr part=${rowParts(e, view)} role="row" data-entry=${view.entryIndex.get(e) ?? -1}>
    ${view.columns.map((key) => {
      const label = view.t[COLUMN_LABEL[key]] as string;
      const filled = hasValue(e, key);
      return key === 'name'
        ? html`<th part="cell" role="rowheader" scope="row" data-column=${key}>${cell(e, key, view)}</th>`
        : html`<td part="cell" role="cell" data-column=${key} data-label=${label} class=${filled ? '' : 'empty'}>${cell(e, key, view)}</td>`;
    })}
  </tr>`;
}

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
      <tbody role="rowgroup">
        ${entries.map((e) => row(e, view))}
      </tbody>
    </table>
  </div>`;
}
