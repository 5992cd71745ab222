/**
 * Small templates shared by the others: headings of a chosen level, and
 * links. Every href here comes from the model's facts, which took it
 * through the URL gate (`lib/url.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';

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
 * A link to a checked `href`. Links never get `target=_blank`; `rel` keeps
 * the registry's hosts from learning the page.
 */
export function anchor(href: string, content: unknown, part = 'link', type?: string): TemplateResult {
  return html`<a part=${part} href=${href} type=${type ?? nothing} rel="noopener noreferrer">${content}</a>`;
}

/** A link when the facts carry a checked address, else the text alone. */
export function linkOrText(f: { text: string; href?: string }, part = 'link'): unknown {
  return f.href ? anchor(f.href, f.text, part) : f.text;
}
