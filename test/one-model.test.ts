/**
 * Defects of the days when each form of the list had its own rules, each
 * now a test: the model decides once, and every form follows.
 */
import { expect, html } from '@open-wc/testing';
import { $, $$, brokenWords, loaded, openTooltip, rows, text, downloadCsv } from './helpers.js';
import { validateRegistry } from '../src/lib/registry.js';
import { buildListModel } from '../src/model/list-model.js';
import { resolveStrings } from '../src/model/locales.js';
import { staticPage } from '../src/serialize/static-html.js';

describe('one model for every form', () => {
  it('tells a screen reader the entry\u2019s safeguard, as the tooltip shows it', async () => {
    const { el } = await loaded(html`<subprocessor-list no-flags src="/test/fixtures/cases/full.json"></subprocessor-list>`);
    const us = $$(el, '[part~="location-badge"]').find((b) => text(b) === 'United States')!;
    const description = text(el.shadowRoot!.getElementById(us.getAttribute('aria-describedby')!));
    expect(description).to.contain('Safeguard named in this list: SCCs.');
    us.focus();
    const tip = await openTooltip(el);
    expect(text(tip.querySelector('span'))).to.equal(description);
    await expect(el).to.be.accessible();
  });

  it('neither shows nor exports a service that only repeats the name', async () => {
    const registry = { subprocessors: [{ name: 'Twilio', service: 'Twilio ', purpose: 'SMS' }] };
    const { el } = await loaded(html`<subprocessor-list .registry=${registry}></subprocessor-list>`);
    expect(rows(el)[0].name).to.equal('Twilio');
    expect($(el, '[part~="service"]')).to.be.null;
    const { text: csv } = await downloadCsv(el);
    expect(csv.replace(/^\uFEFF/, '')).to.equal('Sub-processor,Purpose\r\nTwilio,SMS\r\n');
  });

  for (const [attr, value] of [
    ['new-days', '-1'],
    ['new-days', 'abc'],
    ['stale-days', '-5'],
  ]) {
    it(`keeps its rows while searching, with ${attr}="${value}"`, async () => {
      const { el } = await loaded(html`<subprocessor-list src="/demo/registries/ambassify.json"></subprocessor-list>`);
      el.setAttribute(attr, value);
      await el.updateComplete;
      const before = $$(el, '[part~="row"]');
      const search = $<HTMLInputElement>(el, '[part~="search"]')!;
      for (const q of ['a', 'am', 'ama']) {
        search.value = q;
        search.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
      }
      // The same row elements, only hidden or shown: no rebuild per keystroke.
      const after = $$(el, '[part~="row"]');
      expect(after.length).to.equal(before.length);
      expect(after.every((tr, i) => tr === before[i])).to.equal(true);
      expect(rows(el).map((r) => r.name)).to.deep.equal(['Amazon.com, Inc. EC2 Neo4J', 'Amazon.com, Inc. RDS', 'Amazon.com, Inc. S3', 'Amazon.com, Inc. SQS']);
    });
  }
});

describe('the static page', () => {
  async function framed(width: number, file = '/demo/registries/acme.json'): Promise<Document> {
    const data = await (await fetch(file)).json();
    const result = validateRegistry(data);
    if (!result.ok) throw new Error('not a registry');
    const model = buildListModel({ registry: result.registry, problems: result.problems }, { today: '2026-11-23' }, 'en', resolveStrings('en'));
    const frame = document.createElement('iframe');
    frame.style.width = `${width}px`;
    frame.style.height = '600px';
    frame.style.border = '0';
    const ready = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.srcdoc = staticPage(model);
    document.body.append(frame);
    await ready;
    return frame.contentDocument!;
  }

  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('is a list of cards on a phone, with nothing scrolling sideways', async () => {
    const doc = await framed(375);
    expect(doc.documentElement.scrollWidth).to.be.at.most(375);
    const cell = doc.querySelector('.spl-group td')!;
    expect(getComputedStyle(cell).display).to.equal('grid');
  });

  it('is a table on a laptop, its sections\u2019 columns lined up', async () => {
    const doc = await framed(1280);
    expect(getComputedStyle(doc.querySelector('.spl-group td')!).display).to.equal('table-cell');
    const lefts = [...doc.querySelectorAll('.spl-group table')].map((t) => [...t.querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().left)));
    expect(lefts.length).to.be.greaterThan(1);
    for (const l of lefts) expect(l).to.deep.equal(lefts[0]);
  });

  it('breaks no word in two on a laptop, on the ten real lists and the every-field one', async () => {
    const lists = ['cases/full', ...['37signals', 'bento', 'cucinovo', 'github', 'posthog', 'poststack', 'retool', 'sage-bionetworks', 'zed', 'zulip'].map((n) => `real/${n}`)];
    for (const width of [900, 1280]) {
      for (const name of lists) {
        const doc = await framed(width, `/test/fixtures/${name}.json`);
        expect(brokenWords([...doc.querySelectorAll('.spl-group :is(th, td)')]), `${name} at ${width}`).to.deep.equal([]);
      }
    }
  });
});
