/**
 * The element's whole view, in order: skip link, header, latest changes,
 * search and filters, status line, EEA summary and key, the tables (or the
 * loading, error or empty state), legend, change history, problems (for
 * the owner, when asked), and the end of the list the skip link leads to.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Subprocessor } from '../lib/types.js';
import { parseSort } from '../lib/sort.js';
import type { RowsController } from '../controllers/rows.js';
import { groups } from './groups.js';
import { noMatch } from './controls.js';
import { empty, failure, loading } from './states.js';
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
  lang: string;
  status: string;
  /** Where loading is; with `error` the failure, `retry` to try again. */
  state: 'loading' | 'error' | 'done';
  error?: unknown;
  retry: () => void;
  /** Every entry in the reader's order, and how many the search and filters show. */
  sorted?: { key: string; entries: Subprocessor[] };
  shown: number;
  rows: RowsController;
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

/**
 * The tables (or the state instead of them). They hold every entry in the
 * current order and re-render only when the model or the order changes: a
 * keystroke in the search only hides and shows rows (the rows controller).
 */
function body(v: PageView): unknown {
  const { m, t } = v;
  if (!m || !v.sorted) return v.state === 'loading' ? loading(v.status) : v.state === 'error' ? failure(v.error, t, v.lang, v.retry) : empty(t.noSource);
  if (!m.registry.subprocessors.length) return empty(t.empty);
  const { key, entries } = v.sorted;
  const tables = guard([m, key], () => groups(m, entries, parseSort(key), v.rows));
  return html`${v.shown ? nothing : noMatch(m, v.filters)}${tables}`;
}

export function page(v: PageView): TemplateResult {
  const { m, t } = v;
  const rows = !!m?.registry.subprocessors.length;
  return html`<div class="root" @click=${v.on.click} @input=${v.on.input} @submit=${(e: Event) => e.preventDefault()}>
    ${rows ? html`<button type="button" class="skip" data-action="skip" @click=${skip}>${t.skipList}</button>` : nothing} ${m ? header(m, v.here) : nothing}
    ${m && v.changes !== 'none' ? latestChanges(m) : nothing} ${m && rows ? controls(m, v.filters, v.controls) : nothing}
    ${m ? statusLine(v.status, t, rows, v.announcement === t.copied || v.announcement === t.copyFailed ? v.announcement : '') : nothing}
    <p class="sr-only" role="status">${v.announcement}</p>
    ${m ? regionSummary(m) : nothing} ${body(v)} ${m && rows && v.legend !== 'none' ? legend(m, v.legend === 'open') : nothing}
    ${m && v.changes !== 'none' ? changes(m, v.changes === 'open') : nothing} ${m && v.showProblems ? problems(m.problems, t, m.lang) : nothing}
    ${rows ? html`<span id="spl-end" class="sr-only" tabindex="-1">${t.listEnd}</span>` : nothing}
  </div>`;
}
