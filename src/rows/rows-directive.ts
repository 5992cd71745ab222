/**
 * A thin directive in each `<table>` that owns its row groups: rows come
 * from the row builder, long tables are built in slices by the page's
 * slice scheduler, and the element's rows controller is told what is
 * still to come. A sort moves the rows already built; a new list model
 * (language, words, columns, today …) rebuilds them.
 *
 * Long tables (over EAGER rows) get their column tracks from the data and
 * lay out each row as a grid on them (see the table styles), in row groups
 * of CHUNK rows that the browser can skip off screen: adding or moving rows
 * then costs what is on screen, not a whole-table layout.
 */
import { noChange } from 'lit';
import { directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import { AsyncDirective } from 'lit/async-directive.js';
import type { Subprocessor } from '../lib/types.js';
import type { ListModel } from '../model/list-model.js';
import { buildRow } from './row-builder.js';
import { pageScheduler, type SliceJob } from './slice-scheduler.js';
import type { RowsController, RowTable } from '../controllers/rows.js';

/** Tables longer than this are "long": columns sized up front, rows in slices. */
export const EAGER = 150;
/** Rows in the first slice of a longer list: more than a tall screen holds. */
const FIRST = 60;
/** Rows per row group in a long list. */
const CHUNK = 100;

class RowsDirective extends AsyncDirective implements RowTable, SliceJob {
  #part?: ChildPart;
  #rows?: RowsController;
  #model?: ListModel;
  #order: readonly Subprocessor[] = [];
  #built = new Map<Subprocessor, HTMLTableRowElement>();
  #bodies: HTMLElement[] = [];
  /** Position in #order of the next row to build. */
  #next = 0;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('rows() belongs in a <table>, after its <thead>');
  }

  // The arguments type update(); the work happens there, on the DOM.
  render(_entries: readonly Subprocessor[], _model: ListModel, _rows: RowsController): unknown {
    return noChange;
  }

  override update(part: ChildPart, [entries, model, rows]: Parameters<this['render']>): unknown {
    this.#part = part;
    this.#rows = rows;
    rows.add(this);
    if (model !== this.#model) {
      this.#model = model;
      rows.describer.use(model);
      this.#built.clear();
      for (const body of this.#bodies) body.remove();
      this.#bodies = [];
      this.#order = entries;
      this.#next = 0;
      this.#shape();
      this.#build(this.#long ? FIRST : entries.length);
    } else if (entries !== this.#order) {
      // A new order of the same rows (a sort): finish building, then move them.
      this.#build(Infinity);
      this.#order = entries;
      // Moving a node takes focus from it: give it back.
      const root = part.parentNode.getRootNode() as ShadowRoot;
      const focused = root.activeElement as HTMLElement | null;
      entries.forEach((e, i) => this.#bodyFor(i).append(this.#built.get(e)!));
      if (focused && root.activeElement !== focused && part.parentNode.contains(focused)) focused.focus({ preventScroll: true });
    }
    return noChange;
  }

  get #table(): HTMLElement {
    return this.#part!.parentNode as HTMLElement;
  }

  get #long(): boolean {
    return this.#order.length > EAGER;
  }

  /** The class `long` for long tables, and the list's shared column tracks. */
  #shape(): void {
    const m = this.#model!;
    this.#table.classList.toggle('long', this.#long);
    this.#rows!.tracks(m.tracks, m.minWidthEm);
  }

  #groupOf(i: number): number {
    return this.#long ? Math.floor(i / CHUNK) : 0;
  }

  /** The row group that holds row `i` (one per CHUNK rows in a long table: one per row would cost more in visibility checks than it saves). */
  #bodyFor(i: number): HTMLElement {
    const n = this.#groupOf(i);
    while (this.#bodies.length <= n) {
      const body = document.createElement('tbody');
      body.setAttribute('role', 'rowgroup');
      // The space a group reserves before it is first shown: by its number of rows.
      const count = Math.min(CHUNK, this.#order.length - this.#bodies.length * CHUNK);
      if (this.#long && count < CHUNK) body.style.setProperty('--_rows', String(count));
      // Before the part's end marker, so Lit clears these along with the part.
      this.#table.insertBefore(body, this.#part!.endNode);
      this.#bodies.push(body);
    }
    return this.#bodies[n];
  }

  /** Builds up to `count` more rows (Infinity: the rest) until `deadline`, then says what is left. */
  #build(count: number, deadline = Infinity): void {
    const model = this.#model!;
    const rows = this.#rows!;
    const order = this.#order;
    const end = Math.min(order.length, this.#next + count);
    let i = this.#next;
    for (; i < end; i++) {
      const e = order[i];
      const tr = buildRow(e, model, rows.describer);
      // Rows built after a search start as it left them (and show their group if it had none to show).
      const body = this.#bodyFor(i);
      if (!rows.accepts(e)) tr.hidden = true;
      else if (body.hidden) body.hidden = false;
      this.#built.set(e, tr);
      body.append(tr);
      // Check the clock every few rows: performance.now() is not free either.
      if ((i & 7) === 7 && performance.now() > deadline) {
        i++;
        break;
      }
    }
    this.#next = i;
    this.#schedule();
  }

  #schedule(): void {
    const rows = this.#rows!;
    if (this.#next < this.#order.length) {
      // Still waiting: loadComplete and the load event wait for the last row,
      // also while the element is away from the page (it goes on when put back).
      this.#table.setAttribute('aria-busy', 'true');
      rows.pending(this, true);
      if (this.isConnected) pageScheduler.add(this);
      else pageScheduler.delete(this);
    } else {
      this.#table.removeAttribute('aria-busy');
      this.abandon();
    }
  }

  /** Stops building and stops being waited for. */
  abandon(): void {
    pageScheduler.delete(this);
    this.#rows?.pending(this, false);
  }

  slice(deadline: number): void {
    try {
      this.#build(Infinity, deadline);
    } catch (error) {
      this.abandon();
      throw error;
    }
  }

  // The element removed from the page: pause (put back, it goes on). The
  // table alone removed by a re-render (the element still in the page): done.
  protected override disconnected(): void {
    if (this.#rows?.isConnected === false) {
      this.#schedule();
      return;
    }
    this.#rows?.delete(this);
    this.abandon();
  }

  protected override reconnected(): void {
    this.#rows?.add(this);
    this.#schedule();
  }

  show(accept: (e: Subprocessor) => boolean): boolean {
    let any = false;
    // Per row group: a group with no row shown is hidden too, or the space it
    // reserves off screen (content-visibility) would push the matches far down.
    const groupShown = this.#bodies.map(() => false);
    this.#order.forEach((e, i) => {
      const shown = accept(e);
      any ||= shown;
      const tr = this.#built.get(e);
      if (tr) {
        if (tr.hidden === shown) tr.hidden = !shown;
        if (shown) groupShown[this.#groupOf(i)] = true;
      }
    });
    this.#bodies.forEach((body, n) => {
      if (body.hidden === groupShown[n]) body.hidden = !groupShown[n];
    });
    return any;
  }

  get table(): HTMLElement {
    return this.#table;
  }

  flush(): void {
    if (this.#next < this.#order.length) this.#build(Infinity);
  }
}

/**
 * Renders `entries` as the row groups and rows of the `<table>` it is
 * placed in, in that order (rows start hidden where the controller's
 * current filter refuses them).
 */
export const rows = directive(RowsDirective);
