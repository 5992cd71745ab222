/**
 * One escaper for every piece of markup the kit writes (the static page,
 * the Atom feed): registry text is data, never markup. Characters XML 1.0
 * cannot carry at all (C0 controls but tab and line breaks, U+FFFE/U+FFFF,
 * lone surrogates) become U+FFFD, so the output is always well-formed.
 */

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, escaped for HTML and XML alike. */
export function esc(value: string): string {
  return value.replace(NOT_XML, '\ufffd').replace(SPECIAL, (c) => ENTITY[c]);
}
