/**
 * The element's language: its own `lang`, else the nearest ancestor's
 * (across shadow roots: `closest('[lang]')` stops at them), else the
 * browser's. One page-wide observer tells every element when a `lang`
 * changes anywhere (see page-watch.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { supportedLocale } from '../lib/intl.js';
import { unwatchPage, watchPage } from '../page-watch.js';

export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watchPage(this);
  }

  hostDisconnected(): void {
    unwatchPage(this);
  }

  /** @internal From the page watcher: a `lang` may have changed. */
  pageChanged(): void {
    this.#host.requestUpdate();
  }

  get lang(): string {
    const own = this.#host.getAttribute('lang');
    if (own) return supportedLocale(own);
    for (let node = this.#host.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      const lang = node instanceof Element && node.getAttribute('lang');
      if (lang) return supportedLocale(lang);
    }
    return supportedLocale(navigator.language);
  }
}
