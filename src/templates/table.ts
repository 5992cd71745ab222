/**
 * One table of sub-processors: a real <table> with a caption, column
 * headers with scope, and the name as each row's header.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Subprocessor } from '../lib/types.js';
import { COLUMN_LABEL, type ColumnKey } from '../lib/columns.js';
import { formatDate } from '../lib/intl.js';
import { fill } from '../lib/strings.js';
import { looksLikeUrl, safeUrl } from '../lib/url.js';
import { categoryChip, link, locationBadge } from './bits.js';
import type { View } from './view.js';

const empty = html`<span class="none" aria-hidden="true">—</span>`;

function text(value: string | undefined): unknown {
  return value && value.trim() ? value : empty;
}

function nameCell(e: Subprocessor, view: View): TemplateResult {
  const service = e.service && e.service.trim() && e.service.trim() !== e.name.trim() ? e.service : undefined;
  // The spaces between inline pieces keep words apart for copy, find-in-page and screen readers.
  return html`<span part="name">${link(e.url, e.name, view, 'link name-link')}</span> ${service
      ? html`<span part="service">${service}</span>`
      : nothing}`;
}

function dpaCell(e: Subprocessor, view: View): unknown {
  if (!e.dpa || !e.dpa.trim()) return empty;
  // A DPA is a link when it is a safe URL; a note ("on request") or an unsafe
  // URL is shown as text, so the reader still sees what the registry says.
  if (!safeUrl(e.dpa, looksLikeUrl(e.dpa) ? view.base : undefined)) return e.dpa;
  return link(
    e.dpa,
    html`${view.t.colDpa}<span class="sr-only"> (${fill(view.t.dpaOf, { name: e.name })})</span>`,
    view,
  );
}

function cell(e: Subprocessor, key: ColumnKey, view: View): unknown {
  switch (key) {
    case 'name':
      return nameCell(e, view);
    case 'entity-location':
      return e.entityLocation?.trim() ? locationBadge(e.entityLocation, view) : empty;
    case 'data-locations': {
      const list = (e.dataLocations ?? []).filter((l) => l.trim());
      return list.length ? html`<span class="badges">${list.map((l) => html`${locationBadge(l, view)} `)}</span>` : empty;
    }
    case 'data': {
      const codes = (e.categories ?? []).filter((c) => c.trim());
      if (!codes.length && !e.data?.trim()) return empty;
      return html`${codes.length ? html`<span class="chips">${codes.map((c) => html`${categoryChip(c, view)} `)}</span> ` : nothing}${e.data?.trim()
        ? html`<span class="data-text">${e.data}</span>`
        : nothing}`;
    }
    case 'dpa':
      return dpaCell(e, view);
    case 'added':
      return e.added ? html`<time datetime=${e.added}>${formatDate(e.added, view.lang)}</time>` : empty;
    default:
      return text(e[key]);
  }
}

function row(e: Subprocessor, view: View): TemplateResult {
  return html`<tr part="row">
    ${view.columns.map((key) =>
      key === 'name'
        ? html`<th part="cell" scope="row" data-column=${key}>${cell(e, key, view)}</th>`
        : html`<td part="cell" data-column=${key}>${cell(e, key, view)}</td>`,
    )}
  </tr>`;
}

/**
 * @param title names the table. A visible heading above says the same, so
 *   the caption is for screen readers (and for `::part(caption)` to show).
 */
export function table(entries: readonly Subprocessor[], title: string, view: View): TemplateResult {
  // The scroller becomes a focusable region only while it overflows (the
  // element watches its size), so keyboard users can scroll it.
  return html`<div class="scroller" data-label=${fill(view.t.scrollHint, { title })}>
    <table part="table">
      <caption part="caption" class="sr-only">${title}</caption>
      <thead>
        <tr>
          ${view.columns.map(
            (key) => html`<th part="header-cell" scope="col" data-column=${key}>${view.t[COLUMN_LABEL[key]] as string}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${entries.map((e) => row(e, view))}
      </tbody>
    </table>
  </div>`;
}
