/**
 * `sri`: the Subresource Integrity value of a file (`sha384-…`), for a
 * page that loads the bundle it hosts itself with `<script integrity>`,
 * and for its sibling language files (`subprocessor-list.de.js` …), which
 * an import map's `integrity` pins the same way.
 */
import { createHash } from 'node:crypto';

/** The bundle and the language files it loads on demand, as the package ships them in `dist/`. */
export const BUNDLE_FILES = ['subprocessor-list.js', ...['de', 'fr', 'nl', 'es'].map((lang) => `subprocessor-list.${lang}.js`)];

export function integrity(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
