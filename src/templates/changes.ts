/**
 * The "Recent changes" disclosure with the notice period, from the model's
 * change facts. Registry text sits in <bdi>: a right-to-left override in a
 * vendor's name cannot reorder the sentence around it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ListModel } from '../model/list-model.js';
import { count } from '../model/format.js';
import type { ChangeItem } from '../model/changes.js';

/** The latest changes shown at the top: readers and auditors look for changes first. */
const LATEST = 3;

const item = (i: ChangeItem) =>
  html`${i.dateText ? html`<time datetime=${i.date!}>${i.dateText}</time> ` : nothing}<strong>${i.action}</strong>${i.subprocessor
    ? html` <bdi>${i.subprocessor}</bdi>`
    : nothing}`;

/** Opens the change history below and takes the reader there (a fragment link cannot reach into a shadow root). */
function toHistory(e: Event): void {
  const details = ((e.currentTarget as Element).getRootNode() as ShadowRoot).getElementById('spl-changes') as HTMLDetailsElement | null;
  if (!details) return;
  details.open = true;
  details.querySelector('summary')?.focus();
  details.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

/** The latest dated changes (date, action, vendor), under the header, with a way to the whole history. */
export function latestChanges(m: ListModel): TemplateResult | typeof nothing {
  const items = m.changes?.items.filter((i) => i.date).slice(0, LATEST) ?? [];
  if (!items.length) return nothing;
  const { t } = m;
  return html`<div part="latest">
    <span class="latest-label">${t.latestChanges}:</span>
    <ul>
      ${items.map((i) => html`<li>${item(i)}</li>`)}
    </ul>
    <button type="button" class="link" @click=${toHistory}>${t.allChanges} (${count(m.changes!.items.length, m.lang)})</button>
  </div>`;
}

export function changes(m: ListModel, open: boolean): TemplateResult | typeof nothing {
  const c = m.changes;
  if (!c) return nothing;
  const { t } = m;
  return html`<details part="changes" id="spl-changes" ?open=${open}>
    <summary>${t.changes}${c.items.length ? ` (${count(c.items.length, m.lang)})` : ''}</summary>
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
