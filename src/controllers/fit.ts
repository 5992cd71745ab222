/**
 * Layout fitting, after layout: a table that overflows its column becomes a
 * labelled, keyboard-focusable scroll region (WCAG 2.1.1), and one that
 * fits is no stray tab stop. With layout="auto" the container query (cards
 * below 40rem) is the first guess; a table seen to overflow turns into
 * cards until the element is as wide as the table needs.
 *
 * A ResizeObserver per element, tied to its update cycle; layout changes
 * wait for the next frame, since made inside the observer's callback they
 * would resize what it observes ("ResizeObserver loop").
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment; layout: string };

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

export class FitController implements ReactiveController {
  readonly #host: Host;
  #observer?: ResizeObserver;
  #frame = 0;
  /** Width the tables need (measured while shown as tables); 0 until known. */
  #tableWidth = 0;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Moved or re-attached: the observers stopped on disconnect; measure again.
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const scrollers = this.#host.renderRoot.querySelectorAll<HTMLElement>('.scroller');
    this.#observer?.disconnect();
    if (!scrollers.length) return;
    this.#observer ??= new ResizeObserver(() => {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#fit());
    });
    scrollers.forEach((s) => this.#observer!.observe(s));
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame);
  }

  #fit(): void {
    const root = this.#host.renderRoot.querySelector<HTMLElement>('.root');
    const scrollers = [...this.#host.renderRoot.querySelectorAll<HTMLElement>('.scroller')];
    if (!root || !scrollers.length) return;
    if (this.#host.layout === 'auto') {
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
}
