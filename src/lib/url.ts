/**
 * Which registry strings may become links.
 *
 * Lit escapes text but does not sanitise `href` values, and a registry may
 * come from another team or host, so every URL passes through here. Only
 * `https:`, `http:` and `mailto:` survive; everything else (`javascript:`,
 * `data:`, `vbscript:`, protocol-relative `//host`, strings with control
 * characters) is shown as text instead.
 */

const ALLOWED = new Set(['https:', 'http:', 'mailto:']);
// Browsers strip tabs and newlines inside URLs ("java\tscript:"), so any
// control character is a sign of an attempt to sneak past a scheme check.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * Returns an absolute, safe URL for `value`, or undefined when it must not
 * be a link. Relative paths resolve against `base` (the registry's URL).
 */
export function safeUrl(value: string | undefined, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const raw = value.trim();
  if (raw === '' || CONTROL.test(raw) || raw.startsWith('//') || raw.startsWith('\\')) return undefined;
  // Without a scheme and without a base, a word like "on request" is a note, not a path.
  if (!SCHEME.test(raw) && !base) return undefined;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return undefined;
  }
  if (!ALLOWED.has(url.protocol)) return undefined;
  if (url.protocol !== 'mailto:' && !url.hostname) return undefined;
  return url.href;
}

/** A link for a contact value: an e-mail address becomes `mailto:`. */
export function contactUrl(value: string | undefined, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const raw = value.trim();
  if (EMAIL.test(raw)) return `mailto:${raw}`;
  return safeUrl(raw, base);
}

/**
 * Whether a free-text value reads as a link rather than a note: it has a
 * scheme or starts like a path. "Request via Intercom" is a note.
 */
export function looksLikeUrl(value: string): boolean {
  const raw = value.trim();
  return SCHEME.test(raw) || raw.startsWith('/') || raw.startsWith('./') || raw.startsWith('../') || /^www\./i.test(raw);
}
