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
      id = `d-${this.#ids.size}`;
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

  hostConnected(): void {
    if (!this.describer.box.isConnected) this.#host.renderRoot.append(this.describer.box);
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
