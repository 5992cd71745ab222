/**
 * The "Recent changes" section with the notice period (the markers in a
 * row, New, Upcoming and Retiring, are built in rows.ts). Each piece of
 * registry text is a <bdi>: a right-to-left name or description keeps to
 * itself, and the sentence around it keeps its order.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Change } from '../lib/types.js';
import { formatDate, relativeTime } from '../lib/intl.js';
import { fill } from '../lib/strings.js';
import { relativeUnit } from '../lib/dates.js';
import { isIsoDate } from '../lib/registry.js';
import type { View } from './view.js';

export function relative(days: number, lang: string): string {
  const [n, unit] = relativeUnit(days);
  return relativeTime(lang).format(n, unit);
}

function action(c: Change, view: View): string {
  const a = c.action?.trim().toLowerCase();
  const { t } = view;
  return a === 'added' ? t.actionAdded : a === 'removed' ? t.actionRemoved : a === 'changed' ? t.actionChanged : (c.action ?? '');
}

export function changesSection(view: View, open: boolean): TemplateResult | typeof nothing {
  const r = view.registry;
  const list = (r.changes ?? []).slice().sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const notice = r.notice;
  if (!list.length && !notice) return nothing;
  const { t, lang } = view;
  return html`<details part="changes" ?open=${open}>
    <summary>${t.changes}${list.length ? ` (${list.length.toLocaleString(lang)})` : ''}</summary>
    ${notice && (notice.days !== undefined || notice.objectionDays !== undefined)
      ? html`<p class="notice">
          ${notice.days !== undefined ? fill(t.noticeDays, { days: notice.days.toLocaleString(lang) }) : nothing}
          ${notice.objectionDays !== undefined ? fill(t.noticeObjection, { days: notice.objectionDays.toLocaleString(lang) }) : nothing}
        </p>`
      : nothing}
    ${list.length
      ? html`<ul class="change-list">
          ${list.map(
            (c) => html`<li>
              ${c.date && isIsoDate(c.date) ? html`<time datetime=${c.date}>${formatDate(c.date, lang)}</time> ` : nothing}<strong><bdi>${action(c, view)}</bdi></strong>${c.subprocessor
                ? html` <bdi>${c.subprocessor}</bdi>`
                : nothing}${c.description ? html`: <bdi>${c.description}</bdi>` : nothing}
            </li>`,
          )}
        </ul>`
      : nothing}
  </details>`;
}
