/**
 * The "Recent changes" disclosure with the notice period, from the model's
 * change facts. Registry text sits in <bdi>: a right-to-left override in a
 * vendor's name cannot reorder the sentence around it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ListModel } from '../model/list-model.js';

export function changes(m: ListModel, open: boolean): TemplateResult | typeof nothing {
  const c = m.changes;
  if (!c) return nothing;
  const { t } = m;
  return html`<details part="changes" ?open=${open}>
    <summary>${t.changes}${c.items.length ? ` (${c.items.length.toLocaleString(m.lang)})` : ''}</summary>
    ${c.notice.length ? html`<p class="notice">${c.notice.join(' ')}</p>` : nothing}
    ${c.items.length
      ? html`<ul class="change-list">
          ${c.items.map(
            (i) =>
              html`<li>
                ${i.dateText ? html`<time datetime=${i.date!}>${i.dateText}</time> ` : nothing}<strong>${i.action}</strong>${i.subprocessor
                  ? html` <bdi>${i.subprocessor}</bdi>`
                  : nothing}${i.description ? html`: <bdi>${i.description}</bdi>` : nothing}
              </li>`,
          )}
        </ul>`
      : nothing}
  </details>`;
}
