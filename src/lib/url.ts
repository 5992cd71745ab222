/**
 * Which registry strings may become links.
 *
 * Lit escapes text but does not sanitise `href` values, and a registry may
 * come from another team or host, so every URL passes through here (the
 * element's links and everything the command-line kit writes). Only
 * `https:`, `http:` and `mailto:` survive, and relative paths that say they
 * are paths (`/dpa.pdf`, `./dpa.pdf`, `../dpa.pdf`) on the registry's own
 * host. Everything else (`javascript:`, `data:`, `vbscript:`, `//host`,
 * strings with control characters, notes such as "on request") is shown as
 * text instead.
 *
 * A link must also go where it says: no user name or password before the
 * host (`https://trusted.example@evil.example/`), and a `mailto:` link to
 * exactly one address with at most a subject (no hidden `cc`, `bcc`, `to`
 * or `body`). Values longer than MAX_READ_LENGTH are text. Nothing here
 * throws, and every check is linear in the value's length.
 */
import { MAX_READ_LENGTH } from './text.js';

const ALLOWED = new Set(['https:', 'http:', 'mailto:']);
// Browsers strip tabs and newlines inside URLs ("java\tscript:"), so any
// control character is a sign of an attempt to sneak past a scheme check.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// Not in an address: "?", "#" or "%" would add headers or recipients to a mailto: link, "," or ";" a second address.
// eslint-disable-next-line no-control-regex
const NOT_IN_ADDRESS = /[\s\u0000-\u001f\u007f-\u009f/:?#%,;<>"()[\]\\]/;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const PATH = /^\.{0,2}\//;
// RFC 5321: no longer path is deliverable.
const MAX_ADDRESS = 254;

/** One plain e-mail address: `local@domain.tld`. */
function isEmail(value: string): boolean {
  if (value.length > MAX_ADDRESS || NOT_IN_ADDRESS.test(value)) return false;
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@')) return false;
  // A dot inside the domain, with text on both sides.
  return value.slice(at + 2, -1).includes('.');
}

/** "www.example.com/dpa": read as https. */
function isWww(value: string): boolean {
  if (!/^www\./i.test(value) || /\s/.test(value)) return false;
  const rest = value.slice(4);
  const slash = rest.indexOf('/');
  const dot = rest.indexOf('.', 1);
  return dot !== -1 && dot < rest.length - 1 && (slash === -1 || dot < slash);
}

function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** A mailto: URL to exactly one address, with nothing but a subject. */
function isPlainMailto(url: URL): boolean {
  const address = decode(url.pathname);
  if (address === undefined || !isEmail(address)) return false;
  for (const [name, value] of new URLSearchParams(url.search)) {
    if (name.toLowerCase() !== 'subject' || CONTROL.test(value)) return false;
  }
  return true;
}

function check(value: string | undefined, base?: string): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_READ_LENGTH) return undefined;
  let raw = value.trim();
  if (raw === '' || CONTROL.test(raw) || raw.startsWith('//') || raw.includes('\\')) return undefined;
  if (isWww(raw)) raw = `https://${raw}`;
  const relative = !SCHEME.test(raw);
  if (relative && (!base || !PATH.test(raw))) return undefined;
  // A URL with a scheme must stand alone ("https:" alone is not the base).
  const url = relative ? new URL(raw, base) : new URL(raw);
  if (!ALLOWED.has(url.protocol) || url.username || url.password) return undefined;
  if (url.protocol === 'mailto:') return isPlainMailto(url) ? url.href : undefined;
  if (!url.hostname) return undefined;
  if (relative && url.host !== new URL(base!).host) return undefined;
  return url.href;
}

/**
 * Returns an absolute, safe URL for `value`, or undefined when it must not
 * be a link. Relative paths resolve against `base` (the registry's URL) and
 * must stay on its host; "www.example.com" is read as https.
 */
export function safeUrl(value: string | undefined, base?: string): string | undefined {
  try {
    return check(value, base);
  } catch {
    // Not a URL the platform can parse: text.
    return undefined;
  }
}

/** A link for a contact value: an e-mail address becomes `mailto:`; otherwise only an explicit URL. */
export function contactUrl(value: string | undefined, base?: string): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_READ_LENGTH) return undefined;
  const raw = value.trim();
  if (isEmail(raw)) return safeUrl(`mailto:${raw}`);
  return SCHEME.test(raw) || raw.startsWith('/') ? safeUrl(raw, base) : undefined;
}
