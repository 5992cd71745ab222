/**
 * The header of a list: title, intro, publisher, last-updated date with its
 * age, privacy contact, the DPA / subscribe / feed links, and whether the
 * list may be out of date. Links only through the URL gate.
 */
import type { Registry } from '../lib/types.js';
import type { Strings } from '../lib/strings.js';
import { contactUrl, safeUrl } from '../lib/url.js';
import { daysBetween } from '../lib/dates.js';
import { dateText, relativeText } from './format.js';

export interface LinkFacts {
  text: string;
  href?: string;
}

export interface HeaderFacts {
  title?: string;
  intro?: string;
  publisher?: LinkFacts;
  updated?: { iso: string; text: string; relative: string };
  contact?: LinkFacts;
  /** The DPA: a link, or the registry's note ("on request") as text. */
  dpa?: LinkFacts;
  subscribe?: string;
  feed?: string;
  /** Where the list is published (the registry's `page`), for a printout to name. */
  page?: string;
  stale: boolean;
}

const filled = (s: unknown): s is string => typeof s === 'string' && s.trim() !== '';

export interface HeaderContext {
  lang: string;
  t: Strings;
  base?: string;
  today: string;
  staleDays: number;
}

export function headerFacts(r: Registry, ctx: HeaderContext): HeaderFacts {
  const { lang, base } = ctx;
  const owner = r.owner;
  const updatedText = dateText(r.updated, lang);
  const dpaHref = filled(owner?.dpa) ? safeUrl(owner.dpa, base) : undefined;
  return {
    title: filled(r.title) ? r.title.trim() : undefined,
    intro: filled(r.intro) ? r.intro.trim() : undefined,
    publisher: filled(owner?.name) ? { text: owner.name.trim(), href: safeUrl(owner.url, base) } : undefined,
    updated: updatedText ? { iso: r.updated!, text: updatedText, relative: relativeText(daysBetween(ctx.today, r.updated!), lang) } : undefined,
    contact: filled(owner?.contact) ? { text: owner.contact.trim(), href: contactUrl(owner.contact, base) } : undefined,
    dpa: filled(owner?.dpa) ? { text: dpaHref ? ctx.t.dpa : owner.dpa.trim(), href: dpaHref } : undefined,
    subscribe: safeUrl(r.subscribe, base),
    feed: safeUrl(r.feed, base),
    page: safeUrl(r.page, base),
    stale: updatedText ? daysBetween(r.updated!, ctx.today) > ctx.staleDays : false,
  };
}

/** Whether the header has anything to show. */
export function headerIsEmpty(h: HeaderFacts): boolean {
  return !h.title && !h.intro && !h.publisher && !h.updated && !h.contact && !h.dpa && !h.subscribe && !h.feed;
}
