/**
 * A load failure in plain words, in the reader's language: the same
 * sentence in the error box and in the `subprocessor-list-error` event.
 */
import type { RegistryError } from '../lib/load.js';
import { fill, type Strings } from '../lib/strings.js';

export function errorMessage(e: RegistryError, t: Strings): string {
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
      return fill(t.errorNotJson, { url: e.url, detail: d.reason ?? '' });
    case 'html':
      return fill(t.errorHtml, { url: e.url });
    case 'invalid': {
      // The path helps unless the sentence already names the field.
      const p = d.problem;
      const path = !p || p.path === '$' || p.message.includes(`"${p.path}"`) ? '' : `${p.path}: `;
      return fill(t.errorInvalid, { detail: p ? path + p.message : '' });
    }
    default:
      return '';
  }
}

/** The `subprocessor-list-error` event's detail. */
export function errorDetail(e: RegistryError, t: Strings) {
  return { kind: e.kind, message: `${t.errorTitle}: ${errorMessage(e, t)}`, url: e.url, status: e.detail.status, problem: e.detail.problem, retryable: e.retryable };
}
