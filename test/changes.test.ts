/**
 * Change markers, the recent changes section, freshness, feed and export,
 * with a fixed clock (today="2026-11-23").
 */
import { expect, html } from '@open-wc/testing';
import { $, $$, loaded, spoken, text, downloadCsv, waitFor } from './helpers.js';
import { toCsv, toMarkdown } from '../src/lib/export.js';
import { daysBetween, markersOf, relativeUnit } from '../src/lib/dates.js';

const SRC = '/test/fixtures/cases/changes.json';

describe('dates', () => {
  it('counts calendar days and marks entries', () => {
    expect(daysBetween('2026-11-23', '2026-12-15')).to.equal(22);
    expect(markersOf({ name: 'a', added: '2026-11-10' }, '2026-11-23', 30)).to.deep.equal({ isNew: true, startsIn: undefined, endsIn: undefined });
    expect(markersOf({ name: 'a', added: '2026-09-10' }, '2026-11-23', 30).isNew).to.be.false;
    expect(markersOf({ name: 'a', added: '2026-11-20', effective: '2026-12-15' }, '2026-11-23', 30)).to.deep.equal({ isNew: false, startsIn: 22, endsIn: undefined });
    expect(relativeUnit(22)).to.deep.equal([22, 'day']);
    expect(relativeUnit(-92)).to.deep.equal([-3, 'month']);
    expect(relativeUnit(800)).to.deep.equal([2, 'year']);
  });
});

describe('export formats', () => {
  it('writes CSV that spreadsheets read, and defuses formulas', () => {
    const csv = toCsv(['Name', 'Notes'], [['A, Inc.', 'says "hi"'], ['=HYPERLINK("x")', 'São Paulo']]);
    expect(csv).to.equal('\uFEFFName,Notes\r\n"A, Inc.","says ""hi"""\r\n"\'=HYPERLINK(""x"")",São Paulo\r\n');
  });
  it('writes a Markdown table with pipes escaped', () => {
    expect(toMarkdown(['Name', 'Purpose'], [['A | B', 'x\ny']])).to.equal('| Name | Purpose |\n| --- | --- |\n| A \\| B | x y |\n');
  });
});

describe('<subprocessor-list> changes', () => {
  it('marks new, upcoming and retiring entries, relative to today, in the reader language', async () => {
    const { el } = await loaded(html`<subprocessor-list today="2026-11-23" src=${SRC}></subprocessor-list>`);
    const rows = $$(el, '[part~="row"]');
    expect(rows.map((r) => r.getAttribute('part'))).to.deep.equal(['row', 'row new', 'row upcoming', 'row retiring']);
    expect(spoken(rows[1].querySelector('.markers'))).to.equal('New');
    expect(spoken(rows[2].querySelector('.markers'))).to.equal('Upcoming starts December 15, 2026 (in 22 days)');
    expect(spoken(rows[3].querySelector('.markers'))).to.equal('Retiring ends January 31, 2027 (in 2 months)');
    const de = await loaded(html`<subprocessor-list lang="de" today="2026-11-23" src=${SRC}></subprocessor-list>`);
    expect(spoken($$(de.el, '[part~="row"]')[2].querySelector('.markers'))).to.equal('Demnächst ab 15. Dezember 2026 (in 22 Tagen)');
  });

  it('takes new-days into account', async () => {
    const { el } = await loaded(html`<subprocessor-list today="2026-11-23" new-days="5" src=${SRC}></subprocessor-list>`);
    expect($$(el, '[part~="row"][part~="new"]')).to.have.length(0);
  });

  it('lists recent changes newest first, with the notice period, and is accessible open', async () => {
    const { el } = await loaded(html`<subprocessor-list today="2026-11-23" changes="open" src=${SRC}></subprocessor-list>`);
    const section = $<HTMLDetailsElement>(el, '[part~="changes"]')!;
    expect(section.open).to.be.true;
    expect(text(section.querySelector('summary'))).to.equal('Recent changes (4)');
    expect(text(section.querySelector('.notice'))).to.equal(
      'New sub-processors are announced 30 days before they start processing. Customers can object within 14 days.',
    );
    expect([...section.querySelectorAll('li')].map(text)).to.deep.equal([
      'November 20, 2026 Added Coming Soon GmbH: Product analytics, from 15 December.',
      'November 10, 2026 Added Fresh Vendor Inc.: Transactional e-mail.',
      'September 1, 2026 Renamed Leaving SAS',
      'June 1, 2025 Removed Old Vendor: No longer used.',
    ]);
    await expect(el).to.be.accessible();
    const none = await loaded(html`<subprocessor-list changes="none" src=${SRC}></subprocessor-list>`);
    expect($(none.el, '[part~="changes"]')).to.be.null;
  });

  it('says how fresh the list is, marks it stale past stale-days, and links the feed', async () => {
    const { el } = await loaded(html`<subprocessor-list today="2026-11-23" src=${SRC}></subprocessor-list>`);
    expect(text($(el, '[part~="meta"]'))).to.contain('Last updated May 1, 2026 (7 months ago)');
    expect(text($(el, '[part~="stale"]'))).to.equal('This list may be out of date.');
    const feed = $$<HTMLAnchorElement>(el, '[part~="links"] a').find((a) => a.textContent === 'Feed of changes')!;
    expect(feed.getAttribute('href')).to.equal(new URL('/subprocessors.atom', location.href).href);
    const subscribe = $$<HTMLAnchorElement>(el, '[part~="links"] a').find((a) => a.textContent === 'Subscribe to changes')!;
    expect(subscribe.href).to.equal('mailto:privacy@acme.example?subject=Subscribe');
    const fresh = await loaded(html`<subprocessor-list today="2026-05-20" stale-days="180" src=${SRC}></subprocessor-list>`);
    expect($(fresh.el, '[part~="stale"]')).to.be.null;
  });

  it('downloads the visible rows as CSV', async () => {
    const { el } = await loaded(html`<subprocessor-list today="2026-11-23" query="leaving" src=${SRC}></subprocessor-list>`);
    const { name, bytes } = await downloadCsv(el);
    expect(name).to.equal('sub-processors.csv');
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // the UTF-8 byte-order mark spreadsheets need
    expect(new TextDecoder().decode(bytes)).to.equal('Sub-processor,Purpose,Added\r\nLeaving SAS,Backups,2024-02-01\r\n');
  });

  it('copies the visible rows as a Markdown table', async () => {
    const { el } = await loaded(html`<subprocessor-list today="2026-11-23" query="vendor" src=${SRC}></subprocessor-list>`);
    let copied = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (value: string) => {
      copied = value;
    };
    try {
      $(el, '[data-action="markdown"]')!.click();
      await waitFor(() => copied !== '', 8000);
      await el.updateComplete;
    } finally {
      navigator.clipboard.writeText = original;
    }
    expect(copied).to.equal('| Sub-processor | Purpose | Added |\n| --- | --- | --- |\n| Fresh Vendor Inc. | E-mail | 2026-11-10 |\n');
    expect(text($(el, '.sr-only[role="status"]'))).to.equal('Table copied as Markdown.');
  });
});
