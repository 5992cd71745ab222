/**
 * The palette: theme="auto" follows the page — light text around the
 * element means a dark page, whatever the page declares — and sets
 * `data-dark` on the host, which picks the dark side of every
 * `light-dark()` colour. Reading the page's colour forces a style pass, so
 * it happens only on connecting, when `theme` changes, or when the page
 * may have changed (its root attributes, the colour-scheme preference).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isLight, unwatchPage, watchPage } from '../page-watch.js';

type Host = ReactiveControllerHost & HTMLElement & { theme: string };

export class ThemeController implements ReactiveController {
  readonly #host: Host;
  #theme?: string;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watchPage(this);
    // Connected anew (or moved): the surroundings may have other colours.
    this.#theme = undefined;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    unwatchPage(this);
  }

  hostUpdate(): void {
    if (this.#theme !== this.#host.theme) this.apply();
  }

  /** @internal From the page watcher. */
  pageChanged(): void {
    this.apply();
  }

  apply(): void {
    const h = this.#host;
    this.#theme = h.theme;
    const dark = h.theme === 'dark' || (h.theme !== 'light' && isLight(getComputedStyle(h).color));
    if (dark !== h.hasAttribute('data-dark')) h.toggleAttribute('data-dark', dark);
  }
}
