/**
 * One tab stop per group of chips or badges: arrow keys, Home and End move
 * between the buttons of one cell (its toolbar), and the one left focused
 * keeps the tab stop (WAI-ARIA APG, roving tabindex).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

export class RovingTabindexController implements ReactiveController {
  readonly #host: Host;

  constructor(host: Host, readonly items = '.tip', readonly group = 'td, th') {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.renderRoot.addEventListener('keydown', this.#onKeyDown as EventListener);
  }

  hostDisconnected(): void {
    this.#host.renderRoot.removeEventListener('keydown', this.#onKeyDown as EventListener);
  }

  #onKeyDown = (e: KeyboardEvent): void => {
    const current = (e.target as Element).closest?.(this.items);
    if (!current || !KEYS.includes(e.key)) return;
    const list = [...(current.closest(this.group)?.querySelectorAll<HTMLElement>(this.items) ?? [])];
    const i = list.indexOf(current as HTMLElement);
    const back = e.key === 'ArrowLeft' || e.key === 'ArrowUp';
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? list.length - 1 : back ? Math.max(0, i - 1) : Math.min(list.length - 1, i + 1);
    if (next === i) return;
    e.preventDefault();
    list.forEach((el, k) => (el.tabIndex = k === next ? 0 : -1));
    list[next].focus();
  };
}
