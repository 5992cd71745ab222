/**
 * Honest transfer status: the US (or Canada) counts as covered by an
 * adequacy decision only when the entry names the Data Privacy Framework
 * (or PIPEDA's scope); an entry without data locations is "location not
 * stated". Badge, summary, filter and the key say the same.
 */
import { expect, html } from '@open-wc/testing';
import { $, $$, loaded, rows, text } from './helpers.js';

const GITHUB = '/test/fixtures/real/github.json';

describe('transfer status', () => {
  it('counts GitHub\u2019s US vendors, none naming DPF or SCCs, as third countries', async () => {
    const { el } = await loaded(html`<subprocessor-list no-flags src=${GITHUB}></subprocessor-list>`);
    const summary = text($(el, '[part~="region-summary"]'));
    expect(summary).to.match(/^Data stays inside the EEA for \d+ of 30 sub-processors\./);
    expect(summary).not.to.contain('adequacy');
    const us = $$(el, '[part~="location-badge"]').filter((b) => text(b) === 'United States');
    expect(us.length).to.be.greaterThan(20);
    for (const b of us) expect(b.getAttribute('part')).to.equal('location-badge third');
    // The filter agrees: "outside the EEA" finds every entry with a US data location.
    const select = $<HTMLSelectElement>(el, 'select[name="location"]')!;
    select.value = 'outside';
    select.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(rows(el).length).to.be.greaterThan(20);
    await expect(el).to.be.accessible();
  });

  it('counts a US vendor as covered only when the list names the Data Privacy Framework', async () => {
    const registry = {
      subprocessors: [
        { name: 'Certified Inc.', dataLocations: ['US'], transfer: 'EU-US Data Privacy Framework' },
        { name: 'Contract Inc.', dataLocations: ['US'], transfer: 'SCCs' },
        { name: 'Silent Inc.', dataLocations: ['United States'] },
        { name: 'Maple Corp.', dataLocations: ['CA'], transfer: 'Adequacy decision (PIPEDA)' },
        { name: 'Seat Only GmbH', entityLocation: 'DE' },
      ],
    };
    const { el } = await loaded(html`<subprocessor-list no-flags .registry=${registry}></subprocessor-list>`);
    expect($$(el, '[part~="location-badge"]').map((b) => b.getAttribute('part'))).to.deep.equal([
      'location-badge adequate',
      'location-badge third',
      'location-badge third',
      'location-badge adequate',
      'location-badge eea',
    ]);
    expect(text($(el, '[part~="region-summary"]'))).to.equal(
      'Data stays inside the EEA for 0 of 5 sub-processors. 2 in countries with an EU adequacy decision, 2 in third countries, 1 without a data location.',
    );
    // The key names every colour shown, in words.
    expect(text($(el, '[part~="key"]'))).to.equal('Colours of places: inside the EEA EU adequacy decision third country (safeguard needed)');
  });

  it('says nothing about the EEA for a list that gives no data location', async () => {
    const registry = { subprocessors: [{ name: 'A', entityLocation: 'DE' }, { name: 'B', entityLocation: 'FR' }] };
    const { el } = await loaded(html`<subprocessor-list .registry=${registry}></subprocessor-list>`);
    expect($(el, '[part~="region-summary"]')).to.be.null;
  });
});
