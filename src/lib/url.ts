/**
 * Which registry strings may become links.
 *
 * Lit escapes text but does not sanitise `href` values, and a registry may
 * come from another team or host, so every URL passes through here. Only
 * `https:`, `http:` and `mailto:` survive, and relative paths that say they
 * are paths (`/dpa.pdf`, `./dpa.pdf`, `../dpa.pdf`) on the registry's own
 * host. Everything else (`javascript:`, `data:`, `vbscript:`, `//host`,
 * strings with control characters, notes such as "on request") is shown as
 * text instead.
 */

const ALLOWED = new Set(['https:', 'http:', 'mailto:']);
// Browsers strip tabs and newlines inside URLs ("java\tscript:"), so any
// control character is a sign of an attempt to sneak past a scheme check.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// No "?", "#" or "%" in an address: they would let a registry add headers or recipients to a mailto: link.
const EMAIL = /^[^\s@/:?#%]+@[^\s@/:?#%]+\.[^\s@/:?#%]+$/;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const PATH = /^\.{0,2}\//;

/**
 * Returns an absolute, safe URL for `value`, or undefined when it must not
 * be a link. Relative paths resolve against `base` (the registry's URL) and
 * must stay on its host; "www.example.com" is read as https.
 */
export function safeUrl(value: string | undefined, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  let raw = value.trim();
  if (raw === '' || CONTROL.test(raw) || raw.startsWith('//') || raw.includes('\\')) return undefined;
  if (/^www\.[^\s/]+\.[^\s]+$/i.test(raw)) raw = `https://${raw}`;
  const relative = !SCHEME.test(raw);
  if (relative && (!base || !PATH.test(raw))) return undefined;
  let url: URL;
  try {
    // A URL with a scheme must stand alone ("https:" alone is not the base).
    url = relative ? new URL(raw, base) : new URL(raw);
  } catch {
    return undefined;
  }
  if (!ALLOWED.has(url.protocol)) return undefined;
  if (url.protocol !== 'mailto:' && !url.hostname) return undefined;
  if (url.protocol === 'mailto:' && !EMAIL.test(decodeURIComponent(url.pathname))) return undefined;
  if (relative && url.host !== new URL(base!).host) return undefined;
  return url.href;
}

/** A link for a contact value: an e-mail address becomes `mailto:`; otherwise only an explicit URL. */
export function contactUrl(value: string | undefined, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const raw = value.trim();
  if (EMAIL.test(raw)) return `mailto:${raw}`;
  return SCHEME.test(raw) || raw.startsWith('/') ? safeUrl(raw, base) : undefined;
}
