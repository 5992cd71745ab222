/**
 * A load failure as the `subprocessor-list-error` event tells it: the same
 * sentence as the error box (`errorMessage`, in lib/load.ts), in the
 * reader's language.
 */
import { errorMessage, type RegistryError } from '../lib/load.js';
import type { Strings } from '../lib/strings.js';
import type { ErrorDetail } from '../events.js';

export function errorDetail(e: RegistryError, t: Strings, lang: string): ErrorDetail {
  return { kind: e.kind, message: `${t.errorTitle}: ${errorMessage(e, t, lang)}`, url: e.url, status: e.detail.status, problem: e.detail.problem, retryable: e.retryable };
}
