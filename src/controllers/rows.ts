/**
 * The rows of one element's tables, as one concern: which tables it has,
 * which still have rows to build (loadComplete and the load event wait for
 * them), the current filter (rows built later start hidden as it says),
 * and the hidden descriptions that chips and badges point to.
 *
 * Each element has its own controller, so nothing is kept in module-level
 * maps keyed by element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Subprocessor } from '../lib/types.js';
import type { Describer } from '../rows/row-builder.js';

/** What the controller needs of a table's rows directive. */
export interface RowTable {
  readonly table: HTMLElement;
  /** Shows the rows `accept` takes (built or not yet); says whether any is shown. */
  show(accept: (e: Subprocessor) => boolean): boolean;
  /** Builds every remaining row now. */
  flush(): void;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * One hidden element per distinct explanation, for `aria-describedby`: the
 * tooltip shows the same text, read from there. A list has a few dozen
 * distinct explanations, whatever its length.
 */
class Descriptions implements Describer {
  readonly #ids = new Map<string, string>();
  #owner?: unknown;
  readonly box: HTMLElement;

  constructor() {
    this.box = document.createElement('div');
    this.box.hidden = true;
    this.box.className = 'descriptions';
  }

  /** Starts afresh for a new list model (other words, other language). */
  use(owner: unknown): void {
    if (owner === this.#owner) return;
    this.#owner = owner;
    this.#ids.clear();
    this.box.replaceChildren();
  }

  id(text: string): string {
    let id = this.#ids.get(text);
    if (id === undefined) {
      id = `spl-d-${this.#ids.size}`;
      const span = document.createElement('span');
      span.id = id;
      span.textContent = text;
      this.box.append(span);
      this.#ids.set(text, id);
    }
    return id;
  }
}

export class RowsController implements ReactiveController {
  readonly #host: Host;
  readonly #tables = new Set<RowTable>();
  readonly #pending = new Set<RowTable>();
  #waiters: (() => void)[] = [];
  #accept?: (e: Subprocessor) => boolean;
  readonly describer = new Descriptions();

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  get isConnected(): boolean {
    return this.#host.isConnected;
  }

  /** The list's column tracks, as custom properties in a sheet of their own (no style attributes). */
  #sheet?: CSSStyleSheet;
  #tracks = '';

  hostConnected(): void {
    if (!this.describer.box.isConnected) this.#host.renderRoot.append(this.describer.box);
    window.addEventListener('hashchange', this.#onHash);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHash);
  }

  hostUpdated(): void {
    this.#reveal();
  }

  /** The hash last brought into view: each is revealed once (the reader may scroll away). */
  #revealed = '';
  #onHash = (): void => {
    this.#revealed = '';
    this.#reveal();
  };

  /**
   * A page opened at `#twilio-inc` (a vendor linked from an e-mail or a DPA
   * annex): the browser cannot find an id inside a shadow root, so the row
   * is scrolled to, focused and highlighted here.
   */
  #reveal(): void {
    const hash = location.hash.slice(1);
    if (!hash || hash === this.#revealed || hash.includes('=')) return;
    let id: string;
    try {
      id = decodeURIComponent(hash);
    } catch {
      return;
    }
    const row = (this.#host.renderRoot as ShadowRoot).getElementById?.(id);
    if (!row?.matches('[part~="row"]')) return;
    this.#revealed = hash;
    row.tabIndex = -1;
    row.classList.add('target');
    row.scrollIntoView({ block: 'center', behavior: 'auto' });
    row.focus({ preventScroll: true });
    setTimeout(() => row.classList.remove('target'), 4000);
  }

  /**
   * Sets the column tracks every table of the list shares. A constructed
   * stylesheet, which a strict `style-src` allows, and which keeps the
   * numbers out of the markup.
   */
  tracks(columns: string, minWidthEm: number): void {
    const text = `:host{--_columns:${columns};--_min-width:${minWidthEm}em}`;
    if (text === this.#tracks) return;
    this.#tracks = text;
    const root = this.#host.renderRoot as ShadowRoot;
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    }
    this.#sheet.replaceSync(text);
  }

  add(t: RowTable): void {
    this.#tables.add(t);
  }

  delete(t: RowTable): void {
    this.#tables.delete(t);
    this.pending(t, false);
  }

  pending(t: RowTable, waiting: boolean): void {
    if (waiting) this.#pending.add(t);
    else if (this.#pending.delete(t) && !this.#pending.size) {
      const list = this.#waiters;
      this.#waiters = [];
      list.forEach((resolve) => resolve());
      // A long list's row may have been built only now.
      this.#reveal();
    }
  }

  /** Whether the current filter shows an entry's row. */
  accepts(e: Subprocessor): boolean {
    return !this.#accept || this.#accept(e);
  }

  /**
   * Shows only the rows `accept` takes (undefined: all), and hides a
   * section left with none. Nothing is walked when nothing is or was hidden.
   */
  show(accept: ((e: Subprocessor) => boolean) | undefined): void {
    if (!accept && !this.#accept) return;
    this.#accept = accept;
    for (const t of this.#tables) {
      const any = t.show(accept ?? (() => true));
      const section = t.table.closest<HTMLElement>('[part~="group"]');
      if (section && section.hidden === any) section.hidden = !any;
    }
  }

  /** Builds, now, every row still waiting (before printing, say). */
  flush(): void {
    for (const t of [...this.#pending]) t.flush();
  }

  /** Resolves once no row is left to build. */
  done(): Promise<void> {
    if (!this.#pending.size) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }
}
