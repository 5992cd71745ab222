/**
 * The view (sort, search, filters) as URL-hash parameters, for `sync-url`:
 * `#sort=-name&q=aws&loc=outside`. Parameters the page put there itself are
 * kept. With an element id, keys are prefixed (`#vendors.q=aws`) so several
 * lists on one page keep their own state.
 */
import type { Filters } from '../model/search.js';

export interface ViewState extends Filters {
  sort: string;
}

const KEYS: [keyof ViewState, string][] = [
  ['sort', 'sort'],
  ['query', 'q'],
  ['location', 'loc'],
  ['group', 'group'],
  ['subject', 'data'],
];

function params(hash: string): URLSearchParams {
  const body = hash.replace(/^#/, '');
  // A plain anchor ("#pricing") is not ours to parse.
  return new URLSearchParams(body.includes('=') ? body : '');
}

export function readHash(hash: string, prefix: string): Partial<ViewState> {
  const p = params(hash);
  const out: Partial<ViewState> = {};
  for (const [field, key] of KEYS) {
    const value = p.get(prefix + key);
    if (value !== null) out[field] = value;
  }
  return out;
}

export function writeHash(hash: string, prefix: string, state: ViewState): string {
  const p = params(hash);
  for (const [field, key] of KEYS) {
    if (state[field]) p.set(prefix + key, state[field]);
    else p.delete(prefix + key);
  }
  const text = p.toString();
  return text ? `#${text}` : '';
}

/**
 * `href` with its hash replaced by `hash` ('' removes it). Built from the
 * whole current URL, never from its path: a path such as `//host/x` read
 * on its own is another host, which `history.replaceState` refuses.
 */
export function hashHref(href: string, hash: string): string {
  const url = new URL(href);
  url.hash = hash;
  return url.href;
}
