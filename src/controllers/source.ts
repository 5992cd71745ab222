/**
 * Where the registry comes from, and loading it: the `registry` property,
 * else `src`, else an inline `<script type="application/json">` child
 * (watched for edits). Runs in a @lit/task, so a new source aborts the one
 * in flight and only the latest result renders; an element removed while
 * loading stops, and loads again when put back (a move within one task
 * does not count as a removal).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { accept, fetchRegistry, parseJson, RegistryError, type Loaded } from '../lib/load.js';

export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  registry?: unknown;
  src?: string;
  timeout: number;
}

export interface SourceCallbacks {
  /** While a request is out: a moment to pay one-time costs of the first render. */
  whileFetching?: () => void;
  /** What else the first render needs (the list's language): the load completes when it is here too. */
  ready?: () => Promise<unknown>;
  loaded: (loaded: Loaded) => void;
  failed: (error: RegistryError) => void;
}

const DEFAULT_TIMEOUT = 15000;

export class SourceController implements ReactiveController {
  readonly #host: SourceHost;
  #inline?: string;
  #attempt = 0;
  #observer?: MutationObserver;
  #abortedByDisconnect = false;
  readonly task: Task<readonly unknown[], Loaded | null>;

  constructor(host: SourceHost, callbacks: SourceCallbacks) {
    this.#host = host;
    host.addController(this);
    this.task = new Task(host, {
      task: async ([kind, source], { signal }): Promise<Loaded | null> => {
        const base = document.baseURI;
        const ready = callbacks.ready?.();
        let loaded: Loaded | null = null;
        if (kind === 'registry') loaded = accept(typeof source === 'string' ? parseJson(source, 'registry property') : source, 'registry property', base);
        else if (kind === 'inline') loaded = accept(parseJson(source as string, 'inline JSON'), 'inline JSON', base);
        else if (kind === 'src') {
          // setTimeout cannot wait longer than 2^31-1 ms; beyond that it fires at once.
          const t = host.timeout;
          const timeout = typeof t === 'number' && t > 0 ? Math.min(t, 2 ** 31 - 1) : DEFAULT_TIMEOUT;
          const response = fetchRegistry(source as string, signal, timeout, base);
          callbacks.whileFetching?.();
          loaded = await response;
        }
        await ready;
        signal.throwIfAborted();
        return loaded;
      },
      // Only the source in use counts: editing inline JSON must not refetch src.
      args: () => [...this.#source, this.#attempt],
      onComplete: (loaded) => {
        if (!loaded) return;
        // The problems are for the list's owner: in the console (and the load event); on the page only with show-problems.
        const n = loaded.problems.length;
        if (n) console.warn(`subprocessor-list: ${n} ${n === 1 ? 'problem' : 'problems'} in the registry (shown with show-problems; every one is in the load event):`, loaded.problems);
        callbacks.loaded(loaded);
      },
      onError: (error) => error instanceof RegistryError && callbacks.failed(error),
    });
  }

  /** The registry property, else src, else inline JSON. */
  get #source(): ['registry' | 'src' | 'inline' | 'none', unknown] {
    const h = this.#host;
    if (h.registry !== undefined && h.registry !== null) return ['registry', h.registry];
    if (typeof h.src === 'string' && h.src) return ['src', h.src];
    if (this.#inline !== undefined) return ['inline', this.#inline];
    return ['none', undefined];
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  get value(): Loaded | null | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  get error(): unknown {
    return this.task.error;
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.INITIAL || this.task.status === TaskStatus.PENDING;
  }

  /** Loads again from the same source. */
  reload(): void {
    this.#attempt++;
    this.#host.requestUpdate();
  }

  #readInline(): void {
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text !== this.#inline) {
      this.#inline = text;
      this.#host.requestUpdate();
    }
  }

  hostConnected(): void {
    this.#readInline();
    this.#observer ??= new MutationObserver(() => this.#readInline());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    if (this.#abortedByDisconnect) {
      this.#abortedByDisconnect = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    // A move (remove then insert in the same task) should not restart the
    // fetch, so only abort if the element is still detached a moment later.
    queueMicrotask(() => {
      if (!this.#host.isConnected && this.task.status === TaskStatus.PENDING) {
        this.#abortedByDisconnect = true;
        this.task.abort();
      }
    });
  }
}
