/**
 * `sync-url`: the view (sort, search, filters) mirrored in the URL hash, so
 * a reviewer can share a view by link and it survives reload. Only the hash
 * is written; the page's own hash parameters are kept, and a hash without
 * any of ours (a plain page anchor) changes nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hashHref, readHash, writeHash, type ViewState } from '../lib/hash.js';

type Host = ReactiveControllerHost & HTMLElement & { syncUrl: boolean };

export interface HashBinding {
  /** The view as it is now. */
  read(): ViewState;
  /** Takes the view from a hash (only the keys present). */
  apply(state: Partial<ViewState>): void;
}

export class HashSyncController implements ReactiveController {
  readonly #host: Host;
  readonly #binding: HashBinding;
  #listening = false;

  constructor(host: Host, binding: HashBinding) {
    this.#host = host;
    this.#binding = binding;
    host.addController(this);
  }

  /** With an element id, keys are prefixed (`#vendors.q=aws`) so several lists keep their own state. */
  get #prefix(): string {
    return this.#host.id ? `${this.#host.id}.` : '';
  }

  #onHashChange = (): void => this.#apply();

  #apply(): void {
    const state = readHash(location.hash, this.#prefix);
    if (Object.keys(state).length) this.#binding.apply(state);
  }

  hostConnected(): void {
    this.#listening = false;
    this.hostUpdate();
  }

  /** Starts or stops following the hash as sync-url is set or removed. */
  hostUpdate(): void {
    const want = this.#host.syncUrl && this.#host.isConnected;
    if (want === this.#listening) return;
    this.#listening = want;
    if (want) {
      this.#apply();
      window.addEventListener('hashchange', this.#onHashChange);
    } else window.removeEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#listening = false;
  }

  /** Writes the current view into the hash (after the reader sorted, searched or filtered). */
  write(): void {
    if (!this.#host.syncUrl) return;
    const hash = writeHash(location.hash, this.#prefix, this.#binding.read());
    if (hash === location.hash) return;
    try {
      // The hash only: the rest of the address stays as the page has it (a path starting with // included).
      history.replaceState(history.state, '', hashHref(location.href, hash));
    } catch {
      // Some pages cannot rewrite their URL (WebKit limits how often): the view still works, unshared.
    }
  }
}
