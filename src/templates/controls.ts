/**
 * The search field and filters above the tables, and the message when
 * nothing matches. Plain labelled form controls: keyboard and screen
 * readers need nothing special.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Filters, Option } from '../lib/filter.js';
import { fill } from '../lib/strings.js';
import type { View } from './view.js';

export interface ControlsModel {
  filters: Filters;
  showSearch: boolean;
  showFilters: boolean;
  countries: Option[];
  groups: Option[];
  subjects: string[];
}

function select(name: keyof Filters, label: string, value: string, options: TemplateResult[]): TemplateResult {
  return html`<label class="field">
    <span class="field-label">${label}</span>
    <select part="filter" name=${name} .value=${value}>
      ${options}
    </select>
  </label>`;
}

const option = (value: string, label: string, selected: string) =>
  html`<option value=${value} ?selected=${value === selected}>${label}</option>`;

export function controls(m: ControlsModel, view: View, searchLabel: string): TemplateResult | typeof nothing {
  const { t } = view;
  const f = m.filters;
  const location =
    m.showFilters && m.countries.length
      ? select('location', t.filterLocation, f.location, [
          option('', t.filterAny, f.location),
          option('eea', t.filterInsideEea, f.location),
          option('outside', t.filterOutsideEea, f.location),
          html`<optgroup label=${t.filterCountries}>${m.countries.map((c) => option(c.value, c.label, f.location))}</optgroup>`,
        ])
      : nothing;
  const group =
    m.showFilters && m.groups.length > 1
      ? select('group', t.filterGroup, f.group, [option('', t.filterAny, f.group), ...m.groups.map((g) => option(g.value, g.label, f.group))])
      : nothing;
  const subject =
    m.showFilters && m.subjects.length
      ? select('subject', t.filterSubject, f.subject, [option('', t.filterAny, f.subject), ...m.subjects.map((s) => option(s, s, f.subject))])
      : nothing;
  if (!m.showSearch && location === nothing && group === nothing && subject === nothing) return nothing;
  return html`<form part="filters" role="search" aria-label=${searchLabel}>
    ${m.showSearch
      ? html`<label class="field search-field">
          <span class="field-label">${t.search}</span>
          <input part="search" type="search" name="query" .value=${f.query} autocomplete="off" spellcheck="false" />
        </label>`
      : nothing}
    ${location} ${group} ${subject}
  </form>`;
}

/** Shown instead of the tables when nothing matches. */
export function noMatch(f: Filters, view: View): TemplateResult {
  const { t } = view;
  return html`<div part="empty" class="no-match">
    <p>${f.query.trim() ? fill(t.noMatchQuery, { query: f.query.trim() }) : t.noMatchFilters}</p>
    <button part="reset-button" type="button" data-action="reset">${t.reset}</button>
  </div>`;
}
