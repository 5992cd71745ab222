/**
 * The legend of data categories, grouped by subject, in a disclosure below
 * the tables, from the model's legend facts. A chip's "Show in the legend"
 * leads to its row (`legendRowId`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ListModel } from '../model/list-model.js';
import { count } from '../model/format.js';

/** Legend row ids: by position, as codes may hold any character. */
export const legendRowId = (index: number) => `spl-legend-${index}`;

export function legend(m: ListModel, open: boolean): TemplateResult | typeof nothing {
  const l = m.legend;
  if (!l) return nothing;
  const { t } = m;
  return html`<details part="legend" ?open=${open}>
    <summary>${t.legend} (${count(l.count, m.lang)})</summary>
    <table class="legend-table" role="table">
      <caption class="sr-only">${t.legend}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">${t.legendCode}</th>
          <th scope="col" role="columnheader">${t.legendData}</th>
          <th scope="col" role="columnheader">${t.legendDirect}</th>
          <th scope="col" role="columnheader">${t.legendIndirect}</th>
        </tr>
      </thead>
      ${l.subjects.map(
        (s) => html`<tbody role="rowgroup">
          ${s.subject ? html`<tr role="row"><th scope="rowgroup" role="rowheader" colspan="4" class="legend-subject">${s.subject}</th></tr>` : nothing}
          ${s.rows.map(
            (r) => html`<tr role="row" id=${legendRowId(r.index)} tabindex="-1">
              <th scope="row" role="rowheader"><span class="legend-code">${r.code}</span></th>
              <td role="cell">${r.label}${r.description ? html` <span class="muted">${r.description}</span>` : nothing}</td>
              <td role="cell" data-label=${t.legendDirect}>${r.direct}</td>
              <td role="cell" data-label=${t.legendIndirect}>${r.indirect}</td>
            </tr>`,
          )}
        </tbody>`,
      )}
    </table>
  </details>`;
}

/** Opens the legend at a category's row and points the reader there. */
export function revealLegendRow(root: ParentNode, id: string): void {
  const details = root.querySelector<HTMLDetailsElement>('[part~="legend"]');
  const row = root.querySelector<HTMLElement>(`#${id}`);
  if (!details || !row) return;
  details.open = true;
  row.classList.add('highlight');
  row.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  row.focus({ preventScroll: true });
  setTimeout(() => row.classList.remove('highlight'), 2000);
}
