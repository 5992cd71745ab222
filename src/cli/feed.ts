/**
 * The `changes` as an Atom 1.0 feed (RFC 4287) or JSON Feed 1.1, so
 * customers can follow the list in a feed reader or a Slack channel.
 * Entry ids are stable: derived from date, action and sub-processor.
 *
 * Whatever the registry holds, the Atom feed is well-formed XML 1.0 (what
 * XML cannot hold becomes U+FFFD), and a URL reaches either feed only if
 * the element would link it (`safeUrl`), and only as http(s).
 */
import type { Change, Registry } from '../lib/types.js';
import { safeUrl } from '../lib/url.js';
import { visibleJson } from '../lib/text.js';

// Not a Char of XML 1.0: C0 controls but tab, newline and carriage return; U+FFFE, U+FFFF; surrogates not in a pair.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const xml = (s: string) =>
  s.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Relative paths (a feed's own "/subprocessors.atom") pass the same gate, against a host that cannot exist.
const NOWHERE = 'https://subprocessors.invalid';

/** `url` if it may leave the kit as a web link: absolute http(s), or a path relative to the page. */
function webUrl(url: string | undefined): string | undefined {
  const absolute = safeUrl(url);
  if (absolute) return /^https?:/.test(absolute) ? absolute : undefined;
  const relative = safeUrl(url, `${NOWHERE}/`);
  return relative?.startsWith(`${NOWHERE}/`) ? relative.slice(NOWHERE.length) : undefined;
}

/** The publisher's host, for tag: ids (RFC 4151): from an absolute feed or owner URL. */
function host(r: Registry): string {
  for (const url of [r.feed, r.owner?.url]) {
    const safe = safeUrl(url);
    if (safe && /^https?:/.test(safe)) return new URL(safe).hostname;
  }
  return 'subprocessors.invalid';
}

function entryId(r: Registry, c: Change, i: number): string {
  const slug = [c.date ?? 'undated', c.action ?? 'change', c.subprocessor ?? String(i)].join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `tag:${host(r)},${(c.date ?? '2000-01-01').slice(0, 10)}:subprocessors/${slug}`;
}

function title(c: Change): string {
  const action = c.action ? c.action[0].toUpperCase() + c.action.slice(1) : 'Change';
  return c.subprocessor ? `${action}: ${c.subprocessor}` : action;
}

const sorted = (r: Registry) => (r.changes ?? []).slice().sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));

export function atomFeed(r: Registry, today: string): string {
  const changes = sorted(r);
  const updated = `${changes[0]?.date ?? r.updated ?? today}T00:00:00Z`;
  const self = webUrl(r.feed);
  const link = webUrl(r.owner?.url) ?? self ?? `https://${host(r)}/`;
  const entries = changes
    .map((c, i) => {
      const when = `${c.date ?? today}T00:00:00Z`;
      return `  <entry>
    <id>${xml(entryId(r, c, i))}</id>
    <title>${xml(title(c))}</title>
    <updated>${when}</updated>
    <link href="${xml(link)}"/>
    <content type="text">${xml(c.description ?? '')}</content>
  </entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(`tag:${host(r)},2000:subprocessors`)}</id>
  <title>${xml(r.title ?? 'Sub-processors')}${r.owner?.name ? ` – ${xml(r.owner.name)}` : ''}</title>
  <updated>${updated}</updated>
  <author><name>${xml(r.owner?.name ?? 'Sub-processors')}</name></author>
  <link href="${xml(link)}"/>
${self ? `  <link rel="self" href="${xml(self)}"/>\n` : ''}${entries}
</feed>
`;
}

export function jsonFeed(r: Registry, today: string): string {
  const home = webUrl(r.owner?.url);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: r.title ?? 'Sub-processors',
    home_page_url: home,
    feed_url: webUrl(r.feed),
    authors: r.owner?.name ? [{ name: r.owner.name }] : undefined,
    items: sorted(r).map((c, i) => ({
      id: entryId(r, c, i),
      title: title(c),
      content_text: c.description ?? '',
      date_published: `${c.date ?? today}T00:00:00Z`,
      url: home,
    })),
  };
  return `${visibleJson(JSON.stringify(feed, null, 2))}\n`;
}
