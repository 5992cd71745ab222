/**
 * The search field and filters above the tables, and the message when
 * nothing matches. Plain labelled form controls: keyboard and screen
 * readers need nothing special.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Filters } from '../model/search.js';
import type { ListModel } from '../model/list-model.js';
import { fill } from '../lib/strings.js';

function select(name: keyof Filters, label: string, value: string, options: unknown[]): TemplateResult {
  return html`<label class="field">
    <span class="field-label">${label}</span>
    <select part="filter" name=${name} .value=${value}>
      ${options}
    </select>
  </label>`;
}

const option = (value: string, label: string, selected: string) => html`<option value=${value} ?selected=${value === selected}>${label}</option>`;

export function controls(m: ListModel, f: Filters, show: { search: boolean; filters: boolean }): TemplateResult | typeof nothing {
  const { t } = m;
  const location =
    show.filters && m.countries.length
      ? select('location', t.filterLocation, f.location, [
          option('', t.filterAny, f.location),
          option('eea', t.filterInsideEea, f.location),
          option('outside', t.filterOutsideEea, f.location),
          html`<optgroup label=${t.filterCountries}>${m.countries.map((c) => option(c.value, c.label, f.location))}</optgroup>`,
        ])
      : nothing;
  const group =
    show.filters && m.groups.length > 1
      ? select('group', t.filterGroup, f.group, [option('', t.filterAny, f.group), ...m.groups.map((g) => option(g.value, g.label, f.group))])
      : nothing;
  const subject =
    show.filters && m.subjects.length
      ? select('subject', t.filterSubject, f.subject, [option('', t.filterAny, f.subject), ...m.subjects.map((s) => option(s, s, f.subject))])
      : nothing;
  if (!show.search && location === nothing && group === nothing && subject === nothing) return nothing;
  const title = m.header.title ?? t.defaultTitle;
  return html`<form part="filters" role="search" aria-label=${fill(t.searchLabel, { title })}>
    ${show.search
      ? html`<label class="field search-field">
          <span class="field-label">${t.search}</span>
          <input part="search" type="search" name="query" .value=${f.query} autocomplete="off" spellcheck="false" />
        </label>`
      : nothing}
    ${location} ${group} ${subject}
  </form>`;
}

/** Shown above the (all hidden) tables when nothing matches. */
export function noMatch(m: ListModel, f: Filters): TemplateResult {
  const { t } = m;
  const query = f.query.trim();
  return html`<div part="empty" class="no-match">
    <p>${query ? fill(t.noMatchQuery, { query }) : t.noMatchFilters}</p>
    <button part="reset-button" type="button" data-action="reset">${t.reset}</button>
  </div>`;
}
