/**
 * Printing (or saving as PDF) shows the whole list: every row, whatever
 * the search and filters, rows of long lists not yet built, the legend and
 * the recent changes open, no tooltip. The page is laid out for print right
 * after `beforeprint`, so the element renders synchronously there.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export interface PrintHooks {
  /** Renders now, for print (the controller's `printing` is already true), and finishes what is still to come. */
  before(): void;
}

export class PrintController implements ReactiveController {
  readonly #host: Host;
  readonly #hooks: PrintHooks;
  #printing = false;
  #legendWasOpen?: boolean;

  constructor(host: Host, hooks: PrintHooks) {
    this.#host = host;
    this.#hooks = hooks;
    host.addController(this);
  }

  /** Between beforeprint and afterprint. */
  get printing(): boolean {
    return this.#printing;
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
  }

  get #legend(): HTMLDetailsElement | null {
    return this.#host.renderRoot.querySelector<HTMLDetailsElement>('[part~="legend"]');
  }

  #before = (): void => {
    this.#printing = true;
    this.#host.requestUpdate();
    this.#hooks.before();
    const legend = this.#legend;
    if (legend) {
      this.#legendWasOpen = legend.open;
      legend.open = true;
    }
  };

  #after = (): void => {
    this.#printing = false;
    this.#host.requestUpdate();
    const legend = this.#legend;
    if (legend && this.#legendWasOpen !== undefined) legend.open = this.#legendWasOpen;
    this.#legendWasOpen = undefined;
  };
}
