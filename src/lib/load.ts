/**
 * Fetching and parsing a registry, with every failure turned into a typed
 * RegistryError that the element can put into plain words.
 *
 * A fetched registry is read up to MAX_REGISTRY_BYTES of JSON text (after
 * any decompression, counted as it streams in): a larger or endless
 * response stops there, as a `too-large` error, before it can fill the
 * reader's memory.
 */
import { validateRegistry, type ValidationResult } from './registry.js';
import type { LocalizedText, Problem, Registry } from './types.js';
import { fill, type Strings } from './strings.js';
import { balanceBidi } from './text.js';

export type ErrorKind = 'url' | 'network' | 'http' | 'timeout' | 'not-json' | 'html' | 'invalid' | 'too-large';

/** The size ceiling of a fetched registry: 5 MB, far above any real list (a thousand detailed entries take about 1 MB). */
export const MAX_REGISTRY_BYTES = 5 * 1024 * 1024;

export class RegistryError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** The URL as written in `src` (or "inline JSON"). */
    readonly url: string,
    readonly detail: { status?: number; seconds?: number; problem?: Problem; reason?: string; limit?: number } = {},
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
  let result: ValidationResult;
  try {
    result = validateRegistry(data);
  } catch (e) {
    // Only objects given as the registry property can do this (getters or proxies that throw).
    throw new RegistryError('invalid', where, { problem: { path: '$', message: `it cannot be read (${e})`, kind: 'type' } });
  }
  if (!result.ok) throw new RegistryError('invalid', where, { problem: result.fatal });
  return { registry: result.registry, problems: result.problems, base };
}

/** The body as text, or a `too-large` RegistryError once more than `limit` bytes have come. */
async function readText(response: Response, src: string, limit: number): Promise<string> {
  let left = limit;
  // No body (204): nothing to read.
  const reader = response.body?.getReader();
  // UTF-8, a byte-order mark dropped: what response.text() reads.
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) return text + decoder.decode();
    if ((left -= chunk.value.byteLength) < 0) {
      void reader!.cancel().catch(() => undefined);
      throw new RegistryError('too-large', src, { limit });
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
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
export async function fetchRegistry(src: string, signal: AbortSignal, timeoutMs: number, baseUrl: string, limit = MAX_REGISTRY_BYTES): Promise<Loaded> {
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
      text = await readText(response, src, limit);
    } catch (e) {
      if (e instanceof RegistryError) throw e;
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

/** What went wrong, in the element's words (the sentence after "The list could not be loaded:"). */
export function errorMessage(e: RegistryError, t: Strings, lang: string): string {
  const d = e.detail;
  switch (e.kind) {
    case 'url':
      return fill(t.errorUrl, { url: e.url });
    case 'network':
      return fill(t.errorNetwork, { url: e.url });
    case 'http':
      return fill(t.errorHttp, { url: e.url, status: d.status ?? '?' });
    case 'timeout':
      return fill(t.errorTimeout, { url: e.url, seconds: d.seconds ?? '?' });
    case 'not-json':
      // The parser's message quotes the text it choked on.
      return fill(t.errorNotJson, { url: e.url, detail: balanceBidi(d.reason ?? '') });
    case 'html':
      return fill(t.errorHtml, { url: e.url });
    case 'too-large':
      // Megabytes of 2^20 bytes; the unit is in the sentence ("MB", "Mo").
      return fill(t.errorTooLarge, { url: e.url, limit: ((d.limit ?? MAX_REGISTRY_BYTES) / 2 ** 20).toLocaleString(lang) });
    case 'invalid': {
      // The path helps unless the sentence already names the field.
      const p = d.problem;
      const path = !p || p.path === '$' || p.message.includes(`"${p.path}"`) ? '' : `${p.path}: `;
      return fill(t.errorInvalid, { detail: p ? path + p.message : '' });
    }
  }
}
