import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, loaded, rows, spoken, text, waitFor } from './helpers.js';
import type { SubprocessorListElement } from '../src/subprocessor-list.js';
import type { Registry } from '../src/lib/types.js';

describe('<subprocessor-list> rendering', () => {
  it('renders every field of a full registry', async () => {
    const { el, outcome } = await loaded(html`<subprocessor-list src="/test/fixtures/cases/full.json" lang="en"></subprocessor-list>`);
    expect(outcome.type).to.equal('load');

    expect(text($(el, '[part~="title"]'))).to.equal('Sub-processors');
    expect($(el, '[part~="title"]')!.tagName).to.equal('H2');
    expect(text($(el, '[part~="intro"]'))).to.equal('Vendors that process personal data on our behalf.');
    const meta = text($(el, '[part~="meta"]'));
    expect(meta).to.contain('Published by Acme');
    expect(meta).to.contain('Last updated May 1, 2026');
    expect($(el, '[part~="meta"] time')!.getAttribute('datetime')).to.equal('2026-05-01');
    expect($(el, '[part~="meta"] a[href="mailto:privacy@acme.example"]')).to.exist;
    const links = $$<HTMLAnchorElement>(el, '[part~="links"] a').map((a) => [text(a), a.href]);
    expect(links).to.deep.equal([
      ['Data Processing Agreement', 'https://acme.example/dpa'],
      ['Subscribe to changes', 'https://acme.example/subprocessors/subscribe'],
    ]);

    // One table per group in registry order, then the ungrouped rest.
    const headings = $$(el, '[part~="group-heading"]');
    expect(headings.map(text)).to.deep.equal(['Infrastructure', 'Customer support', 'Other sub-processors']);
    expect(headings.every((h) => h.tagName === 'H3')).to.be.true;
    expect($$(el, '[part~="caption"]').map(text)).to.deep.equal(
      ['Infrastructure', 'Customer support', 'Other sub-processors'].map((t) => `${t}, column headers with buttons are sortable.`),
    );
    expect(text($(el, '[part~="group-description"]'))).to.equal('Hosting and storage.');
    expect($$(el, '[part~="table"]')).to.have.length(3);

    const headers = $$(el, '[part~="table"]')[0].querySelectorAll('th[scope="col"]');
    expect([...headers].map(spoken)).to.deep.equal([
      'Sub-processor',
      'Purpose',
      'Entity location',
      'Data location',
      'Personal data',
      'Retention',
      'Transfer safeguard',
      'DPA',
      'Added',
      'Notes',
    ]);

    const [aws, twilio, backup] = rows(el);
    expect(aws).to.deep.equal({
      name: 'Amazon Web Services EMEA SARL AWS',
      purpose: 'Hosting',
      'entity-location': 'Luxembourg',
      'data-locations': 'Frankfurt (eu-central-1)',
      data: 'All customer data',
      retention: 'contract',
      transfer: '',
      dpa: 'DPA',
      added: 'February 1, 2023',
      notes: '',
    });
    expect(twilio['data-locations']).to.equal('Germany Ireland');
    expect(twilio.data).to.equal('U3 U10');
    expect(twilio.transfer).to.equal('SCCs');
    expect(twilio.added).to.equal('January 15, 2024');
    expect(backup.dpa).to.equal('on request');
    expect(backup['data-locations']).to.equal('European Economic Area');

    // The name is each row's header; the relative DPA resolves against the registry's URL.
    expect($$(el, '[part~="table"] tbody th[scope="row"]')).to.have.length(3);
    const dpa = $<HTMLAnchorElement>(el, '[part~="row"] td[data-column="dpa"] a')!;
    expect(dpa.href).to.equal(new URL('/legal/aws-dpa.pdf', location.href).href);
    expect($<HTMLAnchorElement>(el, '[part~="name-link"]')!.href).to.equal('https://www.twilio.com/');
    expect($$(el, '[part~="location-badge"]').length).to.equal(7);
    expect($$(el, '[part~="category"]').map(text)).to.deep.equal(['U3', 'U10']);
    expect(text($(el, '[part~="status"]'))).to.equal('3 sub-processors');
    expect($(el, '[part~="problems"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows only the columns the registry fills, and keeps the caption for screen readers', async () => {
    const { el } = await loaded(html`<subprocessor-list src="/test/fixtures/cases/minimal.json"></subprocessor-list>`);
    expect($$(el, '[part~="table"] th[scope="col"]').map(spoken)).to.deep.equal(['Sub-processor']);
    expect(rows(el)).to.deep.equal([{ name: 'Acme Hosting' }]);
    const caption = $(el, '[part~="caption"]')!;
    expect(text(caption)).to.equal('Sub-processors, column headers with buttons are sortable.');
    expect(caption.classList.contains('sr-only')).to.be.true;
    expect($(el, '[part~="header"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('uses heading-level for the title and the next level for groups', async () => {
    const { el } = await loaded(html`<subprocessor-list heading-level="3" src="/test/fixtures/cases/full.json"></subprocessor-list>`);
    expect($(el, '[part~="title"]')!.tagName).to.equal('H3');
    expect($(el, '[part~="group-heading"]')!.tagName).to.equal('H4');
  });

  it('formats dates and country names in the language of an ancestor', async () => {
    const wrapper = await fixture(html`<div lang="de"><subprocessor-list src="/test/fixtures/cases/full.json"></subprocessor-list></div>`);
    const el = wrapper.querySelector('subprocessor-list') as SubprocessorListElement;
    await waitFor(() => rows(el).length > 0);
    expect(text($(el, '[part~="meta"] time'))).to.equal('1. Mai 2026');
    expect(rows(el)[1]['data-locations']).to.equal('Deutschland Irland');
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const { el } = await loaded(
      html`<subprocessor-list
        ><script type="application/json">
          { "title": "Inline", "subprocessors": [{ "name": "Inline Vendor", "purpose": "Testing" }] }
        </script></subprocessor-list
      >`,
    );
    expect(text($(el, '[part~="title"]'))).to.equal('Inline');
    expect(rows(el)).to.deep.equal([{ name: 'Inline Vendor', purpose: 'Testing' }]);
  });

  it('takes a registry property (object or JSON text), ahead of src', async () => {
    const registry: Registry = { subprocessors: [{ name: 'From property' }] };
    const { el } = await loaded(html`<subprocessor-list src="/test/fixtures/cases/minimal.json" .registry=${registry}></subprocessor-list>`);
    expect(rows(el)).to.deep.equal([{ name: 'From property' }]);
    el.registry = '{"subprocessors":[{"name":"From text"}]}';
    await el.loadComplete;
    expect(rows(el)).to.deep.equal([{ name: 'From text' }]);
  });

  it('accepts overrides of its own words', async () => {
    const { el } = await loaded(
      html`<subprocessor-list .strings=${{ colName: 'Vendor' }} src="/test/fixtures/cases/minimal.json"></subprocessor-list>`,
    );
    expect(spoken($(el, '[part~="table"] th[scope="col"]'))).to.equal('Vendor');
  });
});

describe('<subprocessor-list> seed registries', () => {
  it('renders the Ambassify list with every row, code and the unknown code 12', async () => {
    const data: Registry = await (await fetch('/demo/registries/ambassify.json')).json();
    const { el, outcome } = await loaded(html`<subprocessor-list show-problems src="/demo/registries/ambassify.json"></subprocessor-list>`);
    const r = rows(el);
    expect(r.map((row) => row.name)).to.deep.equal(
      data.subprocessors.map((e) => (e.service && e.service !== e.name ? `${e.name} ${e.service}` : e.name)),
    );
    expect(r[1]).to.deep.include({ purpose: 'Service monitoring and loggling', 'entity-location': 'United Kingdom', 'data-locations': 'United States' });
    expect(r[1].data.split(' ')).to.have.length(22);
    expect(r[5].retention).to.equal('1 days');
    const unknown = $$(el, '[part~="category"][part~="unknown"]');
    expect(unknown.map(text)).to.deep.equal(['12']);
    expect(outcome.type === 'load' && outcome.detail.problems.map((p) => p.path)).to.deep.equal(['subprocessors[3].categories[9]']);
    expect(text($(el, '[part~="problems"] summary'))).to.equal('1 problem in this list');
    expect(($(el, '[part~="problems"]') as HTMLDetailsElement).open).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('renders the June list in its three sections, with the DPA note as text', async () => {
    const { el } = await loaded(html`<subprocessor-list src="/demo/registries/june.json"></subprocessor-list>`);
    expect($$(el, '[part~="group-heading"]').map(text)).to.deep.equal(['Data about June users', 'Data about your customers', 'June AI']);
    const tables = $$(el, '[part~="table"]');
    expect(tables.map((t) => t.querySelectorAll('[part~="row"]').length)).to.deep.equal([7, 1, 1]);
    const slack = rows(el).find((r) => r.name === 'Slack')!;
    expect(slack.dpa).to.equal('Request via Intercom');
    expect(rows(el).find((r) => r.name.startsWith('OpenAI'))!['data-locations']).to.equal('United States');
    await expect(el).to.be.accessible();
  });
});

describe('<subprocessor-list> real published lists', () => {
  let files: string[] = [];
  before(async () => {
    files = ((await (await fetch('/registry-files')).json()) as string[]).filter((f) => f.includes('/fixtures/real/'));
  });

  it('has at least five of them', () => {
    expect(files.length).to.be.at.least(5);
  });

  it('renders each one faithfully: every entry, in its group, with its text', async function () {
    this.timeout(30000);
    for (const file of files) {
      const data: Registry = await (await fetch(file)).json();
      const { el, outcome } = await loaded(html`<subprocessor-list src=${file}></subprocessor-list>`);
      expect(outcome.type, file).to.equal('load');
      const structural = outcome.type === 'load' ? outcome.detail.problems.filter((p) => p.kind !== 'reference') : [];
      expect(structural, file).to.deep.equal([]);
      const shown = rows(el);
      expect(shown.length, file).to.equal(data.subprocessors.length);
      // Rows appear group by group, in registry order within each group.
      const order = [...(data.groups ?? []).map((g) => g.id), undefined];
      const expected = order.flatMap((g) =>
        data.subprocessors.filter((e) => (g === undefined ? !data.groups?.some((x) => x.id === e.group) : e.group === g)),
      );
      expected.forEach((entry, i) => {
        const row = shown[i];
        expect(row.name.startsWith(entry.name), `${file}: ${entry.name}`).to.be.true;
        if (entry.purpose) expect(row.purpose, `${file}: ${entry.name}`).to.equal(entry.purpose.replace(/\s+/g, ' ').trim());
        if (entry.retention) expect(row.retention).to.equal(entry.retention.replace(/\s+/g, ' ').trim());
        if (entry.dataLocations?.length) expect(row['data-locations']).to.not.equal('');
      });
      await expect(el).to.be.accessible();
    }
  });
});
