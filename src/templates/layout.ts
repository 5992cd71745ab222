/**
 * The element's whole view, in order: skip link, header, latest changes,
 * search and filters, status line, EEA summary and key, the tables (or the
 * loading, error or empty state), legend, change history, problems (for
 * the owner, when asked), and the end of the list the skip link leads to.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../lib/strings.js';
import type { ListModel } from '../model/list-model.js';
import type { Filters } from '../model/search.js';
import { header, regionSummary, statusLine } from './header.js';
import { controls } from './controls.js';
import { legend } from './legend.js';
import { changes, latestChanges } from './changes.js';
import { problems } from './states.js';

export interface PageView {
  m?: ListModel;
  t: Strings;
  status: string;
  body: unknown;
  filters: Filters;
  controls: { search: boolean; filters: boolean };
  announcement: string;
  legend: 'closed' | 'open' | 'none';
  changes: 'closed' | 'open' | 'none';
  showProblems: boolean;
  /** The page's address, for a printout. */
  here: string;
  on: { click: (e: Event) => void; input: (e: Event) => void };
}

/** Moves focus to the end of the list (a button, not a link: a fragment link cannot reach into a shadow root). */
function skip(e: Event): void {
  ((e.currentTarget as Element).getRootNode() as ShadowRoot).getElementById('spl-end')?.focus();
}

export function page(v: PageView): TemplateResult {
  const { m, t } = v;
  const rows = !!m?.registry.subprocessors.length;
  return html`<div class="root" @click=${v.on.click} @input=${v.on.input} @submit=${(e: Event) => e.preventDefault()}>
    ${rows ? html`<button type="button" class="skip" data-action="skip" @click=${skip}>${t.skipList}</button>` : nothing} ${m ? header(m, v.here) : nothing}
    ${m && v.changes !== 'none' ? latestChanges(m) : nothing} ${m && rows ? controls(m, v.filters, v.controls) : nothing}
    ${statusLine(v.status, t, rows, v.announcement === t.copied || v.announcement === t.copyFailed ? v.announcement : '')}
    <p class="sr-only" role="status">${v.announcement}</p>
    ${m ? regionSummary(m) : nothing} ${v.body} ${m && rows && v.legend !== 'none' ? legend(m, v.legend === 'open') : nothing}
    ${m && v.changes !== 'none' ? changes(m, v.changes === 'open') : nothing} ${m && v.showProblems ? problems(m.problems, t, m.lang) : nothing}
    ${rows ? html`<span id="spl-end" class="sr-only" tabindex="-1">${t.listEnd}</span>` : nothing}
  </div>`;
}
