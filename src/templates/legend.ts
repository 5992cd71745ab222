/**
 * The legend of data categories, grouped by subject, in a disclosure below
 * the tables; and the hidden descriptions that chips and badges point to
 * with aria-describedby (one per category and per kind of place, rather
 * than one per chip).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Category, Tristate } from '../lib/types.js';
import { categoryText, regionText } from '../lib/explain.js';
import type { Strings } from '../lib/strings.js';
import type { View } from './view.js';

/** Description ids: by position, as codes may hold any character. */
export const categoryDescId = (index: number | undefined) => (index === undefined ? 'd-unknown' : `d-c${index}`);
export const legendRowId = (index: number) => `legend-${index}`;

function tristate(value: Tristate | undefined, t: Strings): string {
  return value ? t[value] : '—';
}

export function legend(view: View, open: boolean): TemplateResult | typeof nothing {
  const categories = view.registry.categories ?? [];
  if (!categories.length) return nothing;
  const { t } = view;
  const bySubject = new Map<string, [Category, number][]>();
  categories.forEach((c, i) => {
    const key = c.subject?.trim() ?? '';
    bySubject.set(key, [...(bySubject.get(key) ?? []), [c, i]]);
  });
  return html`<details part="legend" ?open=${open}>
    <summary>${t.legend} (${categories.length})</summary>
    <table class="legend-table">
      <caption class="sr-only">${t.legend}</caption>
      <thead>
        <tr>
          <th scope="col">${t.legendCode}</th>
          <th scope="col">${t.legendData}</th>
          <th scope="col">${t.legendDirect}</th>
          <th scope="col">${t.legendIndirect}</th>
        </tr>
      </thead>
      ${[...bySubject].map(
        ([subject, list]) => html`<tbody>
          ${subject ? html`<tr><th scope="rowgroup" colspan="4" class="legend-subject">${subject}</th></tr>` : nothing}
          ${list.map(
            ([c, i]) => html`<tr id=${legendRowId(i)} tabindex="-1">
              <th scope="row"><span class="legend-code">${c.code}</span></th>
              <td>${c.label ?? ''}${c.description && c.description !== c.label ? html` <span class="muted">${c.description}</span>` : nothing}</td>
              <td>${tristate(c.direct, t)}</td>
              <td>${tristate(c.indirect, t)}</td>
            </tr>`,
          )}
        </tbody>`,
      )}
    </table>
  </details>`;
}

/** Hidden texts for aria-describedby. */
export function descriptions(view: View): TemplateResult {
  const { t } = view;
  const categories = view.registry.categories ?? [];
  return html`<div hidden>
    ${categories.map((c, i) => html`<span id=${categoryDescId(i)}>${categoryText(c, t)}</span>`)}
    <span id="d-unknown">${t.unknownCode}</span>
    <span id="d-eea">${regionText('eea', undefined, t)}</span>
    <span id="d-adequate">${regionText('adequate', undefined, t)}</span>
    <span id="d-partial">${regionText('adequate', 'CA', t)}</span>
    <span id="d-us">${regionText('adequate', 'US', t)}</span>
    <span id="d-third">${regionText('third', undefined, t)}</span>
    <span id="d-unknown-place">${regionText('unknown', undefined, t)}</span>
  </div>`;
}
