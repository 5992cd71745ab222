import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { Task, TaskStatus } from '@lit/task';
import { styles } from './subprocessor-list.styles.js';
import { accept, errorMessage, fetchRegistry, parseJson, RegistryError, type Loaded } from './lib/load.js';
import { en, fill, plural, resolveStrings, type Strings } from './lib/strings.js';
import { regionNames, supportedLocale } from './lib/intl.js';
import { flagsSupported } from './flags.js';
import { COLUMN_KEYS, COLUMN_LABEL, usedColumns, type ColumnKey } from './lib/columns.js';
import { formatSort, parseSort, sortEntries, type SortDirection } from './lib/sort.js';
import {
  countryOptions,
  filterEntries,
  groupOptions,
  indexEntries,
  warmIndex,
  isFiltering,
  NO_FILTERS,
  subjectOptions,
  type Filters,
  type Indexed,
  type Option,
} from './lib/filter.js';
import { hashHref, readHash, writeHash } from './lib/hash.js';
import { createEvent, type ErrorDetail, type SortDetail } from './events.js';
import { groups, header, problems, regionSummary } from './templates/sections.js';
import { descriptions, legend, legendRowId } from './templates/legend.js';
import { TooltipController } from './tooltip.js';
import { isLight, unwatchPage, watchPage } from './page-watch.js';
import { de } from './lib/locales/de.js';
import { fr } from './lib/locales/fr.js';
import { nl } from './lib/locales/nl.js';
import { es } from './lib/locales/es.js';

/** Built-in UI languages, by primary language subtag. */
const LOCALES: Record<string, Strings> = { en, de, fr, nl, es };
import { categoryText, locationTip } from './lib/explain.js';
import { readLocation } from './lib/locations.js';
import { localizeRegistry } from './lib/localize.js';
import { todayIso } from './lib/dates.js';
import { isIsoDate } from './lib/registry.js';
import { safeUrl } from './lib/url.js';
import { toCsv, toMarkdown } from './lib/export.js';
import { changesSection } from './templates/changes.js';
import { classifyLocation, locationCode } from './lib/regions.js';
import { controls, noMatch } from './templates/controls.js';
import { flushRows, rowsDone, showRows } from './templates/rows.js';
import type { View } from './templates/view.js';
import type { Subprocessor } from './lib/types.js';

/** What the element derives from a loaded registry, once per registry, language and options. */
interface Derived {
  loaded: Loaded;
  lang: string;
  t: Strings;
  columnsAttr: string | undefined;
  headingLevel: number;
  view: View;
  index: Indexed[];
  /** Filter options: they depend on the registry and language only, not on each keystroke. */
  countries: Option[];
  groupOptions: Option[];
  subjects: string[];
  sorted?: { key: string; entries: Subprocessor[] };
}

/** Controls (search, filters) appear by default from this many entries. */
const CONTROLS_FROM = 8;

/** A scroller that overflows must be reachable by keyboard (WCAG 2.1.1); one that fits must not be a stray tab stop. */
function markScrollable(scroller: HTMLElement): void {
  const overflows = scroller.scrollWidth > scroller.clientWidth + 1;
  if (overflows === scroller.hasAttribute('tabindex')) return;
  if (overflows) {
    scroller.setAttribute('tabindex', '0');
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', scroller.dataset.label ?? '');
  } else {
    scroller.removeAttribute('tabindex');
    scroller.removeAttribute('role');
    scroller.removeAttribute('aria-label');
  }
}

/**
 * Renders a company's GDPR sub-processor list from a JSON registry: one
 * accessible table per group, with location badges and data-category chips.
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
 * @attr layout - `auto` (default): a table, or cards when the element is narrower than 40rem; `table` or `cards` to force one.
 * @attr theme - `auto` (default): the light or dark palette after the page's own text colour (so it follows the page, and the page's dark mode); `light` or `dark` to force one.
 * @attr no-flags - Turns off the flags in location badges.
 * @attr legend - The legend of data categories: `closed` (default), `open`, or `none`.
 * @attr new-days - Entries whose `added` date is at most this many days ago are marked New. Default 30.
 * @attr stale-days - The last-updated date is marked as possibly out of date after this many days. Default 180.
 * @attr changes - The "Recent changes" section (from `changes` and `notice`): `closed` (default), `open`, or `none`.
 * @attr today - Today's date as `YYYY-MM-DD`, for archived copies and tests; default: the reader's clock.
 * @attr sync-url - Mirrors sort, search and filters in the page's URL hash, so a view can be shared by link and survives reload (keys prefixed with the element's `id` when it has one).
 *
 * @fires subprocessor-list-load - The registry was loaded and rendered, every row included. `detail`: `{ registry, problems }`.
 * @fires subprocessor-list-error - The registry could not be loaded or is not a registry. `detail`: `{ kind, message, url, status?, problem?, retryable }`.
 * @fires subprocessor-list-sort - The reader sorted a column. `detail`: `{ column, direction }` (`ascending` or `descending`).
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
 * @csspart marker - A row marker: `marker new`, `marker upcoming` (with its start date) or `marker retiring` (with its end date). Rows carry the same names: `row new`, `row upcoming`, `row retiring`.
 * @csspart changes - The "Recent changes" disclosure, with the notice period.
 * @csspart stale - The note that the list may be out of date.
 * @csspart export - The export buttons (CSV download, copy as Markdown).
 * @csspart region-summary - The line saying for how many sub-processors data stays inside the EEA.
 * @csspart error - The error message box.
 * @csspart retry-button - The Try again button in the error box.
 * @csspart empty - The message for a list without entries, or when nothing matches the search and filters.
 * @csspart problems - The collapsed report of the registry's problems.
 *
 * @cssprop [--subprocessor-list-accent=light-dark(#0b57c2, #8cb4ff)] - Links, focus ring and chip tint.
 * @cssprop [--subprocessor-list-text=currentColor] - Text colour (inherits the page's).
 * @cssprop [--subprocessor-list-muted=color-mix(in srgb, currentColor 72%, transparent)] - Secondary text.
 * @cssprop [--subprocessor-list-background=transparent] - Background of the whole element.
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

  /** Observes inline `<script type="application/json">` children. */
  #observer?: MutationObserver;
  /** Set when a load was aborted because the element left the page. */
  #abortedByDisconnect = false;
  /** Makes overflowing table scrollers keyboard-focusable regions. */
  #resizeObserver?: ResizeObserver;
  #derived?: Derived;
  #onHashChange = () => this.#applyHash();
  #stringsCache?: { lang: string; overrides?: Partial<Strings>; strings: Strings };

  /** Text of an inline `<script type="application/json">` child. */
  @state() private _inline?: string;
  /** Bumped by reload() to run the task again with the same source. */
  @state() private _attempt = 0;
  /** The filters other than the search text. */
  @state() private _filters: Omit<Filters, 'query'> = { location: '', group: '', subject: '' };
  /** Said politely after the reader sorts. */
  @state() private _announcement = '';
  /** Between beforeprint and afterprint. */
  @state() private _printing = false;

  /** URL of the registry JSON. Relative URLs resolve against the page. */
  @property() src?: string;

  /**
   * The registry itself, as an object (or JSON text), for frameworks and
   * pages that already have it. Takes precedence over `src`.
   */
  @property({ attribute: false }) registry?: unknown;

  /** Milliseconds to wait for the registry before giving up. */
  @property({ type: Number }) timeout = 15000;

  /** Level (1–6) of the title heading; group headings use the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The order: a column key, `-` first for descending. Reflects the reader's choice. */
  @property({ reflect: true }) sort = '';

  /** The search text (initially from the attribute, then as typed). */
  @property() query = '';

  /** Which columns to show, in order (space-separated keys). */
  @property() columns?: string;

  /** Hides the search field. */
  @property({ type: Boolean, attribute: 'no-search' }) noSearch = false;

  /** Hides the filters. */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;

  /** `auto`: search and filters from 8 entries on; `always`: for any list. */
  @property() controls: 'auto' | 'always' = 'auto';

  /** `auto`, `table` or `cards`. */
  @property({ reflect: true }) layout: 'auto' | 'table' | 'cards' = 'auto';

  /** Mirrors sort, search and filters in the URL hash. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** `auto` (default): follows the page's colours; `light` or `dark` to force one palette. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Turns off the flags in location badges. */
  @property({ type: Boolean, attribute: 'no-flags' }) noFlags = false;

  /** The legend of data categories: `closed` (default), `open`, or `none`. */
  @property() legend: 'closed' | 'open' | 'none' = 'closed';

  /** Entries added within this many days are marked New. */
  @property({ attribute: 'new-days', type: Number }) newDays = 30;

  /** The "last updated" date is marked stale after this many days. */
  @property({ attribute: 'stale-days', type: Number }) staleDays = 180;

  /** The "Recent changes" section: `closed` (default), `open`, or `none`. */
  @property() changes: 'closed' | 'open' | 'none' = 'closed';

  /** Today's date (`YYYY-MM-DD`) for the markers and freshness; default: the reader's clock. For archived copies and tests. */
  @property() today?: string;

  /** Overrides for any of the element's own words (see the README). */
  @property({ attribute: false }) strings?: Partial<Strings>;

  /** @internal */
  private _tooltip = new TooltipController(
    this,
    (trigger) => {
      const t = this.#strings;
      const lang = this.#lang;
      const code = trigger.dataset.code;
      if (code !== undefined) {
        const index = this.#derived?.view.categoryIndex.get(code);
        const category = index === undefined ? undefined : this.#derived?.view.registry.categories?.[index];
        return {
          text: categoryText(category, t),
          legendTarget: index !== undefined && this.legend !== 'none' ? legendRowId(index) : undefined,
          legendLabel: t.showInLegend,
        };
      }
      const value = trigger.dataset.value ?? '';
      const { code: iso, label } = readLocation(value, lang);
      return { text: locationTip(label, classifyLocation(value), iso ?? locationCode(value), trigger.dataset.transfer, t) };
    },
    (target) => this.#showLegendRow(target),
  );

  /** @internal */
  private _task = new Task(this, {
    task: async ([kind, source], { signal }): Promise<Loaded | null> => {
      const base = document.baseURI;
      if (kind === 'registry') {
        const data = typeof source === 'string' ? parseJson(source, 'registry property') : source;
        return accept(data, 'registry property', base);
      }
      // setTimeout cannot wait longer than 2^31-1 ms; beyond that it fires at once.
      const timeout = this.timeout > 0 ? Math.min(this.timeout, 2 ** 31 - 1) : 15000;
      if (kind === 'src') {
        const response = fetchRegistry(source as string, signal, timeout, base);
        // While the request is out, pay the first render's one-time costs
        // (the flag probe draws on a canvas; country names load locale data).
        flagsSupported();
        regionNames(this.#lang).of('DE');
        return response;
      }
      if (kind === 'inline') return accept(parseJson(source as string, 'inline JSON'), 'inline JSON', base);
      return null;
    },
    // Only the source in use counts: editing inline JSON must not refetch src.
    args: () => [...this.#source, this._attempt] as const,
    onComplete: (loaded) => {
      if (loaded) this.#emitAfterRender('subprocessor-list-load', { registry: loaded.registry, problems: loaded.problems });
    },
    onError: (error) => {
      if (error instanceof RegistryError) this.#emitAfterRender('subprocessor-list-error', this.#errorDetail(error));
    },
  });

  /** The registry property, else src, else inline JSON. */
  get #source(): ['registry' | 'src' | 'inline' | 'none', unknown] {
    if (this.registry !== undefined && this.registry !== null) return ['registry', this.registry];
    if (this.src) return ['src', this.src];
    if (this._inline !== undefined) return ['inline', this._inline];
    return ['none', undefined];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved or re-attached: measure again (the observers stopped on disconnect), and look at the new surroundings.
    if (this.hasUpdated) {
      this.#applyScheme();
      this.requestUpdate();
    }
    this.#readInline();
    this.#observer ??= new MutationObserver(() => this.#readInline());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.#abortedByDisconnect) {
      this.#abortedByDisconnect = false;
      void this._task.run();
    }
    this.#syncHash(false);
    watchPage(this);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  /** Starts or stops following the URL hash as sync-url is set or removed. */
  #syncHash(was: boolean): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    if (!this.syncUrl) return;
    if (!was) this.#applyHash();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Reading the page's colour forces a style pass: only when connecting, when theme changes, or when the page changes.
    if (changed.has('theme') || !this.hasUpdated) this.#applyScheme();
    if (changed.has('syncUrl') && this.isConnected && changed.get('syncUrl') !== undefined) this.#syncHash(!!changed.get('syncUrl'));
  }

  /** @internal Called by the page watcher: the language or the page's colours may have changed. */
  pageChanged(): void {
    this.#applyScheme();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#resizeObserver?.disconnect();
    window.removeEventListener('hashchange', this.#onHashChange);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    unwatchPage(this);
    // A move (remove then insert in the same task) should not restart the
    // fetch, so only abort if the element is still detached a moment later.
    queueMicrotask(() => {
      if (!this.isConnected && this._task.status === TaskStatus.PENDING) {
        this.#abortedByDisconnect = true;
        this._task.abort();
      }
    });
  }

  get #today(): string {
    return this.today && isIsoDate(this.today) ? this.today : todayIso();
  }

  /** The visible rows, in order, as the texts of the visible columns. */
  #exportTable(): { header: string[]; rows: string[][] } | undefined {
    const d = this.#derived;
    if (!d) return undefined;
    const view = d.view;
    const sorted = this.#sorted(d, parseSort(this.sort));
    const entries = this.#matched ? sorted.filter((e) => this.#matched!.has(e)) : sorted;
    const place = (v: string) => readLocation(v, view.lang).label;
    const text = (e: Subprocessor, key: ColumnKey): string => {
      switch (key) {
        case 'name':
          return e.service && e.service !== e.name ? `${e.name} (${e.service})` : e.name;
        case 'entity-location':
          return e.entityLocation ? place(e.entityLocation) : '';
        case 'data-locations':
          return (e.dataLocations ?? []).map(place).join(', ');
        case 'data':
          return [(e.categories ?? []).join(' '), e.data ?? ''].filter(Boolean).join(' — ');
        case 'dpa':
          return e.dpa ? (safeUrl(e.dpa, view.base) ?? e.dpa) : '';
        default:
          return e[key] ?? '';
      }
    };
    return {
      header: view.columns.map((k) => view.t[COLUMN_LABEL[k]] as string),
      rows: entries.map((e) => view.columns.map((k) => text(e, k))),
    };
  }

  #exportCsv(): void {
    const table = this.#exportTable();
    if (!table) return;
    const blob = new Blob([toCsv(table.header, table.rows)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${(this.#derived?.view.registry.title || 'subprocessors').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'subprocessors'}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  async #exportMarkdown(): Promise<void> {
    const table = this.#exportTable();
    if (!table) return;
    const t = this.#strings;
    try {
      await navigator.clipboard.writeText(toMarkdown(table.header, table.rows));
      this._announcement = t.copied;
    } catch {
      this._announcement = t.copyFailed;
    }
  }

  /** Entries that pass the search and filters (undefined: all). */
  #matched?: Set<Subprocessor>;

  #someHidden = false;

  /** Hides the rows (and whole sections) that do not match; every row stays in the DOM. */
  #showMatches(): void {
    const matched = this.#matched;
    // Nothing to hide, and nothing hidden by an earlier pass (new rows start shown): nothing to do.
    if (!matched && !this.#someHidden) return;
    this.#someHidden = !!matched;
    showRows(this, (e) => !matched || matched.has(e));
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A sort moves rows, the tooltip's trigger with them: the tooltip would point at nothing.
    if (changed.has('sort')) this._tooltip.close();
    this.#showMatches();
    // A re-render (sort, filter, new registry) may have removed or reused the tooltip's trigger.
    this._tooltip.closeIfStale();
    const scrollers = this.renderRoot.querySelectorAll<HTMLElement>('.scroller');
    this.#resizeObserver?.disconnect();
    if (!scrollers.length) return;
    // Layout changes wait for the next frame: made inside the observer's
    // callback they would resize what it observes ("ResizeObserver loop").
    this.#resizeObserver ??= new ResizeObserver(() => {
      cancelAnimationFrame(this.#fitFrame);
      this.#fitFrame = requestAnimationFrame(() => this.#fit());
    });
    scrollers.forEach((s) => this.#resizeObserver!.observe(s));
  }

  /** Width the tables need (measured while shown as tables); 0 until known. */
  #tableWidth = 0;
  #fitFrame = 0;

  /**
   * layout="auto": a table where it fits, cards where it does not. The
   * container query (cards below 40rem) is the first guess; once a table is
   * seen to overflow, cards until the element is as wide as the table needs.
   */
  #fit(): void {
    const root = this.renderRoot.querySelector<HTMLElement>('.root');
    const scrollers = [...this.renderRoot.querySelectorAll<HTMLElement>('.scroller')];
    if (!root || !scrollers.length) return;
    if (this.layout === 'auto') {
      // Cards show the header row as a bar of sort buttons (flex); a table (or a long table's grid) does not.
      const asTable = scrollers.some((s) => getComputedStyle(s.querySelector('thead tr')!).display !== 'flex');
      if (asTable) {
        const need = Math.max(...scrollers.map((s) => s.scrollWidth));
        if (need > root.clientWidth + 1) {
          this.#tableWidth = need;
          root.classList.add('fit-cards');
        }
      } else if (this.#tableWidth && root.clientWidth >= this.#tableWidth) {
        root.classList.remove('fit-cards');
      }
    } else root.classList.remove('fit-cards');
    scrollers.forEach(markScrollable);
  }

  /** Loads the registry again (from `src`, the property or inline JSON). */
  reload(): void {
    this._attempt++;
  }

  /** Retry from the button: it disappears while loading, so focus moves to the status line. */
  #retry(): void {
    this.reload();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="status"]')?.focus());
  }

  /** Resolves when the current load has finished and rendered, every row included (a long list builds its rows over several frames). */
  get loadComplete(): Promise<unknown> {
    return (async () => {
      // The task starts in an update: before the first one, it has not begun.
      await this.updateComplete;
      await this._task.taskComplete.catch(() => undefined);
      await this.updateComplete;
      // Long lists build their rows over several frames.
      await rowsDone(this);
    })();
  }

  /** The element's language: its own `lang`, an ancestor's (across shadow roots), the page's, the browser's. */
  get #lang(): string {
    if (this.lang) return supportedLocale(this.lang);
    // `closest('[lang]')` stops at shadow roots, so walk up by hand.
    for (let node = this.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      const lang = node instanceof Element && node.getAttribute('lang');
      if (lang) return supportedLocale(lang);
    }
    return supportedLocale(navigator.language);
  }

  /** The words in the element's language, with the `strings` overrides; rebuilt only when either changes. */
  get #strings(): Strings {
    const lang = this.#lang;
    const c = this.#stringsCache;
    if (c && c.lang === lang && c.overrides === this.strings) return c.strings;
    const strings = resolveStrings(LOCALES, lang, this.strings);
    this.#stringsCache = { lang, overrides: this.strings, strings };
    return strings;
  }

  /**
   * theme="auto" follows the page: light text around the element means a
   * dark page, whatever the page declares, so the dark palette is used.
   */
  #applyScheme(): void {
    const dark = this.theme === 'dark' || (this.theme !== 'light' && isLight(getComputedStyle(this).color));
    if (dark !== this.hasAttribute('data-dark')) this.toggleAttribute('data-dark', dark);
  }

  /** Printing shows every row (whatever the filters) and the legend. */
  #legendWasOpen?: boolean;

  #onBeforePrint = (): void => {
    this._printing = true;
    // Render now: the page is laid out for print right after this event.
    this.performUpdate();
    flushRows(this);
    const legend = this.renderRoot.querySelector<HTMLDetailsElement>('[part~="legend"]');
    if (legend) {
      this.#legendWasOpen = legend.open;
      legend.open = true;
    }
    this._tooltip.close();
  };

  #onAfterPrint = (): void => {
    this._printing = false;
    const legend = this.renderRoot.querySelector<HTMLDetailsElement>('[part~="legend"]');
    if (legend && this.#legendWasOpen !== undefined) legend.open = this.#legendWasOpen;
    this.#legendWasOpen = undefined;
  };

  #readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text !== this._inline) this._inline = text;
  }

  #emitAfterRender<K extends 'subprocessor-list-load' | 'subprocessor-list-error'>(
    type: K,
    detail: K extends 'subprocessor-list-load' ? { registry: Loaded['registry']; problems: Loaded['problems'] } : ErrorDetail,
  ): void {
    // The task asks for its render after this callback: ask now, so that
    // updateComplete covers that render and listeners see the new rows.
    this.requestUpdate();
    // Long lists build their rows over several frames: the event waits for the last.
    void this.updateComplete
      .then(() => rowsDone(this))
      .then(() => {
        if (this.isConnected) this.dispatchEvent(createEvent(type, detail));
      });
  }

  #errorMessage(e: RegistryError, t: Strings): string {
    return errorMessage(e, t, this.#lang);
  }

  #errorDetail(e: RegistryError): ErrorDetail {
    return {
      kind: e.kind,
      message: `${this.#strings.errorTitle}: ${this.#errorMessage(e, this.#strings)}`,
      url: e.url,
      status: e.detail.status,
      problem: e.detail.problem,
      retryable: e.retryable,
    };
  }

  #renderError(error: unknown, t: Strings): TemplateResult {
    if (!(error instanceof RegistryError)) {
      // An aborted load (the element left the page) restarts on reconnect.
      if (error instanceof DOMException && error.name === 'AbortError') return html`<div class="loading"></div>`;
      return html`<div part="error" role="alert"><p><strong>${t.errorTitle}.</strong></p></div>`;
    }
    return html`<div part="error" role="alert">
        <p><strong>${t.errorTitle}:</strong> ${this.#errorMessage(error, t)}</p>
        ${error.retryable ? html`<button part="retry-button" type="button" @click=${this.#retry}>${t.retry}</button>` : nothing}
      </div>
      <slot></slot>`;
  }

  /** The visible columns: the `columns` attribute's valid keys, else those some entry fills. */
  #columns(entries: readonly Subprocessor[]): ColumnKey[] {
    const asked = [...new Set((this.columns ?? '').split(/\s+/))].filter((k): k is ColumnKey => COLUMN_KEYS.includes(k as ColumnKey));
    return asked.length ? asked : usedColumns(entries);
  }

  /** View and search index, rebuilt only when the registry, language or options change. */
  #derive(loaded: Loaded, t: Strings, lang: string): Derived {
    const d = this.#derived;
    if (
      d &&
      d.loaded === loaded &&
      d.lang === lang &&
      d.t === t &&
      d.columnsAttr === this.columns &&
      d.headingLevel === this.headingLevel &&
      d.view.flags === !this.noFlags &&
      d.view.today === this.#today &&
      d.view.newDays === this.newDays &&
      d.view.staleDays === this.staleDays
    )
      return d;
    const r = localizeRegistry(loaded.registry, lang);
    const view: View = {
      registry: r,
      lang,
      t,
      base: loaded.base,
      columns: this.#columns(r.subprocessors),
      categoryIndex: new Map((r.categories ?? []).map((c, i) => [c.code, i])),
      flags: !this.noFlags,
      today: this.#today,
      newDays: this.newDays >= 0 ? this.newDays : 30,
      staleDays: this.staleDays >= 0 ? this.staleDays : 180,
      hidden: (e) => !!this.#matched && !this.#matched.has(e),
      // Whole numbers 1–5 (groups take the next level, up to 6); anything else is 2.
      headingLevel: Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 5 ? this.headingLevel : 2,
    };
    const index = indexEntries(r, lang);
    // After the first rows are painted, ready the search text in small tasks.
    requestAnimationFrame(() => setTimeout(() => warmIndex(index)));
    this.#derived = {
      loaded,
      lang,
      t,
      columnsAttr: this.columns,
      headingLevel: this.headingLevel,
      view,
      index,
      countries: countryOptions(index, lang),
      groupOptions: groupOptions(r),
      subjects: subjectOptions(r, index),
    };
    return this.#derived;
  }

  /** All entries in the current order (filtering keeps that order). */
  #sorted(d: Derived, sort: ReturnType<typeof parseSort>): Subprocessor[] {
    const key = formatSort(sort);
    if (d.sorted?.key !== key) d.sorted = { key, entries: sortEntries(d.view.registry.subprocessors, sort, d.lang) };
    return d.sorted.entries;
  }

  get #allFilters(): Filters {
    return { query: this.query ?? '', ...this._filters };
  }

  #onInput(e: Event): void {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'query') this.query = target.value;
    else if (target.name in this._filters) this._filters = { ...this._filters, [target.name]: target.value };
    else return;
    this.#writeHash();
  }

  #onClick(e: Event): void {
    const target = e.target as Element;
    const sortButton = target.closest<HTMLElement>('[part~="sort-button"]');
    const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (sortButton) this.#sortBy(sortButton.dataset.column as ColumnKey);
    else if (action === 'reset') this.#reset();
    else if (action === 'csv') this.#exportCsv();
    else if (action === 'markdown') void this.#exportMarkdown();
  }

  /** Arrow keys move between the chips or badges of one cell (one tab stop per cell). */
  #onKeyDown(e: KeyboardEvent): void {
    const current = (e.target as Element).closest?.('.tip');
    if (!current || !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) return;
    const group = [...(current.closest('td, th')?.querySelectorAll<HTMLElement>('.tip') ?? [])];
    const i = group.indexOf(current as HTMLElement);
    const next =
      e.key === 'Home' ? 0 : e.key === 'End' ? group.length - 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? Math.max(0, i - 1) : Math.min(group.length - 1, i + 1);
    if (next === i) return;
    e.preventDefault();
    group.forEach((el, k) => (el.tabIndex = k === next ? 0 : -1));
    group[next].focus();
  }

  /** Opens the legend at a category's row. */
  #showLegendRow(id: string): void {
    const details = this.renderRoot.querySelector<HTMLDetailsElement>('[part~="legend"]');
    const row = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    if (!details || !row) return;
    details.open = true;
    row.classList.add('highlight');
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    row.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    row.focus({ preventScroll: true });
    setTimeout(() => row.classList.remove('highlight'), 2000);
  }

  #sortBy(column: ColumnKey): void {
    const current = parseSort(this.sort);
    const direction: SortDirection = current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = formatSort({ column, direction });
    const t = this.#strings;
    this._announcement = fill(t.sorted, { column: t[COLUMN_LABEL[column]] as string, direction: t[direction] });
    this.#writeHash();
    this.dispatchEvent(createEvent<SortDetail>('subprocessor-list-sort', { column, direction }));
  }

  #reset(): void {
    this.query = '';
    const { location, group, subject } = NO_FILTERS;
    this._filters = { location, group, subject };
    this.#writeHash();
    // The reset button disappears with the message: keep focus in the form.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="search"], [part~="filter"]')?.focus());
  }

  get #hashPrefix(): string {
    return this.id ? `${this.id}.` : '';
  }

  /** Applies the view in the hash; a hash without any of our keys (a page anchor) changes nothing. */
  #applyHash(): void {
    const state = readHash(location.hash, this.#hashPrefix);
    if (!Object.keys(state).length) return;
    this.sort = parseSort(state.sort) ? state.sort! : '';
    this.query = state.query ?? '';
    this._filters = { location: state.location ?? '', group: state.group ?? '', subject: state.subject ?? '' };
  }

  #writeHash(): void {
    if (!this.syncUrl) return;
    const hash = writeHash(location.hash, this.#hashPrefix, { sort: this.sort, ...this.#allFilters });
    if (hash === location.hash) return;
    try {
      history.replaceState(history.state, '', hashHref(location.href, hash));
    } catch {
      // Some pages cannot rewrite their URL (WebKit limits how often): the view still works, unshared.
    }
  }

  override render(): TemplateResult {
    const t = this.#strings;
    const lang = this.#lang;
    const status = this._task.status;
    const loaded = status === TaskStatus.COMPLETE ? this._task.value : undefined;
    const d = loaded ? this.#derive(loaded, t, lang) : undefined;

    let statusText = '';
    let body: unknown;
    let form: unknown = nothing;
    let view: View | undefined;
    if (status === TaskStatus.INITIAL || status === TaskStatus.PENDING) {
      statusText = t.loading;
      // The page's fallback content (e.g. a link to the list) stays visible until the list renders.
      body = html`<div class="loading"><slot></slot></div>`;
    } else if (status === TaskStatus.ERROR) {
      body = this.#renderError(this._task.error, t);
    } else if (d) {
      const sort = parseSort(this.sort);
      view = { ...d.view, sort };
      const all = d.view.registry.subprocessors;
      const countries = d.countries;
      const filters = this.#allFilters;
      // A location from a shared link that this list does not have filters nothing.
      if (filters.location && filters.location !== 'eea' && filters.location !== 'outside' && !countries.some((c) => c.value === filters.location)) {
        filters.location = '';
      }
      const filtering = !this._printing && isFiltering(filters);
      const matched = filtering ? new Set(filterEntries(d.index, filters)) : undefined;
      const sorted = this.#sorted(d, sort);
      const visible = matched ? sorted.filter((e) => matched.has(e)) : sorted;
      statusText = filtering
        ? plural(t.showing, all.length, lang, { count: visible.length.toLocaleString(lang), total: all.length.toLocaleString(lang) })
        : plural(t.count, all.length, lang);
      const many = this.controls === 'always' || all.length >= CONTROLS_FROM;
      const r = d.view.registry;
      form = all.length
        ? controls(
            {
              filters,
              showSearch: many && !this.noSearch,
              showFilters: many && !this.noFilters,
              countries,
              groups: d.groupOptions,
              subjects: d.subjects,
            },
            view,
            fill(t.searchLabel, { title: r.title?.trim() || t.defaultTitle }),
          )
        : nothing;
      // The tables hold every entry in the current order and re-render only
      // when that order (or the view) changes; a keystroke in the search only
      // hides and shows rows (see #showMatches), which costs no re-render.
      this.#matched = matched;
      const v = view;
      const tables = guard([d.view, formatSort(sort)], () => groups(v, sorted));
      body = !all.length ? html`<p part="empty">${t.empty}</p>` : html`${visible.length ? nothing : noMatch(filters, view)}${tables}`;
    } else {
      body = html`<p part="empty">${t.noSource}</p>`;
    }

    const hasRows = !!d?.view.registry.subprocessors.length;
    return html`<div
      class="root"
      @click=${this.#onClick}
      @keydown=${this.#onKeyDown}
      @input=${this.#onInput}
      @submit=${preventDefault}
    >
      ${view ? header(view) : nothing} ${form}
      <div class="status-line">
        <p part="status" role="status" tabindex="-1">${statusText}</p>
        ${view && d?.view.registry.subprocessors.length
          ? html`<span part="export">
              <button type="button" data-action="csv">${t.exportCsv}</button>
              <button type="button" data-action="markdown">${t.exportMarkdown}</button>
            </span>`
          : nothing}
      </div>
      <p class="sr-only" role="status">${this._announcement}</p>
      ${view && d ? regionSummary(d.index, view) : nothing} ${body}
      ${view && hasRows && this.legend !== 'none' ? legend(view, this.legend === 'open') : nothing}
      ${view && this.changes !== 'none' ? changesSection(view, this.changes === 'open' || this._printing) : nothing}
      ${view && hasRows ? descriptions(view) : nothing} ${view && loaded ? problems(loaded.problems, view) : nothing}
    </div>`;
  }
}

function preventDefault(e: Event): void {
  e.preventDefault();
}
