/**
 * The header of a loaded list: title, intro, publisher, last-updated date
 * with its age, contact, the stale note, and the DPA, subscribe and feed
 * links — all from the model's header facts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ListModel } from '../model/list-model.js';
import { headerIsEmpty } from '../model/header.js';
import { fill, type Strings } from '../lib/strings.js';
import { dateText } from '../model/format.js';
import { anchor, heading, linkOrText } from './bits.js';

/**
 * @param here the page's own address: a printout names where it came from
 *   (the registry's `page` when it gives one) and when it was printed.
 */
export function header(m: ListModel, here: string): TemplateResult | typeof nothing {
  const h = m.header;
  const { t } = m;
  const printed = html`<p class="print-only" part="meta">${fill(t.printedFrom, { url: h.page ?? here, date: dateText(m.ctx.today, m.lang) ?? m.ctx.today })}</p>`;
  if (headerIsEmpty(h)) return printed;
  const meta = [
    h.publisher ? html`<span>${t.publishedBy} ${linkOrText(h.publisher)}</span>` : undefined,
    h.updated ? html`<span>${t.updated} <time datetime=${h.updated.iso}>${h.updated.text}</time> (${h.updated.relative})</span>` : undefined,
    h.contact ? html`<span>${t.contact}: ${linkOrText(h.contact)}</span>` : undefined,
  ].filter(Boolean);
  const links = [
    h.dpa ? (h.dpa.href ? anchor(h.dpa.href, h.dpa.text) : html`<span>${t.dpa}: ${h.dpa.text}</span>`) : undefined,
    h.subscribe ? anchor(h.subscribe, t.subscribe) : undefined,
    h.feed ? anchor(h.feed, t.feed, 'link', 'application/atom+xml') : undefined,
  ].filter(Boolean);
  // A <div>, not <header>: inside a shadow root a <header> would be a second page banner.
  return html`<div part="header">
    ${h.title ? heading(m.headingLevel, 'title', h.title) : nothing} ${h.intro ? html`<p part="intro">${h.intro}</p>` : nothing}
    ${meta.length ? html`<p part="meta">${meta.map((x, i) => html`${i ? html`<span aria-hidden="true"> · </span>` : nothing}${x}`)}</p>` : nothing} ${printed}
    ${h.stale ? html`<p part="stale">${t.stale}</p>` : nothing} ${links.length ? html`<p part="links">${links}</p>` : nothing}
  </div>`;
}

/**
 * The polite status line ("12 sub-processors"), with the export buttons
 * when there are rows, and the outcome of a copy beside them (seen; the
 * live region says it to screen readers, so this one is not read twice).
 */
export function statusLine(status: string, t: Strings, exportable: boolean, confirmation: string): TemplateResult {
  return html`<div class="status-line">
    <p part="status" role="status" tabindex="-1">${status}</p>
    ${exportable
      ? html`<span part="export">
          ${confirmation ? html`<span class="confirmation" aria-hidden="true">${confirmation}</span>` : nothing}
          <button type="button" data-action="csv">${t.exportCsv}</button>
          <button type="button" data-action="markdown">${t.exportMarkdown}</button>
        </span>`
      : nothing}
  </div>`;
}

const KEY: Record<string, 'keyEea' | 'keyAdequate' | 'keyThird' | 'keyUnknown'> = { eea: 'keyEea', adequate: 'keyAdequate', third: 'keyThird', unknown: 'keyUnknown' };

/** The EEA summary, and the key to the badge colours in words (colour is never the only signal). */
export function regionSummary(m: ListModel): TemplateResult | typeof nothing {
  if (!m.summary && !m.badgeKinds.length) return nothing;
  const { t } = m;
  return html`${m.summary ? html`<p part="region-summary">${m.summary}</p>` : nothing}
  ${m.badgeKinds.length
    ? html`<p part="key">
        <span class="key-label">${t.keyLabel}</span>
        ${m.badgeKinds.map((k) => html`<span class="key-item ${k}"><span class="swatch" aria-hidden="true"></span>${t[KEY[k]]}</span> `)}
      </p>`
    : nothing}`;
}
