/**
 * The parts of a loaded list around the tables: the header (title, intro,
 * publisher, date, links), one section per group, and the problems report.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem, Subprocessor } from '../lib/types.js';
import { formatDate } from '../lib/intl.js';
import { daysBetween } from '../lib/dates.js';
import { relative } from './changes.js';
import { fill, plural } from '../lib/strings.js';
import type { Indexed } from '../lib/filter.js';
import { contactUrl, safeUrl } from '../lib/url.js';
import { anchor, heading, link } from './bits.js';
import { table } from './table.js';
import type { View } from './view.js';

export function header(view: View): TemplateResult {
  const { registry: r, t, lang } = view;
  const owner = r.owner;
  const contact = owner?.contact?.trim();
  const contactHref = contact ? contactUrl(contact, view.base) : undefined;
  const meta = [
    owner?.name?.trim() ? html`<span>${t.publishedBy} ${link(owner.url, owner.name, view)}</span>` : undefined,
    r.updated
      ? html`<span
          >${t.updated} <time datetime=${r.updated}>${formatDate(r.updated, lang)}</time> (${relative(daysBetween(view.today, r.updated), lang)})</span
        >`
      : undefined,
    contact
      ? html`<span>${t.contact}: ${contactHref ? anchor(contactHref, contact) : contact}</span>`
      : undefined,
  ].filter(Boolean);
  const dpaHref = owner?.dpa ? safeUrl(owner.dpa, view.base) : undefined;
  const subscribeHref = r.subscribe ? safeUrl(r.subscribe, view.base) : undefined;
  const feedHref = r.feed ? safeUrl(r.feed, view.base) : undefined;
  const links = [
    dpaHref ? anchor(dpaHref, t.dpa) : owner?.dpa?.trim() ? html`<span>${t.dpa}: ${owner.dpa}</span>` : undefined,
    subscribeHref ? anchor(subscribeHref, t.subscribe) : undefined,
    feedHref ? anchor(feedHref, t.feed, 'link', 'application/atom+xml') : undefined,
  ].filter(Boolean);
  const stale = r.updated ? daysBetween(r.updated, view.today) > view.staleDays : false;

  if (!r.title?.trim() && !r.intro?.trim() && !meta.length && !links.length) return html``;
  // A <div>, not <header>: inside a shadow root a <header> would be a second page banner.
  return html`<div part="header">
    ${r.title?.trim() ? heading(view.headingLevel, 'title', r.title) : nothing}
    ${r.intro?.trim() ? html`<p part="intro">${r.intro}</p>` : nothing}
    ${meta.length ? html`<p part="meta">${meta.map((m, i) => html`${i ? html`<span aria-hidden="true"> · </span>` : nothing}${m}`)}</p>` : nothing}
    ${stale ? html`<p part="stale">${t.stale}</p>` : nothing}
    ${links.length ? html`<p part="links">${links}</p>` : nothing}
  </div>`;
}

/**
 * The tables: one per group in registry order, then the ungrouped entries.
 * `entries` are the ones to show, already filtered and sorted.
 */
export function groups(view: View, entries: readonly Subprocessor[]): TemplateResult[] {
  const { registry: r, t } = view;
  const defined = r.groups ?? [];
  const byGroup = new Map<string, Subprocessor[]>(defined.map((g) => [g.id, []]));
  const rest: Subprocessor[] = [];
  for (const entry of entries) {
    const list = entry.group !== undefined ? byGroup.get(entry.group) : undefined;
    (list ?? rest).push(entry);
  }
  const level = Math.min(6, view.headingLevel + 1);
  const sections = defined
    .filter((g) => byGroup.get(g.id)!.length)
    .map((g) => {
      const title = g.title?.trim() ? g.title : g.id;
      return html`<section part="group" data-group=${g.id}>
        ${heading(level, 'group-heading', title)}
        ${g.description?.trim() ? html`<p part="group-description">${g.description}</p>` : nothing}
        ${table(byGroup.get(g.id)!, title, view)}
      </section>`;
    });
  if (rest.length) {
    // Without groups, the title above names the only table; after groups,
    // the rest needs a heading of its own.
    // Decided on the whole registry, so the heading stays while filtering.
    const grouped = r.subprocessors.some((e) => e.group !== undefined && byGroup.has(e.group));
    const title = grouped ? t.otherGroup : r.title?.trim() || t.defaultTitle;
    sections.push(
      html`<section part="group" data-group="">
        ${grouped ? heading(level, 'group-heading', title) : nothing} ${table(rest, title, view)}
      </section>`,
    );
  }
  return sections;
}

/** "Data stays inside the EEA for 7 of 12 sub-processors." and where the rest goes. */
export function regionSummary(index: readonly Indexed[], view: View): TemplateResult | typeof nothing {
  const { t, lang } = view;
  const total = index.length;
  const count = (region: string) => index.filter((i) => i.region === region).length;
  const [eea, adequate, third, unknown] = ['eea', 'adequate', 'third', 'unknown'].map(count);
  if (!total || eea + adequate + third === 0) return nothing;
  // The US and Canadian decisions cover only some recipients: say so.
  const partial = index.some((i) => i.region === 'adequate' && [...i.places].some((p) => p === 'US' || p === 'CA'));
  const fmt = (n: number) => n.toLocaleString(lang);
  const rest = [
    adequate ? fill(partial ? t.summaryPartial : t.summaryAdequate, { count: fmt(adequate) }) : '',
    third ? fill(t.summaryThird, { count: fmt(third) }) : '',
    unknown ? fill(t.summaryUnknown, { count: fmt(unknown) }) : '',
  ].filter(Boolean);
  return html`<p part="region-summary">
    ${plural(t.summary, total, lang, { count: fmt(eea), total: fmt(total) })} ${rest.length ? `${rest.join(', ')}.` : nothing}
  </p>`;
}

/** Problems listed in the report; the rest are counted ("… and 12 more") and all are in the load event. */
export const PROBLEMS_SHOWN = 50;

export function problems(list: readonly Problem[], view: View): TemplateResult | typeof nothing {
  if (!list.length) return nothing;
  // However many problems a registry makes (one per bad list item: millions), the report stays small.
  const more = list.length - PROBLEMS_SHOWN;
  return html`<details part="problems">
    <summary>${plural(view.t.problems, list.length, view.lang)}</summary>
    <ul>
      ${list.slice(0, PROBLEMS_SHOWN).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
    </ul>
    ${more > 0 ? html`<p>${plural(view.t.problemsMore, more, view.lang)}</p>` : nothing}
  </details>`;
}
