/**
 * One tab stop per table row: Tab moves from row to row, and the arrow keys
 * move within one — Left and Right (Home, End) between the row's links,
 * chips and badges, Up and Down to the same place in the row above or
 * below. The item left focused keeps its row's tab stop (WAI-ARIA APG,
 * roving tabindex). With 170 vendors that is 170 tab stops, not 500, and
 * the skip link at the start of the list passes them all.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

const ITEMS = 'a[href], .tip';

const itemsOf = (row: Element) => [...row.querySelectorAll<HTMLElement>(ITEMS)];

/** The next row in `dir` (1 or -1) that is shown and has something to focus. */
function nextRow(row: Element, dir: 1 | -1): Element | undefined {
  const rows = [...(row.closest('[part~="table"]')?.querySelectorAll('[part~="row"]') ?? [])];
  for (let i = rows.indexOf(row) + dir; i >= 0 && i < rows.length; i += dir) {
    const r = rows[i] as HTMLElement;
    if (!r.hidden && !r.parentElement?.hidden && r.querySelector(ITEMS)) return r;
  }
  return undefined;
}

function move(list: HTMLElement[], to: HTMLElement): void {
  for (const el of list) el.tabIndex = el === to ? 0 : -1;
  to.focus();
}

export class RovingTabindexController implements ReactiveController {
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.renderRoot.addEventListener('keydown', this.#onKeyDown as EventListener);
  }

  /** Handles a key that reached the shadow root before this controller was loaded (see interactions.ts). */
  replay(e: KeyboardEvent): void {
    this.#onKeyDown(e);
  }

  hostDisconnected(): void {
    this.#host.renderRoot.removeEventListener('keydown', this.#onKeyDown as EventListener);
  }

  #onKeyDown = (e: KeyboardEvent): void => {
    const current = (e.target as Element).closest?.(ITEMS) as HTMLElement | null;
    const row = current?.closest('[part~="row"]');
    if (!current || !row || e.altKey || e.ctrlKey || e.metaKey) return;
    const list = itemsOf(row);
    const i = list.indexOf(current);
    let to: HTMLElement | undefined;
    let target = list;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') to = list[i + ((e.key === 'ArrowRight') === (getComputedStyle(row).direction !== 'rtl') ? 1 : -1)];
    else if (e.key === 'Home') to = list[0];
    else if (e.key === 'End') to = list[list.length - 1];
    else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const other = nextRow(row, e.key === 'ArrowDown' ? 1 : -1);
      if (other) {
        target = itemsOf(other);
        to = target[Math.min(i, target.length - 1)];
      }
    } else return;
    if (!e.defaultPrevented) e.preventDefault();
    if (to && to !== current) move(target, to);
  };
}
