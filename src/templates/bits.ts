/**
 * Small templates shared by the header and the tables: headings and safe
 * links.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { safeUrl } from '../lib/url.js';
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
