/**
 * Small templates shared by the header and the tables: headings, safe
 * links, location badges and category chips.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { safeUrl } from '../lib/url.js';
import { readLocation } from '../lib/locations.js';
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
export function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  const tag = HEADINGS[Math.min(6, Math.max(1, Math.round(level) || 2))];
  return staticHtml`<${tag} part=${part} id=${id ?? nothing}>${content}</${tag}>`;
}

/**
 * A link when `url` is safe, else the text alone. Links never get
 * `target=_blank`; `rel` keeps the registry's hosts from learning the page.
 */
export function link(url: string | undefined, text: unknown, view: View, part = 'link'): unknown {
  const href = safeUrl(url, view.base);
  if (!href) return text;
  return html`<a part=${part} href=${href} rel="noopener noreferrer">${text}</a>`;
}

export function locationBadge(value: string, view: View): TemplateResult {
  const { code, label } = readLocation(value, view.lang);
  return html`<span part="location-badge" data-code=${code ?? nothing}>${label}</span>`;
}

export function categoryChip(code: string, view: View): TemplateResult {
  const known = view.categories.has(code);
  return html`<span part=${known ? 'category' : 'category unknown'} data-code=${code}>${code}</span>`;
}
