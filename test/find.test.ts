/**
 * Finding things: sorting, search, filters, the card layout, the columns
 * attribute and sync-url.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, brokenWords, loaded, rows, settled, spoken, text, waitFor } from './helpers.js';
import type { SubprocessorListElement } from '../src/subprocessor-list.js';

const AMBASSIFY = '/demo/registries/ambassify.json';

const names = (el: Element) => rows(el).map((r) => r.name);
const sortButton = (el: Element, column: string) => $(el, `[part~="sort-button"][data-column="${column}"]`)!;
const search = (el: Element) => $<HTMLInputElement>(el, '[part~="search"]')!;
const filter = (el: Element, name: string) => $<HTMLSelectElement>(el, `select[name="${name}"]`)!;

async function type(el: SubprocessorListElement, value: string) {
  const input = search(el);
  input.focus();
  input.value = '';
  await sendKeys({ type: value });
  await el.updateComplete;
}

async function choose(el: SubprocessorListElement, name: string, value: string) {
  const select = filter(el, name);
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

describe('sorting', () => {
  it('follows the APG sortable table: buttons in headers, aria-sort on the sorted one, a hint in the caption', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    const headers = $$(el, '[part~="table"] th[scope="col"]');
    expect(headers.every((th) => th.querySelector('button[part~="sort-button"]'))).to.be.true;
    expect(headers.filter((th) => th.hasAttribute('aria-sort'))).to.have.length(0);
    expect(text($(el, '[part~="caption"]'))).to.contain('column headers with buttons are sortable');
    expect($(el, '[part~="sort-button"] .arrow')!.getAttribute('aria-hidden')).to.equal('true');
    expect(spoken(sortButton(el, 'purpose'))).to.equal('Purpose');
  });

  it('sorts ascending on the first click and descending on the second, announcing it and firing an event', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    const events: unknown[] = [];
    el.addEventListener('subprocessor-list-sort', (e) => events.push(e.detail));

    sortButton(el, 'retention').click();
    await el.updateComplete;
    expect(rows(el).map((r) => r.retention)).to.deep.equal([
      '1 days', '14 days', '15 days', '30 days', '90 days', '780 days',
      'contract', 'contract', 'contract', 'contract', 'contract', 'contract',
    ]);
    const th = sortButton(el, 'retention').closest('th')!;
    expect(th.getAttribute('aria-sort')).to.equal('ascending');
    expect($$(el, 'th[aria-sort]')).to.have.length(1);
    expect(el.getAttribute('sort')).to.equal('retention');
    expect(text($(el, '.sr-only[role="status"]'))).to.equal('Sorted by Retention, ascending');

    sortButton(el, 'retention').click();
    await el.updateComplete;
    expect(rows(el)[0].retention).to.equal('contract');
    expect(rows(el).at(-1)!.retention).to.equal('1 days');
    expect(th.getAttribute('aria-sort')).to.equal('descending');
    expect(el.getAttribute('sort')).to.equal('-retention');
    expect(events).to.deep.equal([
      { column: 'retention', direction: 'ascending' },
      { column: 'retention', direction: 'descending' },
    ]);
    await expect(el).to.be.accessible();
  });

  it('takes an initial order from the sort attribute, ties keeping registry order', async () => {
    const { el } = await loaded(html`<subprocessor-list sort="-name" src=${AMBASSIFY}></subprocessor-list>`);
    expect(names(el).slice(0, 3)).to.deep.equal(['Twilio Inc. Twilio', 'SolarWinds LLC Loggly', 'RedisLabs']);
    // The four Amazon.com, Inc. rows sort by service after the name.
    expect(names(el).slice(-5)).to.deep.equal([
      'Auth0 Inc. Auth0', 'Amazon.com, Inc. SQS', 'Amazon.com, Inc. S3', 'Amazon.com, Inc. RDS', 'Amazon.com, Inc. EC2 Neo4J',
    ]);
    expect(sortButton(el, 'name').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
  });

  it('sorts each group of a grouped registry by the same column', async () => {
    const { el } = await loaded(html`<subprocessor-list sort="name" src="/demo/registries/june.json"></subprocessor-list>`);
    const [users] = $$(el, '[part~="table"]');
    const first = [...users.querySelectorAll('[part~="row"] [data-column="name"]')].map(text);
    expect(first).to.deep.equal(['Datadog', 'Google Analytics', 'Gsuite', 'Intercom', 'Segment', 'Sentry', 'Slack']);
    expect($$(el, 'th[aria-sort="ascending"]')).to.have.length(3);
  });

  it('keeps focus on the sort button', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    sortButton(el, 'purpose').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.getAttribute('sort')).to.equal('-purpose');
    expect(el.shadowRoot!.activeElement).to.equal(sortButton(el, 'purpose'));
  });
});

describe('search and filters', () => {
  it('filters as you type, ignoring case and accents, and says how many show', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    const input = search(el);
    expect(input.type).to.equal('search');
    expect(text(input.closest('label'))).to.equal('Search');
    await type(el, 'amazon');
    expect(names(el)).to.have.length(4);
    expect(text($(el, '[part~="status"]'))).to.equal('Showing 4 of 12 sub-processors');
    await type(el, 'IRELAND');
    expect(names(el)).to.deep.equal(['RedisLabs', 'Heroku, Inc. Heroku']);
    await type(el, 'contact information'); // a category label: M3, U3, P3
    expect(names(el)).to.have.length(7);
    expect(el.shadowRoot!.activeElement).to.equal(input);
  });

  it('finds accented text from plain letters', async () => {
    const { el } = await loaded(
      html`<subprocessor-list controls="always"
        ><script type="application/json">
          {"subprocessors":[{"name":"Nuvem","dataLocations":["São Paulo"]},{"name":"Mail aus München"},{"name":"Other"}]}
        </script></subprocessor-list
      >`,
    );
    await type(el, 'sao paulo');
    expect(names(el)).to.deep.equal(['Nuvem']);
    await type(el, 'munchen');
    expect(names(el)).to.deep.equal(['Mail aus München']);
  });

  it('filters by data location, inside or outside the EEA, and by data subject; filters combine', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    const locations = [...filter(el, 'location').options].map((o) => o.textContent!.trim());
    expect(locations).to.deep.equal(['Any', 'Inside the EEA', 'Outside the EEA', 'Germany', 'Ireland', 'United States']);
    await choose(el, 'location', 'outside');
    expect(names(el)).to.deep.equal(['SolarWinds LLC Loggly', 'Intercom, Inc. Intercom', 'Inspectlet', 'Google LLC Google Analytics']);
    await choose(el, 'location', 'IE');
    expect(names(el)).to.deep.equal(['RedisLabs', 'Heroku, Inc. Heroku']);
    expect([...filter(el, 'subject').options].map((o) => o.value)).to.deep.equal(['', 'Manager', 'User', 'Prospect', 'Client']);
    await choose(el, 'location', 'eea');
    await choose(el, 'subject', 'Prospect');
    expect(names(el)).to.deep.equal(['Amazon.com, Inc. RDS']);
    await expect(el).to.be.accessible();
  });

  it('filters by section in grouped registries', async () => {
    const { el } = await loaded(html`<subprocessor-list src="/demo/registries/june.json"></subprocessor-list>`);
    await choose(el, 'group', 'june-ai');
    expect(names(el)).to.deep.equal(['OpenAI, L.L.C']);
    expect($$(el, '[part~="group-heading"]').filter((h) => !h.closest('[hidden]')).map(text)).to.deep.equal(['June AI']);
  });

  it('says clearly when nothing matches, and offers a way back', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    await type(el, 'xyz');
    expect(text($(el, '[part~="empty"] p'))).to.equal('No sub-processor matches “xyz”.');
    expect(text($(el, '[part~="status"]'))).to.equal('Showing 0 of 12 sub-processors');
    // Every table is hidden (the rows stay in the DOM for the next keystroke).
    expect($$(el, '[part~="group"]').every((s) => s.hidden)).to.be.true;
    await expect(el).to.be.accessible();
    $(el, '[part~="reset-button"]')!.click();
    await el.updateComplete;
    await settled();
    expect(names(el)).to.have.length(12);
    expect(search(el).value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(search(el));
  });

  it('starts from the query attribute', async () => {
    const { el } = await loaded(html`<subprocessor-list query="heroku" src=${AMBASSIFY}></subprocessor-list>`);
    expect(names(el)).to.deep.equal(['Heroku, Inc. Heroku']);
    expect(search(el).value).to.equal('heroku');
  });

  it('hides the controls for short lists unless asked, and on request', async () => {
    const short = await loaded(html`<subprocessor-list src="/test/fixtures/cases/full.json"></subprocessor-list>`);
    expect($(short.el, '[part~="filters"]')).to.be.null;
    const asked = await loaded(html`<subprocessor-list controls="always" src="/test/fixtures/cases/full.json"></subprocessor-list>`);
    expect($(asked.el, '[part~="search"]')).to.exist;
    const noSearch = await loaded(html`<subprocessor-list no-search src=${AMBASSIFY}></subprocessor-list>`);
    expect($(noSearch.el, '[part~="search"]')).to.be.null;
    expect($(noSearch.el, '[part~="filter"]')).to.exist;
    const none = await loaded(html`<subprocessor-list no-search no-filters src=${AMBASSIFY}></subprocessor-list>`);
    expect($(none.el, '[part~="filters"]')).to.be.null;
  });
});

describe('columns', () => {
  it('shows the chosen columns in the chosen order', async () => {
    const { el } = await loaded(
      html`<subprocessor-list columns="name data-locations purpose bogus" src=${AMBASSIFY}></subprocessor-list>`,
    );
    expect($$(el, '[part~="table"] th[scope="col"]').map(spoken)).to.deep.equal(['Sub-processor', 'Data location', 'Purpose']);
    expect(rows(el)[0]).to.deep.equal({ name: 'Twilio Inc. Twilio', 'data-locations': 'Germany', purpose: 'Communication' });
  });
});

describe('layouts', () => {
  it('turns rows into labelled cards when the element is narrow, keeping table semantics', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><subprocessor-list src=${AMBASSIFY}></subprocessor-list></div>`);
    const el = wrapper.firstElementChild as SubprocessorListElement;
    await waitFor(() => rows(el).length === 12);
    await settled();
    const row = $(el, '[part~="row"]')!;
    expect(getComputedStyle(row).display).to.equal('block');
    expect(row.getAttribute('role')).to.equal('row');
    expect($(el, 'table')!.getAttribute('role')).to.equal('table');
    const cell = $(el, 'td[data-column="purpose"]')!;
    expect(cell.getAttribute('role')).to.equal('cell');
    // The visible label comes from data-label through ::before (empty alt text: the column header already names it).
    expect(cell.dataset.label).to.equal('Purpose');
    expect(getComputedStyle(cell, '::before').content).to.not.equal('none');
    // No sideways scrolling at 320 CSS px (WCAG 1.4.10).
    expect(el.scrollWidth).to.be.at.most(320);
    expect($(el, '.scroller')!.scrollWidth).to.be.at.most(320);
    expect(getComputedStyle(sortButton(el, 'name')).display).to.not.equal('none');
    await expect(el).to.be.accessible();
  });

  it('keeps the table when wide, and obeys layout="cards" and layout="table"', async () => {
    const wideWrapper = await fixture<HTMLDivElement>(html`<div style="width: 1600px"><subprocessor-list src=${AMBASSIFY}></subprocessor-list></div>`);
    const wide = wideWrapper.firstElementChild as SubprocessorListElement;
    await waitFor(() => rows(wide).length === 12);
    await settled();
    // Table rows are grids on the list's shared column tracks (cards are blocks).
    expect(getComputedStyle($(wide, '[part~="row"]')!).display).to.equal('grid');
    const cards = await loaded(html`<subprocessor-list layout="cards" src=${AMBASSIFY}></subprocessor-list>`);
    expect(getComputedStyle($(cards.el, '[part~="row"]')!).display).to.equal('block');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><subprocessor-list layout="table" src=${AMBASSIFY}></subprocessor-list></div>`);
    const el = wrapper.firstElementChild as SubprocessorListElement;
    await waitFor(() => rows(el).length === 12);
    expect(getComputedStyle($(el, '[part~="row"]')!).display).to.equal('grid');
  });
});

describe('sync-url', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('never touches the URL without it', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    sortButton(el, 'name').click();
    await type(el, 'aws');
    expect(location.hash).to.equal('');
  });

  it('mirrors sort, search and filters in the hash, and restores them', async () => {
    const { el } = await loaded(html`<subprocessor-list id="vendors" sync-url src=${AMBASSIFY}></subprocessor-list>`);
    sortButton(el, 'purpose').click();
    await type(el, 'amazon');
    await choose(el, 'location', 'eea');
    expect(location.hash).to.equal('#vendors.sort=purpose&vendors.q=amazon&vendors.loc=eea');
    const again = await loaded(html`<subprocessor-list id="vendors" sync-url src=${AMBASSIFY}></subprocessor-list>`);
    expect(again.el.sort).to.equal('purpose');
    expect(search(again.el).value).to.equal('amazon');
    expect(filter(again.el, 'location').value).to.equal('eea');
    expect(names(again.el)).to.have.length(4);
  });
});

describe('keyboard', () => {
  it('reaches every control in a sensible order, one stop per row, and operates them', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1280px"><button id="before">before</button><subprocessor-list src=${AMBASSIFY}></subprocessor-list></div>`,
    );
    const el = wrapper.querySelector('subprocessor-list') as SubprocessorListElement;
    await waitFor(() => rows(el).length === 12);
    await settled();
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const stops: HTMLElement[] = [];
    for (let i = 0; i < 17; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      if (!active) break;
      stops.push(active);
    }
    const order = stops.map((a) => a.dataset.column ?? a.dataset.action ?? a.getAttribute('name') ?? a.getAttribute('part') ?? a.className);
    expect(order).to.deep.equal([
      'skip', // past the whole list
      'link', // the publisher's link in the header
      'query',
      'location',
      'subject',
      'csv',
      'markdown',
      'name',
      'purpose',
      'entity-location',
      'data-locations',
      'data',
      'retention',
      'notes',
      // Then one stop per row: its first badge, chip or link.
      'location-badge third', // Twilio: entity location United States
      'location-badge adequate', // SolarWinds: United Kingdom
      'location-badge third', // RedisLabs: United States
    ]);
    const rowsShown = $$(el, '[part~="row"]');
    expect(stops.slice(14).map((s) => s.closest('[part~="row"]'))).to.deep.equal(rowsShown.slice(0, 3));

    // Within a row, the arrow keys: right to the next badge or chip, Home and End, down to the next row.
    const first = rowsShown[0].querySelectorAll<HTMLElement>('a[href], .tip');
    first[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(first[1]);
    expect([first[0].tabIndex, first[1].tabIndex]).to.deep.equal([-1, 0]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(first[first.length - 1]);
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(first[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement!.closest('[part~="row"]')).to.equal(rowsShown[1]);

    // The skip link passes every row.
    stops[0].focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('spl-end');

    // Operate the controls from the keyboard alone.
    search(el).focus();
    await sendKeys({ type: 'heroku' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Heroku, Inc. Heroku']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' }); // Chromium changes a closed <select>'s value with arrow keys
    await el.updateComplete;
    expect(filter(el, 'location').value).to.equal('eea');
    expect(names(el)).to.deep.equal(['Heroku, Inc. Heroku']);
    await expect(el).to.be.accessible();
  });

  it('has one tab stop per row on a real list (GitHub: 30 vendors)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1280px"><subprocessor-list src="/test/fixtures/real/github.json"></subprocessor-list></div>`);
    const el = wrapper.querySelector('subprocessor-list') as SubprocessorListElement;
    await el.loadComplete;
    const tabbable = $$(el, 'a[href], button, input, select, [tabindex]').filter((n) => n.tabIndex >= 0 && !n.closest('[hidden]'));
    const inRows = tabbable.filter((n) => n.closest('[part~="row"]'));
    expect(inRows).to.have.length(30);
    for (const row of $$(el, '[part~="row"]')) expect(tabbable.filter((n) => row.contains(n)).length).to.be.at.most(1);
  });
});

describe('auto layout', () => {
  const layoutAt = async (width: number, src: string) => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><subprocessor-list src=${src}></subprocessor-list></div>`);
    const el = wrapper.firstElementChild as SubprocessorListElement;
    await el.loadComplete;
    await settled();
    return { wrapper, el, display: () => getComputedStyle($(el, '[part~="row"]')!).display };
  };

  for (const width of [800, 960, 1100, 1280]) {
    it(`stays a table at ${width} px, however many columns, and scrolls inside its region when it must`, async () => {
      for (const src of ['/test/fixtures/cases/full.json', '/test/fixtures/real/github.json', '/demo/registries/ambassify.json']) {
        const { el, display } = await layoutAt(width, src);
        expect(display(), `${src} at ${width}`).to.equal('grid');
        // The element never widens the page; a table wider than its column scrolls in a focusable, labelled region.
        expect(el.scrollWidth, src).to.be.at.most(width + 1);
        for (const s of $$(el, '.scroller')) {
          const overflows = s.scrollWidth > s.clientWidth + 1;
          expect(s.hasAttribute('tabindex'), `${src}: focusable while it overflows`).to.equal(overflows);
          if (overflows) expect(s.getAttribute('role')).to.equal('region');
        }
        // Columns are at least as wide as their longest word: none is broken in two (words of over 24 characters may be).
        expect(brokenWords($$(el, '[part~="table"] :is(th, td)')), `${src} at ${width}`).to.deep.equal([]);
      }
    });
  }

  it('breaks no word of a real list in two, in a column of a laptop or an article', async () => {
    const lists = ['37signals', 'bento', 'cucinovo', 'github', 'posthog', 'poststack', 'retool', 'sage-bionetworks', 'zed', 'zulip'];
    for (const width of [720, 1100]) {
      for (const name of lists) {
        const { el } = await layoutAt(width, `/test/fixtures/real/${name}.json`);
        expect(brokenWords($$(el, '[part~="table"] :is(th, td)')), `${name} at ${width}`).to.deep.equal([]);
      }
    }
  });

  it('is cards only below 40rem, and does not flip when a search narrows or clears the rows', async () => {
    const { wrapper, el, display } = await layoutAt(960, '/test/fixtures/cases/full.json');
    const search = $<HTMLInputElement>(el, '[part~="search"]');
    if (search) {
      search.value = 'twilio';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      await settled();
      expect(display()).to.equal('grid');
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      await settled();
    }
    expect(display()).to.equal('grid');
    wrapper.style.width = '600px';
    await waitFor(() => display() === 'block');
  });

  it('lines up the columns of every section', async () => {
    const { el } = await layoutAt(1280, '/demo/registries/june.json');
    const lefts = $$(el, '[part~="table"]').map((t) => [...t.querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().left)));
    expect(lefts.length).to.be.greaterThan(1);
    for (const l of lefts) expect(l).to.deep.equal(lefts[0]);
  });
});
