/**
 * The feeds of the command-line kit, parsed by the browser's own XML
 * parser: whatever a registry holds, the Atom feed is well-formed XML 1.0,
 * and no URL reaches it (or the JSON Feed) that the element would not link.
 */
import { expect } from '@open-wc/testing';
import { atomFeed, jsonFeed } from '../../src/cli/feed.js';
import type { Registry } from '../../src/lib/types.js';

const HOSTILE_TEXT = [
  'NUL\u0000 and ESC\u001b and BEL\u0007 and VT\u000b',
  'noncharacters \uFFFE \uFFFF',
  'lone surrogates \ud800 and \udfff',
  'C1 \u0085 \u009b and DEL \u007f',
  ']]> & < > " \' &amp;',
  '\u202Eoverride',
];

function registryWith(text: string, url = 'https://acme.example/'): Registry {
  return {
    title: text,
    owner: { name: text, url },
    feed: url,
    subprocessors: [{ name: text }],
    changes: [{ date: '2026-05-01', action: text, subprocessor: text, description: text }],
  };
}

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  expect(error, error?.textContent ?? '').to.be.undefined;
  return doc;
}

describe('Atom feed', () => {
  for (const text of HOSTILE_TEXT) {
    it(`stays well-formed XML with ${JSON.stringify(text)}`, () => {
      const doc = parse(atomFeed(registryWith(text), '2026-05-01'));
      expect(doc.documentElement.localName).to.equal('feed');
      expect(doc.getElementsByTagName('entry')).to.have.length(1);
    });
  }

  it('keeps the text it can, and marks what XML cannot hold', () => {
    const doc = parse(atomFeed(registryWith('a\u0000b ]]> & <c>'), '2026-05-01'));
    expect(doc.querySelector('entry > content')!.textContent).to.equal('a\uFFFDb ]]> & <c>');
  });

  for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'https://trusted.example@evil.example/', '//evil.example/', 'vbscript:x']) {
    it(`links no ${JSON.stringify(url)}`, () => {
      const doc = parse(atomFeed(registryWith('x', url), '2026-05-01'));
      for (const link of doc.getElementsByTagName('link')) {
        const href = link.getAttribute('href')!;
        expect(new URL(href).protocol, href).to.be.oneOf(['https:', 'http:']);
        expect(href).to.not.contain('evil');
      }
      for (const id of doc.getElementsByTagName('id')) expect(id.textContent).to.match(/^tag:[a-z0-9.-]+,\d{4}(-\d{2}-\d{2})?:/);
      const json = JSON.parse(jsonFeed(registryWith('x', url), '2026-05-01'));
      for (const href of [json.home_page_url, json.feed_url, ...json.items.map((i: { url?: string }) => i.url)]) {
        if (href !== undefined) expect(new URL(href).protocol, href).to.be.oneOf(['https:', 'http:']);
      }
    });
  }
});
