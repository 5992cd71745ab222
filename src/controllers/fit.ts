/**
 * After layout, per table: one that fits its column needs no scroll
 * container (`fits`: then a long list's header row can stick to the page);
 * one that does not becomes a labelled, keyboard-focusable scroll region
 * (WCAG 2.1.1) with a fade at the edge it continues past (`overflows`,
 * `scrolled`, `at-end`). The layout itself — table or cards — is CSS alone
 * (a container query), so it never flips with the data.
 *
 * A ResizeObserver per element, tied to its update cycle; changes wait for
 * the next frame, since made inside the observer's callback they would
 * resize what it observes ("ResizeObserver loop").
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

function mark(scroller: HTMLElement): void {
  const overflows = scroller.scrollWidth > scroller.clientWidth + 1;
  scroller.classList.toggle('fits', !overflows);
  scroller.classList.toggle('overflows', overflows);
  edges(scroller);
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

/** Which edges the scroller can still scroll towards (in either writing direction). */
function edges(scroller: HTMLElement): void {
  const left = Math.abs(scroller.scrollLeft);
  scroller.classList.toggle('scrolled', left > 1);
  scroller.classList.toggle('at-end', left + scroller.clientWidth >= scroller.scrollWidth - 1);
}

export class FitController implements ReactiveController {
  readonly #host: Host;
  #observer?: ResizeObserver;
  #frame = 0;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  #onScroll = (e: Event): void => {
    const t = e.target as HTMLElement;
    if (t.classList?.contains('scroller')) edges(t);
  };

  hostConnected(): void {
    // Moved or re-attached: the observers stopped on disconnect; measure again.
    this.#host.requestUpdate();
    // Scroll events do not bubble; capture them at the shadow root.
    this.#host.renderRoot.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
  }

  hostUpdated(): void {
    const scrollers = this.#host.renderRoot.querySelectorAll<HTMLElement>('.scroller');
    this.#observer?.disconnect();
    if (!scrollers.length) return;
    this.#observer ??= new ResizeObserver(() => {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#host.renderRoot.querySelectorAll<HTMLElement>('.scroller').forEach(mark));
    });
    scrollers.forEach((s) => this.#observer!.observe(s));
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#host.renderRoot.removeEventListener('scroll', this.#onScroll, { capture: true });
  }
}
