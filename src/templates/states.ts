/**
 * What the element shows around and instead of the tables: the loading
 * placeholder, the error box, the empty list, and the problems report.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { RegistryError } from '../lib/load.js';
import { plural, type Strings } from '../lib/strings.js';
import type { Problem } from '../lib/types.js';
import { errorMessage } from '../lib/load.js';

/**
 * While loading: the status, and the page's fallback content (e.g. a link
 * to the list). Its own elements, not the loaded list's status line: when
 * the header appears above that line, nothing that was on screen moves
 * (no layout shift).
 */
export const loading = (status: string) => html`<div class="loading"><p part="status" role="status" tabindex="-1">${status}</p><slot></slot></div>`;

export function failure(error: unknown, t: Strings, lang: string, retry: () => void): TemplateResult {
  if (!(error instanceof RegistryError)) {
    // An aborted load (the element left the page) restarts on reconnect.
    if (error instanceof DOMException && error.name === 'AbortError') return html`<div class="loading"></div>`;
    return html`<div part="error" role="alert"><p><strong>${t.errorTitle}.</strong></p></div>`;
  }
  return html`<div part="error" role="alert">
      <p><strong>${t.errorTitle}:</strong> ${errorMessage(error, t, lang)}</p>
      ${error.retryable ? html`<button part="retry-button" type="button" @click=${retry}>${t.retry}</button>` : nothing}
    </div>
    <slot></slot>`;
}

export const empty = (text: string) => html`<p part="empty">${text}</p>`;

/** Problems listed in the report; the load event carries all of them. */
const PROBLEMS_SHOWN = 50;

export function problems(list: readonly Problem[], t: Strings, lang: string): TemplateResult | typeof nothing {
  if (!list.length) return nothing;
  // However many problems a registry makes (one per bad list item: millions), the report stays small.
  const more = list.length - PROBLEMS_SHOWN;
  return html`<details part="problems">
    <summary>${plural(t.problems, list.length, lang)}</summary>
    <ul>
      ${list.slice(0, PROBLEMS_SHOWN).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
    </ul>
    ${more > 0 ? html`<p>${plural(t.problemsMore, more, lang)}</p>` : nothing}
  </details>`;
}
