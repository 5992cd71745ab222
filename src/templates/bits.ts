/**
 * Small templates shared by the header and the tables: headings, safe
 * links, location badges and category chips.
 */
import { html, nothing, type TemplateResult } from 'lit';
// live(): arrow keys move tabindex by hand, so a re-render must reset it even when the bound value did not change.
import { live } from 'lit/directives/live.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { safeUrl } from '../lib/url.js';
import { readLocation } from '../lib/locations.js';
import { adequacyIsPartial, classifyLocation, locationCode } from '../lib/regions.js';
import { flagEmoji, flagsSupported } from '../flags.js';
import { categoryDescId } from './legend.js';
import type { View } from './view.js';

const HEADINGS: Record<number, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** A real heading element of `level` (clamped to 1–6). */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  const tag = HEADINGS[Math.min(6, Math.max(1, Math.round(level) || 2))];
  return staticHtml`<${tag} part=${part}>${content}</${tag}>`;
}

/**
 * A link to an already checked `href`. Links never get `target=_blank`;
 * `rel` keeps the registry's hosts from learning the page.
 */
export function anchor(href: string, content: unknown, part = 'link', type?: string): TemplateResult {
  return html`<a part=${part} href=${href} type=${type ?? nothing} rel="noopener noreferrer">${content}</a>`;
}

/** A link when `url` is safe, else the text alone. */
export function link(url: string | undefined, text: unknown, view: View, part = 'link'): unknown {
  const href = safeUrl(url, view.base);
  return href ? anchor(href, text, part) : text;
}

/**
 * A location as a button that explains, in its tooltip and description,
 * where the data stands under the GDPR. Buttons in one cell share one tab
 * stop (roving tabindex: arrow keys move between them).
 */
export function locationBadge(value: string, view: View, first: boolean, transfer?: string): TemplateResult {
  const { code, label } = readLocation(value, view.lang);
  const region = classifyLocation(value);
  const place = code ?? locationCode(value);
  const desc =
    region === 'adequate' && place && adequacyIsPartial(place) ? (place === 'US' ? 'd-us' : 'd-partial') : region === 'unknown' ? 'd-unknown-place' : `d-${region}`;
  // A flag where the platform draws flags; where it cannot (Windows), the code as text.
  const mark = !view.flags || !code || code.length !== 2 ? nothing : flagsSupported() ? flagEmoji(code) : code;
  return html`<button
    type="button"
    class=${label.length > 28 ? 'tip long' : 'tip'}
    part="location-badge ${region}"
    data-value=${value}
    data-transfer=${transfer ?? nothing}
    aria-describedby=${desc}
    tabindex=${live(first ? '0' : '-1')}
  >${mark === nothing ? nothing : html`<span class="mark" aria-hidden="true">${mark}</span>`}${label}</button>`;
}

export function categoryChip(code: string, view: View, first: boolean): TemplateResult {
  const index = view.categoryIndex.get(code);
  return html`<button
    type="button"
    class="tip"
    part=${index === undefined ? 'category unknown' : 'category'}
    data-code=${code}
    aria-describedby=${categoryDescId(index)}
    tabindex=${live(first ? '0' : '-1')}
  >${code}</button>`;
}
