/**
 * Small templates shared by the others: headings of a chosen level, and
 * links. Every href here comes from the model's facts, which took it
 * through the URL gate (`lib/url.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';

/** A real heading element of `level` (clamped to 1–6). Six templates: cheaper than lit's static templates for one tag name. */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part}>${content}</h6>`;
  }
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
