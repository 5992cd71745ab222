// The element: its documented API, wired to controllers; the list model decides what it shows (see the architecture notes in the README).
import { LitElement, type PropertyValues } from 'lit';
import { TaskStatus } from '@lit/task';
import { styles } from './styles/index.js';
import type { Loaded } from './lib/load.js';
import { en, fill, type Strings } from './lib/strings.js';
import { regionNames } from './lib/intl.js';
import { todayIso } from './lib/dates.js';
import { isIsoDate } from './lib/registry.js';
import { formatSort, parseSort, type SortDirection } from './lib/sort.js';
import { flagsSupported } from './flags.js';
import { wordWidth } from './measure.js';
import { createEvent, type LoadDetail, type SortDetail } from './events.js';
import { buildListModel, statusText, type ListModel } from './model/list-model.js';
import { effectiveFilters, ListView } from './model/list-view.js';
import { loadLocale, localeReady, resolveStrings } from './model/locales.js';
import { COLUMN, type ColumnKey } from './model/columns.js';
import { warmIndex, type Filters } from './model/search.js';
import { errorDetail } from './model/errors.js';
import { SourceController } from './controllers/source.js';
import { LocaleController } from './controllers/locale.js';
import { ThemeController } from './controllers/theme.js';
import { HashSyncController } from './controllers/hash-sync.js';
import { PrintController } from './controllers/print.js';
import { FitController } from './controllers/fit.js';
import { RowsController } from './controllers/rows.js';
import { describedText, InteractionsController } from './controllers/interactions.js';
import { legendRowId, revealLegendRow } from './templates/legend.js';
import { page } from './templates/layout.js';

/** Controls (search, filters) appear by default from this many entries. */
const CONTROLS_FROM = 8;
/** Options the list model is built from: a change to one of them rebuilds it. */
const MODEL_INPUTS = ['columns', 'headingLevel', 'noFlags', 'today', 'newDays', 'staleDays'] as const;

/**
 * Renders a company's GDPR sub-processor list from a JSON registry: one accessible table per group, with location badges and data-category chips.
 *
 * @summary A sub-processor list from a JSON registry, as accessible tables.
 * @tagname subprocessor-list
 *
 * @attr src - URL of the registry JSON. Relative URLs resolve against the page.
 * @attr timeout - Milliseconds to wait for the registry before giving up. Default 15000.
 * @attr heading-level - Level (1–6) of the list's title heading; group headings use the next level. Default 2.
 * @attr lang - Language of the element's own words and of dates and country names. Default: the nearest `lang` up the tree, then the browser's.
 * @attr sort - Initial order: a column key (`sort="purpose"`), `-` first for descending (`sort="-name"`). Updated when the reader sorts.
 * @attr query - Initial search text.
 * @attr columns - Which columns to show, in order, e.g. `columns="name purpose data-locations"`. Keys: `name`, `purpose`, `entity-location`, `data-locations`, `data`, `retention`, `transfer`, `dpa`, `added`, `notes`. Default: every column some entry fills.
 * @attr no-search - Hides the search field.
 * @attr no-filters - Hides the filters.
 * @attr controls - `auto` (default): search and filters appear from 8 entries; `always`: also for shorter lists.
 * @attr layout - `auto` (default): a table, or cards when the element is narrower than 40rem (a table too wide for its column scrolls sideways in its own region); `table` or `cards` to force one.
 * @attr theme - `auto` (default): the light or dark palette after the page's own text colour (so it follows the page, and the page's dark mode); `light` or `dark` to force one.
 * @attr no-flags - Turns off the flags in location badges.
 * @attr legend - The legend of data categories: `closed` (default), `open`, or `none`.
 * @attr new-days - Entries whose `added` date is at most this many days ago are marked New. Default 30.
 * @attr stale-days - The last-updated date is marked as possibly out of date after this many days. Default 180.
 * @attr changes - The "Recent changes" section (from `changes` and `notice`): `closed` (default), `open`, or `none`.
 * @attr today - Today's date as `YYYY-MM-DD`, for archived copies and tests; default: the reader's clock.
 * @attr sync-url - Mirrors sort, search and filters in the page's URL hash, so a view can be shared by link and survives reload (keys prefixed with the element's `id` when it has one).
 * @attr show-problems - Shows the report of the registry's problems under the list (for the list's owner; the problems are always in the load event and the console).
 *
 * @fires {CustomEvent<LoadDetail>} subprocessor-list-load - The registry was loaded and rendered, every row included. `detail`: `{ registry, problems }`.
 * @fires {CustomEvent<ErrorDetail>} subprocessor-list-error - The registry could not be loaded or is not a registry. `detail`: `{ kind, message, url, status?, problem?, retryable }`.
 * @fires {CustomEvent<SortDetail>} subprocessor-list-sort - The reader sorted a column. `detail`: `{ column, direction }` (`ascending` or `descending`).
 * @slot - Fallback content (a link to the list, or a static table of it): shown while the list loads, if loading fails, and wherever scripts never run.
 *
 * @csspart header - The block with title, intro, publisher, date and links.
 * @csspart title - The list's title heading.
 * @csspart intro - The introduction paragraph.
 * @csspart meta - Publisher, last-updated date and contact.
 * @csspart links - The DPA and subscribe links.
 * @csspart link - Every link.
 * @csspart status - The polite live status line ("Loading…", "12 sub-processors", "Showing 4 of 12 sub-processors").
 * @csspart group - The section around one group's table.
 * @csspart group-heading - A group's heading, above its table.
 * @csspart group-description - A group's description, under its heading.
 * @csspart table - Each <table>.
 * @csspart caption - Each table's <caption>, visually hidden (a heading above says the same); show it with `::part(caption)`.
 * @csspart header-cell - Each column header (<th scope="col">); in the card layout, the row of sort buttons.
 * @csspart sort-button - The button in each column header that sorts by it.
 * @csspart filters - The search-and-filter form.
 * @csspart search - The search field (<input type="search">).
 * @csspart filter - Each filter (<select>).
 * @csspart reset-button - The button that clears search and filters when nothing matches.
 * @csspart row - One row per sub-processor, and nothing else.
 * @csspart cell - Each body cell, the row header with the name included.
 * @csspart name - The sub-processor's name.
 * @csspart name-link - The name, when it links to the vendor's site (also `link`).
 * @csspart service - The service name shown under the legal name.
 * @csspart location-badge - A location (a button with a tooltip), with its GDPR standing as a second name: `location-badge eea`, `adequate`, `third` or `unknown`.
 * @csspart category - A data-category chip (a button with a tooltip); `category unknown` for codes the list does not define.
 * @csspart tooltip - The explanation of a chip or badge, shown on hover, focus or click (in the top layer).
 * @csspart tooltip-button - "Show in the legend", in a tooltip opened by click or tap.
 * @csspart legend - The disclosure with the legend of data categories, below the tables.
 * @csspart marker - A row marker: `marker new`, `marker changed` (from the change log, within `new-days`), `marker upcoming` (with its start date) or `marker retiring` (with its end date). Rows carry the same names: `row new`, `row changed`, `row upcoming`, `row retiring`.
 * @csspart latest - The latest changes, under the header, with the way to the whole history.
 * @csspart changes - The "Recent changes" disclosure, with the notice period.
 * @csspart stale - The note that the list may be out of date.
 * @csspart export - The export buttons (CSV download, copy as Markdown).
 * @csspart region-summary - The line saying for how many sub-processors data stays inside the EEA.
 * @csspart key - The key to the colours of the location badges, in words.
 * @csspart error - The error message box.
 * @csspart retry-button - The Try again button in the error box.
 * @csspart empty - The message for a list without entries, or when nothing matches the search and filters.
 * @csspart problems - The collapsed report of the registry's problems.
 *
 * @cssprop [--subprocessor-list-accent=light-dark(#0b57c2, #8cb4ff)] - Links, focus ring and chip tint.
 * @cssprop [--subprocessor-list-text=currentColor] - Text colour (inherits the page's; with `theme="light"` or `"dark"`, the palette's own).
 * @cssprop [--subprocessor-list-muted=color-mix(in srgb, currentColor 72%, transparent)] - Secondary text.
 * @cssprop [--subprocessor-list-background=transparent] - Background of the whole element (with `theme="light"` or `"dark"`, the palette's own).
 * @cssprop [--subprocessor-list-border-color=color-mix(in srgb, currentColor 18%, transparent)] - Table and cell borders.
 * @cssprop [--subprocessor-list-radius=0.375rem] - Corner radius of tables, boxes and buttons.
 * @cssprop [--subprocessor-list-header-background=color-mix(in srgb, currentColor 6%, transparent)] - Column header background.
 * @cssprop [--subprocessor-list-row-hover-background=color-mix(in srgb, currentColor 4%, transparent)] - Row background under the pointer.
 * @cssprop [--subprocessor-list-badge-background=color-mix(in srgb, currentColor 7%, transparent)] - Location badge background.
 * @cssprop [--subprocessor-list-badge-border-color=color-mix(in srgb, currentColor 22%, transparent)] - Location badge border.
 * @cssprop [--subprocessor-list-chip-background=color-mix(in srgb, var(--_accent) 12%, transparent)] - Category chip background.
 * @cssprop [--subprocessor-list-chip-text=currentColor] - Category chip text colour.
 * @cssprop [--subprocessor-list-unknown-color=light-dark(#a4262c, #ff9c9c)] - Chips for codes the list does not define.
 * @cssprop [--subprocessor-list-error-background=light-dark(#fdf1f1, #3a1d1e)] - Error box background.
 * @cssprop [--subprocessor-list-error-border-color=light-dark(#d13438, #ff8a8a)] - Error box border.
 * @cssprop [--subprocessor-list-eea-color=light-dark(#1a7f37, #3fb950)] - Tone of badges for places inside the EEA.
 * @cssprop [--subprocessor-list-adequate-color=light-dark(#0969da, #58a6ff)] - Tone of badges for countries with an EU adequacy decision.
 * @cssprop [--subprocessor-list-third-country-color=light-dark(#bc4c00, #f0883e)] - Tone of badges for third countries (transfer safeguards needed).
 * @cssprop [--subprocessor-list-tooltip-background=light-dark(#1f2328, #f0f3f6)] - Tooltip background.
 * @cssprop [--subprocessor-list-tooltip-text=light-dark(#ffffff, #1f2328)] - Tooltip text.
 * @cssprop [--subprocessor-list-space=0.5rem] - Base spacing unit (cell padding, gaps).
 * @cssprop [--subprocessor-list-focus-ring=2px solid var(--_accent)] - Outline of focused controls.
 * @cssprop [--subprocessor-list-loading-height=12rem] - Space reserved while loading.
 */
export class SubprocessorListElement extends LitElement {
  static override styles = styles;
  /** Reactive properties, their attributes and types (a static table rather than decorators: smaller). */
  static override properties = {
    src: {}, registry: { attribute: false }, timeout: { type: Number }, headingLevel: { attribute: 'heading-level', type: Number },
    sort: { reflect: true }, query: {}, columns: {}, noSearch: { type: Boolean, attribute: 'no-search' },
    noFilters: { type: Boolean, attribute: 'no-filters' }, controls: {}, layout: { reflect: true }, syncUrl: { type: Boolean, attribute: 'sync-url' },
    theme: { reflect: true }, noFlags: { type: Boolean, attribute: 'no-flags' }, legend: {}, newDays: { attribute: 'new-days', type: Number },
    staleDays: { attribute: 'stale-days', type: Number }, changes: {}, today: {}, strings: { attribute: false },
    showProblems: { type: Boolean, attribute: 'show-problems' }, _filters: { state: true, attribute: false }, _announcement: { state: true, attribute: false },
  };

  /** Registers the element under `tag` unless that name is taken. */
  static define(tag = 'subprocessor-list', registry: CustomElementRegistry = customElements): void {
    if (registry.get(tag)) return;
    try {
      registry.define(tag, this);
    } catch {
      // A constructor can be defined once per registry: under a second name, define a subclass.
      registry.define(tag, class extends this {});
    }
  }

  /** URL of the registry JSON. Relative URLs resolve against the page. */
  src?: string;
  /** The registry itself, as an object (or JSON text), for frameworks and pages that already have it. Takes precedence over `src`. */
  registry?: unknown;
  /** Milliseconds to wait for the registry before giving up. */
  timeout = 15000;
  /** Level (1–6) of the title heading; group headings use the next level. */
  headingLevel = 2;
  /** The order: a column key, `-` first for descending. Reflects the reader's choice. */
  sort = '';
  /** The search text (initially from the attribute, then as typed). */
  query = '';
  /** Which columns to show, in order (space-separated keys). */
  columns?: string;
  /** Hides the search field. */
  noSearch = false;
  /** Hides the filters. */
  noFilters = false;
  /** `auto`: search and filters from 8 entries on; `always`: for any list. */
  controls: 'auto' | 'always' = 'auto';
  /** `auto`, `table` or `cards`. */
  layout: 'auto' | 'table' | 'cards' = 'auto';
  /** Mirrors sort, search and filters in the URL hash. */
  syncUrl = false;
  /** `auto` (default): follows the page's colours; `light` or `dark` to force one palette. */
  theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Turns off the flags in location badges. */
  noFlags = false;
  /** The legend of data categories: `closed` (default), `open`, or `none`. */
  legend: 'closed' | 'open' | 'none' = 'closed';
  /** Entries added within this many days are marked New. */
  newDays = 30;
  /** The "last updated" date is marked stale after this many days. */
  staleDays = 180;
  /** The "Recent changes" section: `closed` (default), `open`, or `none`. */
  changes: 'closed' | 'open' | 'none' = 'closed';
  /** Today's date (`YYYY-MM-DD`) for the markers and freshness; default: the reader's clock. For archived copies and tests. */
  today?: string;
  /** Overrides for any of the element's own words (see the README). */
  strings?: Partial<Strings>;
  /** Shows the report of the registry's problems (for the list's owner; readers never need it). */
  showProblems = false;

  /** @internal The filters other than the search text. */ private _filters: Omit<Filters, 'query'> = { location: '', group: '', subject: '' };
  /** @internal Said politely after the reader sorts or copies. */ private _announcement = '';

  #model?: ListModel;
  #inputs: { loaded?: Loaded | null; lang?: string; t?: Strings } = {};
  #t: Strings = en; // the words in use: English until the list's language is first here
  #view = new ListView();

  private _source = new SourceController(this, {
    // While the request is out, pay the first render's one-time costs (the flag probe, country-name data).
    whileFetching: () => (flagsSupported(), regionNames(this._locale.lang).of('DE')),
    loaded: (l) => this.#emitAfterRender<LoadDetail>('subprocessor-list-load', { registry: l.registry, problems: l.problems }),
    failed: (e) => this.#emitAfterRender('subprocessor-list-error', errorDetail(e, this.#t, this._locale.lang)),
    ready: () => loadLocale(this._locale.lang),
  });
  private _locale = new LocaleController(this);
  private _hash = new HashSyncController(this, {
    read: () => ({ sort: this.sort, query: this.query ?? '', ...this._filters }),
    apply: (s) => {
      [this.sort, this.query] = [parseSort(s.sort) ? s.sort! : '', s.query ?? ''];
      this._filters = { location: s.location ?? '', group: s.group ?? '', subject: s.subject ?? '' };
    },
  });
  private _print = new PrintController(this, { before: () => (this.performUpdate(), this._rows.flush(), this._tooltip.close()) });
  private _rows = new RowsController(this);
  private _tooltip = new InteractionsController(
    this,
    (trigger) => {
      const index = trigger.dataset.index;
      const legendTarget = index !== undefined && this.legend !== 'none' ? legendRowId(Number(index)) : undefined;
      return { text: describedText(this.renderRoot, trigger), legendTarget, legendLabel: this.#t.showInLegend };
    },
    (target) => revealLegendRow(this.renderRoot, target),
  );

  /** @internal Controllers the element never calls: they follow its lifecycle on their own. */
  protected readonly _own = [new ThemeController(this), new FitController(this)];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const lang = this._locale.lang;
    // A language whose words are still on their way: keep what is shown (an English flash would be worse).
    if (!localeReady(lang)) return void loadLocale(lang).then(() => this.requestUpdate());
    const t = (this.#t = resolveStrings(lang, this.strings));
    const loaded = this._source.value;
    const i = this.#inputs;
    if (loaded === i.loaded && lang === i.lang && t === i.t && !MODEL_INPUTS.some((k) => changed.has(k))) return;
    this.#inputs = { loaded, lang, t };
    const today = this.today && isIsoDate(this.today) ? this.today : todayIso();
    const o = { columns: this.columns, headingLevel: this.headingLevel, flags: !this.noFlags, today, newDays: this.newDays, staleDays: this.staleDays, measure: wordWidth(this) };
    const m = (this.#model = loaded ? buildListModel(loaded, o, lang, t) : undefined);
    // After the first rows are painted, ready the search text in small tasks.
    if (m) requestAnimationFrame(() => setTimeout(() => warmIndex(m.index)));
  }

  get #filters(): Filters {
    return effectiveFilters(this.#model, { query: this.query ?? '', ...this._filters });
  }

  /** The entries the search and filters let through; undefined while nothing is filtered. */
  get #matched() {
    return this.#model && this.#view.matched(this.#model, this.#filters, this._print.printing);
  }

  override render() {
    const [m, t, s] = [this.#model, this.#t, this._source];
    const all = m?.registry.subprocessors ?? [];
    const matched = this.#matched;
    const many = this.controls === 'always' || all.length >= CONTROLS_FROM;
    return page({
      m, t, filters: this.#filters, announcement: this._announcement, legend: this.legend, here: location.href, rows: this._rows,
      state: s.pending ? 'loading' : s.status === TaskStatus.ERROR ? 'error' : 'done', error: s.error, retry: this.#retry, lang: this._locale.lang,
      sorted: m && this.#view.sorted(m, this.sort), shown: matched ? matched.size : all.length,
      status: m ? statusText(m, matched ? matched.size : undefined) : s.pending && this.#inputs.t ? t.loading : '',
      controls: { search: many && !this.noSearch, filters: many && !this.noFilters },
      changes: this._print.printing && this.changes !== 'none' ? 'open' : this.changes,
      showProblems: this.showProblems && !this._print.printing,
      on: { click: (e) => this.#onClick(e), input: (e) => this.#onInput(e) },
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A sort moves rows, the tooltip's trigger with them: the tooltip would point at nothing.
    if (changed.has('sort')) this._tooltip.close();
    const set = this.#matched;
    this._rows.show(set && ((e) => set.has(e)));
    // A re-render (sort, filter, new registry) may have removed or reused the tooltip's trigger.
    this._tooltip.closeIfStale();
  }

  #onInput(e: Event): void {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'query') this.query = target.value;
    else if (Object.hasOwn(this._filters, target.name)) this._filters = { ...this._filters, [target.name]: target.value };
    else return;
    this._hash.write();
  }

  #onClick(e: Event): void {
    const target = e.target as Element;
    const column = target.closest<HTMLElement>('[part~="sort-button"]')?.dataset.column;
    const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (column) this.#sortBy(column as ColumnKey);
    else if (action === 'reset') this.#reset();
    else if ((action === 'csv' || action === 'markdown') && this.#model) {
      const set = this.#matched;
      const entries = this.#view.sorted(this.#model, this.sort).entries.filter((x) => !set || set.has(x));
      void import('./export.js').then(({ exportRows }) => exportRows(action, this.#model!, entries)).then((said) => said && (this._announcement = said));
    }
  }

  #sortBy(column: ColumnKey): void {
    const current = parseSort(this.sort);
    const direction: SortDirection = current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = formatSort({ column, direction });
    this._announcement = fill(this.#t.sorted, { column: this.#t[COLUMN[column].label], direction: this.#t[direction] });
    this._hash.write();
    this.dispatchEvent(createEvent<SortDetail>('subprocessor-list-sort', { column, direction }));
  }

  #reset(): void {
    this.query = '';
    this._filters = { location: '', group: '', subject: '' };
    this._hash.write();
    // The reset button disappears with the message: keep focus in the form.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="search"], [part~="filter"]')?.focus());
  }

  #emitAfterRender<T>(type: 'subprocessor-list-load' | 'subprocessor-list-error', detail: T): void {
    // The task asks for its render after this callback: ask now, so that updateComplete
    // covers that render; long lists build their rows over several frames.
    this.requestUpdate();
    void this.updateComplete.then(() => this._rows.done()).then(() => this.isConnected && (this.dispatchEvent(createEvent(type, detail)), this._tooltip.prefetch()));
  }

  /** Loads the registry again (from `src`, the property or inline JSON). */
  reload(): void {
    this._source.reload();
  }

  /** Retry from the button: it disappears while loading, so focus moves to the status line. */
  #retry = (): void => {
    this.reload();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="status"]')?.focus());
  };

  /** Resolves when the current load has finished and rendered, every row included (a long list builds its rows over several frames). */
  get loadComplete(): Promise<unknown> {
    // The task starts in an update: before the first one, it has not begun.
    return this.updateComplete.then(() => this._source.task.taskComplete.catch(() => undefined)).then(() => this.updateComplete).then(() => this._rows.done());
  }
}
