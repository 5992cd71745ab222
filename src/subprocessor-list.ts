import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { styles } from './subprocessor-list.styles.js';
import { accept, fetchRegistry, parseJson, RegistryError, type Loaded } from './lib/load.js';
import { en, fill, plural, type Strings } from './lib/strings.js';
import { supportedLocale } from './lib/intl.js';
import { usedColumns } from './lib/columns.js';
import { createEvent, type ErrorDetail } from './events.js';
import { groups, header, problems } from './templates/sections.js';
import type { View } from './templates/view.js';
import type { Category } from './lib/types.js';

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
 *
 * @fires subprocessor-list-load - The registry was loaded and rendered. `detail`: `{ registry, problems }`.
 * @fires subprocessor-list-error - The registry could not be loaded or is not a registry. `detail`: `{ kind, message, url, status?, problem?, retryable }`.
 *
 * @csspart header - The block with title, intro, publisher, date and links.
 * @csspart title - The list's title heading.
 * @csspart intro - The introduction paragraph.
 * @csspart meta - Publisher, last-updated date and contact.
 * @csspart links - The DPA and subscribe links.
 * @csspart link - Every link.
 * @csspart status - The polite live status line ("Loading…", "12 sub-processors").
 * @csspart group - The section around one group's table.
 * @csspart group-heading - A group's heading, above its table.
 * @csspart group-description - A group's description, under its heading.
 * @csspart table - Each <table>.
 * @csspart caption - Each table's <caption>, visually hidden (a heading above says the same); show it with `::part(caption)`.
 * @csspart header-cell - Each column header (<th scope="col">).
 * @csspart row - One row per sub-processor, and nothing else.
 * @csspart cell - Each body cell, the row header with the name included.
 * @csspart name - The sub-processor's name.
 * @csspart name-link - The name, when it links to the vendor's site (also `link`).
 * @csspart service - The service name shown under the legal name.
 * @csspart location-badge - A location (country, region or free text).
 * @csspart category - A data-category chip; `category unknown` for codes the list does not define.
 * @csspart error - The error message box.
 * @csspart retry-button - The Try again button in the error box.
 * @csspart empty - The message for a list without entries.
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
 * @cssprop [--subprocessor-list-space=0.5rem] - Base spacing unit (cell padding, gaps).
 * @cssprop [--subprocessor-list-focus-ring=2px solid var(--_accent)] - Outline of focused controls.
 * @cssprop [--subprocessor-list-loading-height=12rem] - Space reserved while loading.
 */
export class SubprocessorListElement extends LitElement {
  static override styles = styles;

  /** Registers the element under `tag` unless that name is taken. */
  static define(tag = 'subprocessor-list', registry: CustomElementRegistry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  /** Observes inline `<script type="application/json">` children. */
  #observer?: MutationObserver;
  /** Set when a load was aborted because the element left the page. */
  #abortedByDisconnect = false;
  /** Makes overflowing table scrollers keyboard-focusable regions. */
  #resizeObserver?: ResizeObserver;

  /** Text of an inline `<script type="application/json">` child. */
  @state() private _inline?: string;
  /** Bumped by reload() to run the task again with the same source. */
  @state() private _attempt = 0;

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

  /** Overrides for any of the element's own words (see the README). */
  @property({ attribute: false }) strings?: Partial<Strings>;

  /** @internal */
  private _task = new Task(this, {
    task: async ([src, registry, inline], { signal }): Promise<Loaded | null> => {
      const base = document.baseURI;
      if (registry !== undefined && registry !== null) {
        const data = typeof registry === 'string' ? parseJson(registry, 'registry property') : registry;
        return accept(data, 'registry property', base);
      }
      if (src) return fetchRegistry(src, signal, this.timeout > 0 ? this.timeout : 15000, base);
      if (inline !== undefined) return accept(parseJson(inline, 'inline JSON'), 'inline JSON', base);
      return null;
    },
    args: () => [this.src, this.registry, this._inline, this._attempt] as const,
    onComplete: (loaded) => {
      if (loaded) this.#emitAfterRender('subprocessor-list-load', { registry: loaded.registry, problems: loaded.problems });
    },
    onError: (error) => {
      if (error instanceof RegistryError) this.#emitAfterRender('subprocessor-list-error', this.#errorDetail(error));
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readInline();
    this.#observer ??= new MutationObserver(() => this.#readInline());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.#abortedByDisconnect) {
      this.#abortedByDisconnect = false;
      void this._task.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#resizeObserver?.disconnect();
    // A move (remove then insert in the same task) should not restart the
    // fetch, so only abort if the element is still detached a moment later.
    queueMicrotask(() => {
      if (!this.isConnected && this._task.status === TaskStatus.PENDING) {
        this.#abortedByDisconnect = true;
        this._task.abort();
      }
    });
  }

  protected override updated(): void {
    const scrollers = this.renderRoot.querySelectorAll<HTMLElement>('.scroller');
    this.#resizeObserver?.disconnect();
    if (!scrollers.length) return;
    this.#resizeObserver ??= new ResizeObserver((entries) => {
      for (const { target } of entries) markScrollable(target as HTMLElement);
    });
    scrollers.forEach((s) => this.#resizeObserver!.observe(s));
  }

  /** Loads the registry again (from `src`, the property or inline JSON). */
  reload(): void {
    this._attempt++;
  }

  /** Resolves when the current load has finished and rendered. */
  get loadComplete(): Promise<unknown> {
    return this._task.taskComplete.then(
      () => this.updateComplete,
      () => this.updateComplete,
    );
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

  get #strings(): Strings {
    return this.strings ? { ...en, ...this.strings } : en;
  }

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
    void this.updateComplete.then(() => {
      if (this.isConnected) this.dispatchEvent(createEvent(type, detail));
    });
  }

  #errorMessage(e: RegistryError, t: Strings): string {
    const d = e.detail;
    switch (e.kind) {
      case 'network':
        return fill(t.errorNetwork, { url: e.url });
      case 'http':
        return fill(t.errorHttp, { url: e.url, status: d.status ?? '?' });
      case 'timeout':
        return fill(t.errorTimeout, { url: e.url, seconds: d.seconds ?? '?' });
      case 'not-json':
        return fill(t.errorNotJson, { url: e.url, detail: d.reason ?? '' });
      case 'html':
        return fill(t.errorHtml, { url: e.url });
      case 'invalid': {
        // The path helps unless the sentence already names the field.
        const p = d.problem;
        const path = !p || p.path === '$' || p.message.includes(`"${p.path}"`) ? '' : `${p.path}: `;
        return fill(t.errorInvalid, { detail: p ? path + p.message : '' });
      }
    }
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
      ${error.retryable ? html`<button part="retry-button" type="button" @click=${this.reload}>${t.retry}</button>` : nothing}
    </div>`;
  }

  #view(loaded: Loaded, t: Strings, lang: string): View {
    const categories = new Map<string, Category>((loaded.registry.categories ?? []).map((c) => [c.code, c]));
    return {
      registry: loaded.registry,
      lang,
      t,
      base: loaded.base,
      columns: usedColumns(loaded.registry.subprocessors),
      categories,
      headingLevel: this.headingLevel,
    };
  }

  override render(): TemplateResult {
    const t = this.#strings;
    const lang = this.#lang;
    const status = this._task.status;
    const loaded = status === TaskStatus.COMPLETE ? this._task.value : undefined;
    const view = loaded ? this.#view(loaded, t, lang) : undefined;

    let statusText = '';
    if (status === TaskStatus.INITIAL || status === TaskStatus.PENDING) statusText = t.loading;
    else if (view) statusText = plural(t.count, view.registry.subprocessors.length, lang);

    let body: unknown;
    if (status === TaskStatus.INITIAL || status === TaskStatus.PENDING) body = html`<div class="loading"></div>`;
    else if (status === TaskStatus.ERROR) body = this.#renderError(this._task.error, t);
    else if (view) body = view.registry.subprocessors.length ? groups(view) : html`<p part="empty">${t.empty}</p>`;
    else body = html`<p part="empty">${t.noSource}</p>`;

    return html`${view ? header(view) : nothing}
      <p part="status" role="status">${statusText}</p>
      ${body} ${view && loaded ? problems(loaded.problems, view) : nothing}`;
  }
}
