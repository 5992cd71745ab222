/**
 * Fetching and parsing a registry, with every failure turned into a typed
 * RegistryError that the element can put into plain words.
 */
import { validateRegistry, type ValidationResult } from './registry.js';
import type { LocalizedText, Problem, Registry } from './types.js';

export type ErrorKind = 'url' | 'network' | 'http' | 'timeout' | 'not-json' | 'html' | 'invalid';

export class RegistryError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** The URL as written in `src` (or "inline JSON"). */
    readonly url: string,
    readonly detail: { status?: number; seconds?: number; problem?: Problem; reason?: string } = {},
  ) {
    super(`${kind}: ${url}${detail.status ? ` (${detail.status})` : ''}${detail.problem ? ` ${detail.problem.path}: ${detail.problem.message}` : ''}${detail.reason ? ` ${detail.reason}` : ''}`);
    this.name = 'RegistryError';
  }

  /** Whether trying again might help: the network, a timeout, a busy server. */
  get retryable(): boolean {
    const status = this.detail.status ?? 0;
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && (status >= 500 || status === 408 || status === 429));
  }
}

export interface Loaded {
  /** As validated: text may hold several languages. */
  registry: Registry<LocalizedText>;
  problems: Problem[];
  /** Absolute URL the registry came from, the base for its relative links. */
  base?: string;
}

/** Parses JSON text; a failure becomes a RegistryError naming `where`. */
export function parseJson(text: string, where: string, contentType = ''): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    if (/html/i.test(contentType) || /^\s*</.test(text)) throw new RegistryError('html', where);
    throw new RegistryError('not-json', where, { reason: e instanceof Error ? e.message : String(e) });
  }
}

/** Validates parsed JSON; a fatal problem becomes a RegistryError. */
export function accept(data: unknown, where: string, base?: string): Loaded {
  const result: ValidationResult = validateRegistry(data);
  if (!result.ok) throw new RegistryError('invalid', where, { problem: result.fatal });
  return { registry: result.registry, problems: result.problems, base };
}

/** A signal that aborts with `outer` or after `ms`, whichever comes first. */
function withTimeout(outer: AbortSignal, ms: number): { signal: AbortSignal; timedOut: () => boolean; done: () => void } {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException('timeout', 'TimeoutError'));
  }, ms);
  const onAbort = () => controller.abort(outer.reason);
  if (outer.aborted) onAbort();
  else outer.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => expired,
    done: () => {
      clearTimeout(timer);
      outer.removeEventListener('abort', onAbort);
    },
  };
}

/**
 * Fetches and validates the registry at `src`. Rejects with a RegistryError,
 * or with the abort reason when `signal` aborts (the caller ignores those).
 */
export async function fetchRegistry(src: string, signal: AbortSignal, timeoutMs: number, baseUrl: string): Promise<Loaded> {
  let url: string;
  try {
    url = new URL(src, baseUrl).href;
  } catch {
    throw new RegistryError('url', src);
  }
  const t = withTimeout(signal, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: t.signal, headers: { Accept: 'application/json' } });
    } catch (e) {
      if (t.timedOut()) throw new RegistryError('timeout', src, { seconds: Math.round(timeoutMs / 100) / 10 });
      signal.throwIfAborted();
      throw new RegistryError('network', src, { reason: e instanceof Error ? e.message : String(e) });
    }
    if (!response.ok) throw new RegistryError('http', src, { status: response.status });
    let text: string;
    try {
      text = await response.text();
    } catch (e) {
      if (t.timedOut()) throw new RegistryError('timeout', src, { seconds: Math.round(timeoutMs / 100) / 10 });
      signal.throwIfAborted();
      throw new RegistryError('network', src, { reason: e instanceof Error ? e.message : String(e) });
    }
    signal.throwIfAborted();
    return accept(parseJson(text, src, response.headers.get('content-type') ?? ''), src, response.url || url);
  } finally {
    t.done();
  }
}
