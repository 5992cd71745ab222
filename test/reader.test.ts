/**
 * For the reader: what changed at the top, links to one vendor, the cards
 * and the legend on a phone, paper, tooltips that leave the next stop in
 * view, forced themes, and the exports a procurement reviewer gets.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { $, $$, downloadCsv, emulationWorks, loaded, rows, settled, spoken, text, waitFor } from './helpers.js';
import type { SubprocessorListElement } from '../src/subprocessor-list.js';

const CHANGES = '/test/fixtures/cases/changes.json';
const AMBASSIFY = '/demo/registries/ambassify.json';

const at = async (width: number, template: ReturnType<typeof html>) => {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrapper.firstElementChild as SubprocessorListElement;
  await el.loadComplete;
  await settled();
  return el;
};

describe('what changed, at the top', () => {
  it('shows the latest changes under the header, and leads to the whole history', async () => {
    const { el } = await loaded(html`<subprocessor-list today="2026-11-23" src=${CHANGES}></subprocessor-list>`);
    const latest = $(el, '[part~="latest"]')!;
    // Above the tables: right under the header.
    expect(latest.compareDocumentPosition($(el, '[part~="table"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect($$(el, '[part~="latest"] li').map(text)).to.deep.equal([
      'November 20, 2026 Added Coming Soon GmbH',
      'November 10, 2026 Added Fresh Vendor Inc.',
      'September 1, 2026 Renamed Leaving SAS',
    ]);
    const history = $<HTMLDetailsElement>(el, '[part~="changes"]')!;
    expect(history.open).to.equal(false);
    latest.querySelector<HTMLButtonElement>('button')!.click();
    expect(history.open).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(history.querySelector('summary'));
    await expect(el).to.be.accessible();
  });

  it('marks a vendor the change log says changed recently', async () => {
    const registry = {
      subprocessors: [{ name: 'Moved Inc.', dataLocations: ['DE'] }, { name: 'Steady Ltd' }],
      changes: [{ date: '2026-11-15', action: 'changed', subprocessor: 'Moved Inc.', description: 'data locations: US → DE' }],
    };
    const { el } = await loaded(html`<subprocessor-list today="2026-11-23" .registry=${registry}></subprocessor-list>`);
    const [moved, steady] = $$(el, '[part~="row"]');
    expect(moved.getAttribute('part')).to.equal('row changed');
    expect(text(moved.querySelector('[part~="marker"]'))).to.equal('Changed');
    expect(rows(el)[0].name).to.equal('Moved Inc. Changed November 15, 2026');
    expect(steady.getAttribute('part')).to.equal('row');
    // Past new-days, no longer.
    el.today = '2027-03-01';
    await el.updateComplete;
    expect($$(el, '[part~="row"]')[0].getAttribute('part')).to.equal('row');
  });
});

describe('a link to one vendor', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('gives every row a stable anchor, and opening #anchor brings the row into view', async () => {
    const registry = { subprocessors: [{ name: 'Twilio Inc.' }, { name: 'Twilio Inc.' }, { name: 'Amazon Web Services', id: 'aws' }, { name: 'Élan & Co' }] };
    history.replaceState(null, '', `${location.pathname}#aws`);
    const { el } = await loaded(html`<subprocessor-list .registry=${registry}></subprocessor-list>`);
    expect($$(el, '[part~="row"]').map((r) => r.id)).to.deep.equal(['twilio-inc', 'twilio-inc-2', 'aws', 'elan-co']);
    const aws = el.shadowRoot!.getElementById('aws')!;
    await waitFor(() => aws.classList.contains('target'));
    expect(el.shadowRoot!.activeElement).to.equal(aws);
    // Later links too.
    location.hash = '#elan-co';
    await waitFor(() => el.shadowRoot!.getElementById('elan-co')!.classList.contains('target'));
    await expect(el).to.be.accessible();
  });
});

describe('on a phone', () => {
  it('keeps a card\u2019s free-text data beside its label, chips and text together', async () => {
    const registry = {
      categories: [{ code: 'U1', label: 'Name' }],
      subprocessors: [{ name: 'A', categories: ['U1'], data: 'Support conversations and their attachments' }],
    };
    const el = await at(375, html`<subprocessor-list .registry=${registry}></subprocessor-list>`);
    const cell = $(el, 'td[data-column="data"]')!;
    const value = cell.querySelector('.value')!;
    // One box beside the label: as wide as the rest of the card, not squeezed into the label column.
    expect(value.querySelector('[part~="category"]')).to.exist;
    expect(value.querySelector('.data-text')).to.exist;
    expect(value.getBoundingClientRect().width).to.be.greaterThan(cell.getBoundingClientRect().width / 2);
  });

  it('shows the legend compactly: a subject is a heading, every value labelled', async () => {
    const el = await at(375, html`<subprocessor-list legend="open" src=${AMBASSIFY}></subprocessor-list>`);
    const legend = $(el, '[part~="legend"]')!;
    const row = legend.querySelector<HTMLElement>('tbody tr[id]')!;
    expect(getComputedStyle(row).display).to.equal('flex');
    // Each value is labelled (the label is generated content from data-label, so screen readers get the table's headers instead).
    const cells = [...row.querySelectorAll<HTMLElement>('td[data-label]')];
    expect(cells.map((c) => c.dataset.label)).to.deep.equal(['Direct personal data', 'Indirect personal data']);
    for (const c of cells) expect(getComputedStyle(c, '::before').content).to.not.equal('none');
    // 50 codes: short blocks, not a page of empty cards.
    expect(row.getBoundingClientRect().height).to.be.lessThan(80);
    expect(el.scrollWidth).to.be.at.most(375);
    await expect(el).to.be.accessible();
  });
});

describe('long lists in a table', () => {
  it('keeps the column names in view while the rows scroll by', async () => {
    const registry = {
      subprocessors: Array.from({ length: 200 }, (_, i) => ({ name: `Vendor ${i + 1}`, purpose: 'Cloud hosting and storage of account data', dataLocations: ['DE', 'US'], retention: '30 days' })),
    };
    const el = await at(1280, html`<subprocessor-list .registry=${registry}></subprocessor-list>`);
    const scroller = $(el, '.scroller')!;
    if (scroller.classList.contains('fits')) {
      expect(getComputedStyle($(el, 'table.long thead')!).position).to.equal('sticky');
      el.shadowRoot!.querySelectorAll('[part~="row"]')[150].scrollIntoView();
      await settled();
      const head = $(el, 'table.long thead')!.getBoundingClientRect();
      expect(head.top).to.be.within(-1, 1);
    } else expect.fail('a 1280 px wide list of the generated columns should fit');
  });
});

describe('keyboard and tooltips', () => {
  it('opens a tooltip by focus above its badge, leaving the next row in view', async () => {
    const el = await at(1280, html`<subprocessor-list no-flags src=${AMBASSIFY}></subprocessor-list>`);
    const [first, second] = $$(el, '[part~="row"]');
    first.scrollIntoView({ block: 'center' });
    const stop = first.querySelector<HTMLElement>('.tip')!;
    stop.focus();
    await waitFor(() => !!$(el, '[part~="tooltip"]'), 8000);
    await settled();
    const tip = $(el, '[part~="tooltip"]')!.getBoundingClientRect();
    const next = second.querySelector<HTMLElement>('.tip')!.getBoundingClientRect();
    expect(tip.bottom).to.be.at.most(stop.getBoundingClientRect().top);
    const overlaps = tip.left < next.right && tip.right > next.left && tip.top < next.bottom && tip.bottom > next.top;
    expect(overlaps).to.equal(false);
    await sendKeys({ press: 'Escape' });
  });
});

describe('on paper', () => {
  it('prints every list as a table with its column names, the problems left out, naming where it came from', async function () {
    if (!(await emulationWorks(() => emulateMedia({ media: 'print' })))) this.skip();
    try {
      // Cards on screen (and A4's printable width, about 700 CSS px), a table at 1280: both print as tables.
      for (const [width, layout] of [[700, 'cards'], [1280, 'auto']] as const) {
        const el = await at(width, html`<subprocessor-list layout=${layout} show-problems src=${AMBASSIFY}></subprocessor-list>`);
        window.dispatchEvent(new Event('beforeprint'));
        await el.updateComplete;
        const table = $(el, '[part~="table"]')!;
        expect(getComputedStyle(table).display, `${width}`).to.equal('table');
        expect(getComputedStyle($(el, '[part~="table"] thead')!).display).to.equal('table-header-group');
        // The column names are printed (not a blank band).
        const head = $(el, '[part~="sort-button"]')!;
        expect(spoken(head)).to.equal('Sub-processor');
        expect(getComputedStyle(head).color).to.not.match(/rgba\(.*, 0\)$/);
        expect(getComputedStyle($(el, '[part~="row"]')!).display).to.equal('table-row');
        expect(table.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
        const report = $(el, '[part~="problems"]');
        expect(!report || getComputedStyle(report).display === 'none').to.equal(true);
        const from = $(el, '.print-only')!;
        expect(getComputedStyle(from).display).to.equal('block');
        expect(text(from)).to.contain(location.href);
        window.dispatchEvent(new Event('afterprint'));
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('on paper, in every language', () => {
  it('breaks long column names where the language breaks them, so a German or Dutch table is no wider than an English one', async function () {
    if (!(await emulationWorks(() => emulateMedia({ media: 'print' })))) this.skip();
    try {
      const widths: Record<string, number> = {};
      for (const lang of ['en', 'de', 'nl', 'fr', 'es']) {
        // A4's printable width, about 700 CSS px, and the list with every column: wider than the page in every language,
        // so the browser shrinks the page to fit; how far depends on the longest words that cannot break.
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 700px"><subprocessor-list src="/test/fixtures/cases/full.json"></subprocessor-list></div>`);
        const el = wrapper.firstElementChild as SubprocessorListElement;
        await el.loadComplete;
        window.dispatchEvent(new Event('beforeprint'));
        await el.updateComplete;
        widths[lang] = Math.max(...$$(el, '[part~="table"]').map((t) => t.getBoundingClientRect().width));
        // What is printed is the column's name, with nothing but invisible break points added.
        const printed = $$(el, '[part~="table"] thead th .print-only').map((n) => n.textContent!.replaceAll('\u00ad', '').trim());
        const names = $$(el, '[part~="table"] thead th [part~="sort-button"]').map((n) => n.textContent!.replace(/[♢▲▼]/g, '').trim());
        expect(printed, lang).to.deep.equal(names);
        window.dispatchEvent(new Event('afterprint'));
      }
      for (const lang of ['de', 'nl', 'fr', 'es']) expect(widths[lang], lang).to.be.at.most(widths.en * 1.1);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('themes', () => {
  it('brings its own background when a palette is forced on a page of the other kind', async () => {
    const el = await at(800, html`<subprocessor-list theme="dark" src=${AMBASSIFY}></subprocessor-list>`);
    const bg = getComputedStyle(el).backgroundColor;
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r + g + b, bg).to.be.lessThan(150);
    await expect(el).to.be.accessible();
  });
});

describe('exports for a procurement reviewer', () => {
  it('says visibly that the table was copied', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async () => undefined;
    try {
      $(el, '[data-action="markdown"]')!.click();
      await waitFor(() => !!$(el, '.confirmation'));
    } finally {
      navigator.clipboard.writeText = original;
    }
    const shown = $(el, '.confirmation')!;
    expect(text(shown)).to.equal('Table copied as Markdown.');
    expect(shown.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('downloads sections and what each code means', async () => {
    const { el } = await loaded(html`<subprocessor-list src="/demo/registries/june.json"></subprocessor-list>`);
    const csv = (await downloadCsv(el)).text.replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0].split(',')[0]).to.equal('Section');
    const withCodes = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    expect((await downloadCsv(withCodes.el)).text).to.contain('U3 (Contact information)');
  });
});
