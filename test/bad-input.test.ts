/**
 * One bad value must not take the list down, forge it, or freeze the page:
 * values that throw, links that are not what they say, long values, floods
 * of problems, oversized registries, text that reorders the element's own
 * words, and a page whose path starts with `//` under sync-url.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, loaded, openTooltip, rows, settled, waitFor } from './helpers.js';
import type { SubprocessorListElement } from '../src/subprocessor-list.js';

type Json = Record<string, unknown>;

/** A registry with `url` in every field that may become a link. */
function withUrls(url: string): Json {
  return {
    owner: { name: 'Owner', url, contact: url, dpa: url },
    subscribe: url,
    feed: url,
    subprocessors: [{ name: 'Vendor', url, dpa: url }, { name: 'Second' }],
  };
}

/** Hrefs of every link the element made. */
const hrefs = (el: Element) => $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href')!);

/** Whether the characters from `start` to `end` of `node`'s text are laid out left to right. */
function leftToRight(node: Text, start: number, end: number): boolean {
  const at = (i: number) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getBoundingClientRect().left;
  };
  return at(start) < at(end - 1);
}

/** The text node under `root` that contains `needle`. */
function textNode(root: Node, needle: string): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue!.includes(needle)) return n as Text;
  throw new Error(`no text node with ${needle}`);
}

/** `needle` (one word, so that it cannot wrap), inside the text node that holds it, reads left to right. */
function readsInOrder(root: Node, needle: string): boolean {
  const node = textNode(root, needle);
  const start = node.nodeValue!.indexOf(needle);
  return leftToRight(node, start, start + needle.length);
}

describe('nothing in a registry or an override throws out of render', () => {
  for (const url of ['mailto:%E0%A4%A@corp.example', 'mailto:%@corp.example', 'mailto:a@%ZZ.example?subject=%']) {
    it(`renders, and fires load, with ${JSON.stringify(url)} in every URL field`, async () => {
      const { el, outcome } = await loaded(html`<subprocessor-list .registry=${withUrls(url)}></subprocessor-list>`);
      expect(outcome.type).to.equal('load');
      expect(rows(el).map((r) => r.name)).to.deep.equal(['Vendor', 'Second']);
      expect(hrefs(el)).to.deep.equal([]);
      expect($(el, '[part~="meta"]')!.textContent).to.contain(url);
    });
  }

  for (const strings of [{ count: 'x' }, { count: null }, { count: 42 }, { showing: { one: 1 } }, { sorted: {} }]) {
    it(`renders with the strings override ${JSON.stringify(strings)}`, async () => {
      const { el, outcome } = await loaded(
        html`<subprocessor-list .strings=${strings as never} controls="always" .registry=${{ subprocessors: [{ name: 'A', purpose: 'x' }] }}></subprocessor-list>`,
      );
      expect(outcome.type).to.equal('load');
      expect(rows(el)).to.have.length(1);
      expect($(el, '[part~="status"]')!.textContent!.trim()).to.not.equal('');
      $(el, '[part~="sort-button"]')!.click();
      el.query = 'nothing matches this';
      await el.updateComplete;
      expect($(el, '[part~="empty"]')).to.exist;
    });
  }

  it('explains an HTTP error with the strings override { errorHttp: undefined }', async () => {
    const { el, outcome } = await loaded(html`<subprocessor-list .strings=${{ errorHttp: undefined }} src="/fault/status/404"></subprocessor-list>`);
    expect(outcome.type === 'error' && outcome.detail.message).to.equal('The list could not be loaded: the server answered 404 for /fault/status/404.');
    expect($(el, '[part~="error"]')!.textContent).to.contain('the server answered 404');
  });

  it('reports a registry object whose properties throw as an error, with an event', async () => {
    const registry = {
      get subprocessors(): unknown {
        throw new Error('boom');
      },
    };
    const { el, outcome } = await loaded(html`<subprocessor-list .registry=${registry}></subprocessor-list>`);
    expect(outcome.type === 'error' && outcome.detail.kind).to.equal('invalid');
    expect($(el, '[part~="error"]')).to.exist;
  });
});

describe('links are what they say', () => {
  for (const url of [
    'mailto:privacy@acme.example?bcc=spy@evil.example',
    'mailto:privacy@acme.example?cc=spy@evil.example',
    'mailto:privacy@acme.example?to=spy@evil.example',
    'mailto:privacy@acme.example?body=Send%20your%20password',
    'https://trusted.example@evil.example/',
    'www.trusted.example@evil.example',
  ]) {
    it(`makes no link of ${JSON.stringify(url)}`, async () => {
      const { el } = await loaded(html`<subprocessor-list .registry=${withUrls(url)}></subprocessor-list>`);
      // "www.trusted.example@evil.example" is an e-mail address too: as the contact, it is linked as the address shown.
      expect(hrefs(el).filter((href) => href !== `mailto:${url}`)).to.deep.equal([]);
    });
  }

  it('links nothing a polluted Object.prototype adds', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    const registry = JSON.parse('{"owner": {"name": "Owner"}, "subprocessors": [{"name": "Vendor"}], "changes": [{"subprocessor": "Vendor"}]}');
    let el: SubprocessorListElement;
    proto.url = 'https://evil.example/';
    proto.dpa = 'https://evil.example/dpa';
    proto.subscribe = 'https://evil.example/subscribe';
    try {
      el = await fixture<SubprocessorListElement>(html`<subprocessor-list .registry=${registry}></subprocessor-list>`);
      await el.loadComplete;
    } finally {
      delete proto.url;
      delete proto.dpa;
      delete proto.subscribe;
    }
    expect(rows(el)).to.deep.equal([{ name: 'Vendor' }]);
    expect(hrefs(el)).to.deep.equal([]);
  });
});

describe('long values are text, read at once', () => {
  it('renders 200 KB values in URL, location and retention fields within a few seconds', async function () {
    this.timeout(20000);
    const dots = `www.${'.'.repeat(200_000)} `;
    const mail = `a@${'.'.repeat(200_000)}@`;
    const spaces = `${' '.repeat(200_000)}x`;
    const registry = {
      owner: { name: 'Owner', url: dots, contact: mail, dpa: mail },
      subscribe: dots,
      subprocessors: [
        { name: 'A', url: dots, dpa: mail, entityLocation: `(${spaces}`, dataLocations: [spaces, `Germany (${'x'.repeat(200_000)})`, '('.repeat(200_000)], retention: `1${'1'.repeat(200_000)} days` },
        { name: 'B', dataLocations: ['DE'], retention: '30 days' },
      ],
    };
    const start = performance.now();
    const { el } = await loaded(html`<subprocessor-list sort="retention" controls="always" .registry=${registry}></subprocessor-list>`);
    el.query = 'germany';
    await el.updateComplete;
    expect(performance.now() - start).to.be.below(5000);
    expect(hrefs(el)).to.deep.equal([]);
  });
});

describe('floods are capped', () => {
  it('lists the first 50 problems and says how many more, while the event keeps them all', async () => {
    const registry = { subprocessors: [{ name: 'A', dataLocations: Array(2000).fill(1) }] };
    const { el, outcome } = await loaded(html`<subprocessor-list show-problems .registry=${registry}></subprocessor-list>`);
    expect(outcome.type === 'load' && outcome.detail.problems).to.have.length(2000);
    const report = $<HTMLDetailsElement>(el, '[part~="problems"]')!;
    expect(report.querySelector('summary')!.textContent).to.equal('2,000 problems in this list');
    expect(report.querySelectorAll('li')).to.have.length(50);
    expect(report.textContent).to.contain('… and 1,950 more');
    report.open = true;
    await expect(el).to.be.accessible();
  });

  it('says "… and N more" in the reader language', async () => {
    const registry = { subprocessors: [{ name: 'A', dataLocations: Array(52).fill(1) }] };
    const { el } = await loaded(html`<subprocessor-list show-problems lang="de" .registry=${registry}></subprocessor-list>`);
    expect($(el, '[part~="problems"]')!.textContent).to.contain('… und 2 weitere');
  });

  it('refuses a fetched registry over the size ceiling, with an error of its own kind', async () => {
    const big = URL.createObjectURL(new Blob([`{"subprocessors": [], "x": "${'a'.repeat(6 * 2 ** 20)}"}`], { type: 'application/json' }));
    try {
      const { el, outcome } = await loaded(html`<subprocessor-list src=${big}></subprocessor-list>`);
      expect(outcome.type === 'error' && outcome.detail.kind).to.equal('too-large');
      expect(outcome.type === 'error' && outcome.detail.retryable).to.be.false;
      expect($(el, '[part~="error"]')!.textContent).to.contain('is larger than 5 MB');
      await expect(el).to.be.accessible();
    } finally {
      URL.revokeObjectURL(big);
    }
  });

  it('stops reading an endless response at the ceiling', async function () {
    this.timeout(20000);
    const real = window.fetch;
    let sent = 0;
    window.fetch = async () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            // Bounded, so that a reader without a ceiling fails instead of filling the memory.
            if (sent >= 64 * 2 ** 20) return controller.close();
            sent += 2 ** 20;
            controller.enqueue(new Uint8Array(2 ** 20).fill(0x20));
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    try {
      const { outcome } = await loaded(html`<subprocessor-list src="/endless.json"></subprocessor-list>`);
      expect(outcome.type === 'error' && outcome.detail.kind).to.equal('too-large');
      expect(sent).to.be.below(12 * 2 ** 20);
    } finally {
      window.fetch = real;
    }
  });
});

describe("registry text cannot reorder the element's own words", () => {
  const RLO = '\u202E';

  it('keeps the changes list in order after a right-to-left override in a vendor name', async () => {
    const registry = {
      subprocessors: [{ name: 'A' }],
      changes: [{ date: '2026-05-01', action: 'added', subprocessor: `${RLO}Evil`, description: 'Product analytics' }],
    };
    const { el } = await loaded(html`<subprocessor-list changes="open" .registry=${registry}></subprocessor-list>`);
    const item = $(el, '.change-list li')!;
    expect(readsInOrder(item, 'analytics')).to.be.true;
  });

  it('keeps a row, the header and the tooltips in order after overrides in a name, a location and a category label', async () => {
    const registry = {
      owner: { name: `${RLO}Owner` },
      updated: '2026-05-01',
      categories: [{ code: 'U1', subject: 'User', label: `${RLO}Contact`, indirect: 'yes' }],
      subprocessors: [{ name: `${RLO}Evil`, service: 'Cloud Storage', dataLocations: [`${RLO}Somewhere`], categories: ['U1'] }],
    };
    const { el } = await loaded(html`<subprocessor-list today="2026-06-01" .registry=${registry}></subprocessor-list>`);
    expect(readsInOrder($(el, '[part~="row"]')!, 'Storage')).to.be.true;
    expect(readsInOrder($(el, '[part~="meta"]')!, 'updated')).to.be.true;
    $(el, '[part~="location-badge"]')!.click();
    const tip = (await openTooltip(el)).querySelector('span')!;
    expect(readsInOrder(tip, 'place')).to.be.true;
    $(el, '[part~="category"]')!.click();
    await settled();
    expect(readsInOrder(tip, 'personal')).to.be.true;
  });

  it('never cuts a location at a control character', async () => {
    const registry = { subprocessors: [{ name: 'A', dataLocations: ['US\u0000 but really RU'] }] };
    const { el } = await loaded(html`<subprocessor-list .registry=${registry}></subprocessor-list>`);
    const badge = $(el, '[part~="location-badge"]')!;
    expect(badge.textContent).to.not.contain('United States');
    expect(badge.textContent).to.contain('but really RU');
  });
});

describe('sync-url on a page whose path starts with //', () => {
  let original = '';
  beforeEach(() => {
    original = location.href;
    history.replaceState(null, '', `${location.origin}//double/path${location.search}`);
  });
  afterEach(() => history.replaceState(null, '', original));

  it('writes the hash, and keeps the sort event', async () => {
    const registry = { subprocessors: [{ name: 'B', purpose: 'x' }, { name: 'A', purpose: 'y' }] };
    const el = await fixture<SubprocessorListElement>(html`<subprocessor-list sync-url controls="always" .registry=${registry}></subprocessor-list>`);
    await el.loadComplete;
    const sorts: string[] = [];
    el.addEventListener('subprocessor-list-sort', (e) => sorts.push(e.detail.column));
    $(el, '[part~="sort-button"][data-column="name"]')!.click();
    await el.updateComplete;
    expect(sorts).to.deep.equal(['name']);
    expect(location.pathname).to.equal('//double/path');
    expect(location.hash).to.equal('#sort=name');
    el.query = 'a';
    const input = $<HTMLInputElement>(el, '[part~="search"]')!;
    input.value = 'a';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitFor(() => location.hash === '#sort=name&q=a');
  });
});
