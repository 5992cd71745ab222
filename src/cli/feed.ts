/**
 * The `changes` as an Atom 1.0 feed (RFC 4287) or JSON Feed 1.1, so
 * customers can follow the list in a feed reader or a Slack channel.
 * Entry ids are stable: derived from date, action and sub-processor.
 *
 * Each entry links to the list's page (the registry's `page`, or
 * `--page`), at the row's own anchor (the one the element and `render`
 * give it) while the entry is in the list; the feed names
 * itself (`rel="self"`) with an absolute URL when one is known (`feed`, or
 * `--self`), a relative `feed` resolved against the page.
 *
 * Whatever the registry holds, the Atom feed is well-formed XML 1.0 (what
 * XML cannot hold becomes U+FFFD), and a URL reaches either feed only if
 * the element would link it (`safeUrl`), and only as http(s).
 */
import type { Change, Registry } from '../lib/types.js';
import { safeUrl } from '../lib/url.js';
import { visibleJson } from '../lib/text.js';
import { anchors as entryAnchors } from '../model/entry.js';

// Not a Char of XML 1.0: C0 controls but tab, newline and carriage return; U+FFFE, U+FFFF; surrogates not in a pair.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const xml = (s: string) =>
  s.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Relative paths (a feed's own "/subprocessors.atom") pass the same gate, against a host that cannot exist.
const NOWHERE = 'https://subprocessors.invalid';

/** `url` as an absolute http(s) link, resolved against `base` when relative; undefined unless the element would link it. */
function absolute(url: string | undefined, base?: string): string | undefined {
  const safe = safeUrl(url, base);
  return safe && /^https?:/.test(safe) ? safe : undefined;
}

/** `url` if it may leave the kit as a web link: absolute http(s), or a path relative to the page. */
function webUrl(url: string | undefined): string | undefined {
  const abs = absolute(url);
  if (abs) return abs;
  const relative = safeUrl(url, `${NOWHERE}/`);
  return relative?.startsWith(`${NOWHERE}/`) ? relative.slice(NOWHERE.length) : undefined;
}

export interface FeedOptions {
  /** The list's page, where entries link (instead of the registry's `page`). */
  page?: string;
  /** The feed's own URL, for `rel="self"` (instead of the registry's `feed`). */
  self?: string;
}

interface Links {
  /** Where the list is read: the page, else the owner's site. */
  home?: string;
  page?: string;
  self?: string;
  host: string;
  /** An entry's row on the page, by sub-processor name, when the name is one entry's. */
  anchors: Map<string, string>;
}

function links(r: Registry, o: FeedOptions): Links {
  const owner = absolute(r.owner?.url);
  const selfGiven = o.self ?? r.feed;
  const pageGiven = o.page ?? r.page;
  const pageAbs = absolute(pageGiven) ?? absolute(pageGiven, absolute(selfGiven) ?? owner);
  const self = absolute(selfGiven) ?? absolute(selfGiven, pageAbs ?? owner);
  const page = pageAbs ?? webUrl(pageGiven);
  // The publisher's host, for tag: ids (RFC 4151): from the feed, the owner's site or the page, in that order (ids stay as they were).
  const hostOf = [absolute(r.feed), owner, absolute(o.self), pageAbs].find(Boolean);
  // The rows' own anchors, as the element and `render` give them; a name two entries share links to the page alone.
  const anchors = new Map<string, string>();
  if (pageAbs) {
    const byName = new Map<string, number>();
    for (const e of r.subprocessors) byName.set(e.name, (byName.get(e.name) ?? 0) + 1);
    for (const [e, anchor] of entryAnchors(r.subprocessors)) {
      if (byName.get(e.name) !== 1) continue;
      const at = new URL(pageAbs);
      at.hash = anchor;
      const safe = absolute(at.href);
      if (safe) anchors.set(e.name, safe);
    }
  }
  return { home: page ?? owner, page, self, host: hostOf ? new URL(hostOf).hostname : 'subprocessors.invalid', anchors };
}

function entryId(l: Links, c: Change, i: number): string {
  const slug = [c.date ?? 'undated', c.action ?? 'change', c.subprocessor ?? String(i)].join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `tag:${l.host},${(c.date ?? '2000-01-01').slice(0, 10)}:subprocessors/${slug}`;
}

/** Where an entry of the feed links: the sub-processor's anchor on the page, else the page. */
const entryLink = (l: Links, c: Change) => (c.subprocessor ? l.anchors.get(c.subprocessor) : undefined) ?? l.home;

function title(c: Change): string {
  const action = c.action ? c.action[0].toUpperCase() + c.action.slice(1) : 'Change';
  return c.subprocessor ? `${action}: ${c.subprocessor}` : action;
}

const sorted = (r: Registry) => (r.changes ?? []).slice().sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));

export function atomFeed(r: Registry, today: string, o: FeedOptions = {}): string {
  const changes = sorted(r);
  const updated = `${changes[0]?.date ?? r.updated ?? today}T00:00:00Z`;
  const l = links(r, o);
  const link = l.home ?? l.self ?? `https://${l.host}/`;
  const entries = changes
    .map((c, i) => {
      const when = `${c.date ?? today}T00:00:00Z`;
      return `  <entry>
    <id>${xml(entryId(l, c, i))}</id>
    <title>${xml(title(c))}</title>
    <updated>${when}</updated>
    <link href="${xml(entryLink(l, c) ?? link)}"/>
    <content type="text">${xml(c.description ?? '')}</content>
  </entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(`tag:${l.host},2000:subprocessors`)}</id>
  <title>${xml(r.title ?? 'Sub-processors')}${r.owner?.name ? ` – ${xml(r.owner.name)}` : ''}</title>
  <updated>${updated}</updated>
  <author><name>${xml(r.owner?.name ?? 'Sub-processors')}</name></author>
  <link href="${xml(link)}"/>
${l.self ? `  <link rel="self" href="${xml(l.self)}"/>\n` : ''}${entries}
</feed>
`;
}

export function jsonFeed(r: Registry, today: string, o: FeedOptions = {}): string {
  const l = links(r, o);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: r.title ?? 'Sub-processors',
    home_page_url: l.home,
    feed_url: l.self,
    authors: r.owner?.name ? [{ name: r.owner.name }] : undefined,
    items: sorted(r).map((c, i) => ({
      id: entryId(l, c, i),
      title: title(c),
      content_text: c.description ?? '',
      date_published: `${c.date ?? today}T00:00:00Z`,
      url: entryLink(l, c),
    })),
  };
  return `${visibleJson(JSON.stringify(feed, null, 2))}\n`;
}
