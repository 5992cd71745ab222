/**
 * Category tooltips, the legend, location badges and the EEA summary.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { $, $$, loaded, rows, settled, spoken, text, waitFor } from './helpers.js';
import type { SubprocessorListElement } from '../src/subprocessor-list.js';
import { flagsSupported } from '../src/flags.js';

const AMBASSIFY = '/demo/registries/ambassify.json';

const tooltip = (el: Element) => $(el, '[part~="tooltip"]');
const isOpen = (el: Element) => !!tooltip(el)?.matches(':popover-open');
const chip = (el: Element, row: number, code: string) =>
  $$(el, '[part~="row"]')[row].querySelector<HTMLElement>(`[part~="category"][data-code="${code}"]`)!;

function center(node: Element): [number, number] {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('category tooltips', () => {
  afterEach(() => resetMouse());

  it('explains a code: subject, label and whether it is (in)direct personal data', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    const u3 = chip(el, 0, 'U3');
    expect(u3.tagName).to.equal('BUTTON');
    // Screen readers get the same words as the chip's description.
    const desc = el.shadowRoot!.getElementById(u3.getAttribute('aria-describedby')!)!;
    expect(text(desc)).to.equal('User · Contact information · indirect personal data');
    u3.click();
    await waitFor(() => isOpen(el), 8000); // the tooltip code loads on first use
    expect(isOpen(el)).to.be.true;
    expect(text(tooltip(el)!.querySelector('span'))).to.equal('User · Contact information · indirect personal data');
    const m6 = chip(el, 1, 'M6');
    expect(text(el.shadowRoot!.getElementById(m6.getAttribute('aria-describedby')!)!)).to.equal(
      'Manager · Personal life data · possibly direct or indirect personal data',
    );
    const m8 = chip(el, 1, 'M8');
    expect(text(el.shadowRoot!.getElementById(m8.getAttribute('aria-describedby')!)!)).to.equal('Manager · Localisation data · not personal data on its own');
  });

  it('opens on hover after a delay, stays while the pointer moves onto it, closes when it leaves', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    const u3 = chip(el, 0, 'U3');
    u3.scrollIntoView({ block: 'center' });
    // Not at once: measured from the pointer's arrival (a slow driver may return from the move late).
    let arrived = 0;
    u3.addEventListener('pointerover', () => (arrived ||= performance.now()));
    await sendMouse({ type: 'move', position: center(u3) });
    await waitFor(() => isOpen(el), 2000);
    expect(performance.now() - arrived).to.be.at.least(250);
    const tip = tooltip(el)!;
    expect(tip.getAttribute('role')).to.equal('tooltip');
    // It never covers the chip it explains.
    const [a, b] = [u3.getBoundingClientRect(), tip.getBoundingClientRect()];
    expect(b.top >= a.bottom || b.bottom <= a.top).to.be.true;
    // Move onto the tooltip: it stays (WCAG 1.4.13 hoverable).
    await sendMouse({ type: 'move', position: center(tip) });
    await pause(400);
    expect(isOpen(el)).to.be.true;
    await sendMouse({ type: 'move', position: [5, 5] });
    await waitFor(() => !isOpen(el), 2000);
  });

  it('opens on keyboard focus, closes with Escape without moving focus, and on blur', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    const u3 = chip(el, 0, 'U3');
    u3.focus();
    await waitFor(() => isOpen(el), 8000); // the tooltip code loads on first use
    expect(isOpen(el)).to.be.true;
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(isOpen(el)).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(u3);
    await sendKeys({ press: 'ArrowRight' }); // the next chip opens its own
    await settled();
    expect(isOpen(el)).to.be.true;
    expect(text(tooltip(el)!.querySelector('span'))).to.contain('Conversational data');
    u3.blur();
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    await settled();
    expect(isOpen(el)).to.be.false;
  });

  it('toggles on click or tap, one at a time, and stays until dismissed', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    chip(el, 0, 'U3').click();
    await waitFor(() => isOpen(el), 8000);
    chip(el, 1, 'M1').click();
    await settled();
    expect(text(tooltip(el)!.querySelector('span'))).to.equal('Manager · Name · direct personal data');
    expect($$(el, '[part~="tooltip"]')).to.have.length(1);
    chip(el, 1, 'M1').click();
    await settled();
    expect(isOpen(el)).to.be.false;
  });

  it('marks a code the list does not define, and explains it', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    const unknown = chip(el, 3, '12');
    expect(unknown.getAttribute('part')).to.equal('category unknown');
    expect(getComputedStyle(unknown).borderTopStyle).to.equal('dashed');
    expect(text(el.shadowRoot!.getElementById(unknown.getAttribute('aria-describedby')!)!)).to.equal('Not defined in this list’s categories');
  });

  it('leads from a chip to its legend row', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    chip(el, 0, 'U10').click();
    await waitFor(() => isOpen(el), 8000); // the tooltip code loads on first use
    const button = $(el, '[part~="tooltip-button"]')!;
    expect(button.hidden).to.be.false;
    expect(tooltip(el)!.getAttribute('role')).to.equal('dialog');
    await expect(el).to.be.accessible();
    button.click();
    await settled();
    const legend = $<HTMLDetailsElement>(el, '[part~="legend"]')!;
    expect(legend.open).to.be.true;
    const row = el.shadowRoot!.activeElement as HTMLElement;
    expect(row.tagName).to.equal('TR');
    expect(spoken(row)).to.equal('U10 Conversational data Maybe Maybe');
  });

  it('is never clipped: it stays inside the viewport near the edges of a narrow layout', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><subprocessor-list src=${AMBASSIFY}></subprocessor-list></div>`);
    const el = wrapper.firstElementChild as SubprocessorListElement;
    await waitFor(() => rows(el).length === 12);
    for (const code of ['M1', 'U13']) {
      const target = chip(el, 1, code);
      target.scrollIntoView({ block: 'end' });
      target.click();
      await waitFor(() => isOpen(el), 8000);
      await settled();
      const r = tooltip(el)!.getBoundingClientRect();
      expect(r.left, code).to.be.at.least(0);
      expect(r.right, code).to.be.at.most(document.documentElement.clientWidth);
      expect(r.top, code).to.be.at.least(0);
      expect(r.bottom, code).to.be.at.most(document.documentElement.clientHeight);
      target.click();
    }
    await expect(el).to.be.accessible();
  });
});

describe('legend', () => {
  it('lists every category, grouped by subject, closed by default', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    const legend = $<HTMLDetailsElement>(el, '[part~="legend"]')!;
    expect(legend.open).to.be.false;
    expect(text(legend.querySelector('summary'))).to.equal('Data categories (50)');
    expect([...legend.querySelectorAll('.legend-subject')].map(text)).to.deep.equal(['Manager', 'User', 'Prospect', 'Client']);
    expect(legend.querySelectorAll('tbody tr[id]')).to.have.length(50);
    legend.open = true;
    await expect(el).to.be.accessible();
  });

  it('opens with legend="open" and disappears with legend="none", descriptions kept', async () => {
    const open = await loaded(html`<subprocessor-list legend="open" src=${AMBASSIFY}></subprocessor-list>`);
    expect($<HTMLDetailsElement>(open.el, '[part~="legend"]')!.open).to.be.true;
    const none = await loaded(html`<subprocessor-list legend="none" src=${AMBASSIFY}></subprocessor-list>`);
    expect($(none.el, '[part~="legend"]')).to.be.null;
    const u3 = chip(none.el, 0, 'U3');
    expect(none.el.shadowRoot!.getElementById(u3.getAttribute('aria-describedby')!)).to.exist;
  });
});

describe('location badges', () => {
  it('names countries in the reader language and classifies them under the GDPR', async () => {
    const { el } = await loaded(html`<subprocessor-list no-flags src="/test/fixtures/cases/full.json"></subprocessor-list>`);
    const badges = $$(el, '[part~="location-badge"]');
    expect(badges.map((b) => [text(b), b.getAttribute('part')])).to.deep.equal([
      ['Luxembourg', 'location-badge eea'],
      ['Frankfurt (eu-central-1)', 'location-badge eea'],
      ['United States', 'location-badge third'],
      ['Germany', 'location-badge eea'],
      ['Ireland', 'location-badge eea'],
      ['Germany', 'location-badge eea'],
      ['European Economic Area', 'location-badge eea'],
    ]);
    const us = badges[2];
    // Twilio names SCCs, not the Data Privacy Framework: for it, the United States is a third country.
    expect(text(el.shadowRoot!.getElementById(us.getAttribute('aria-describedby')!)!)).to.contain('without a Data Privacy Framework certification named in this list');
    us.click();
    await waitFor(() => isOpen(el), 8000); // the tooltip code loads on first use
    const tip = text(tooltip(el)!.querySelector('span'));
    expect(tip).to.equal(
      'United States: outside the EEA; without a Data Privacy Framework certification named in this list, a third country for this sub-processor: transfers need a safeguard such as Standard Contractual Clauses. Safeguard named in this list: SCCs.',
    );
    await expect(el).to.be.accessible();
  });

  it('speaks German too', async () => {
    const { el } = await loaded(html`<subprocessor-list lang="de" no-flags src="/test/fixtures/cases/full.json"></subprocessor-list>`);
    expect($$(el, '[part~="location-badge"]').map(text).slice(0, 3)).to.deep.equal(['Luxemburg', 'Frankfurt (eu-central-1)', 'Vereinigte Staaten']);
  });

  it('shows free text and third countries sensibly, and says when no safeguard is named', async () => {
    const { el } = await loaded(
      html`<subprocessor-list no-flags
        ><script type="application/json">
          {"subprocessors":[{"name":"A","dataLocations":["Worldwide","IN","Our own rack"]}]}
        </script></subprocessor-list
      >`,
    );
    const parts = $$(el, '[part~="location-badge"]').map((b) => b.getAttribute('part'));
    expect(parts).to.deep.equal(['location-badge third', 'location-badge third', 'location-badge unknown']);
    $$(el, '[part~="location-badge"]')[1].click();
    await waitFor(() => isOpen(el), 8000); // the tooltip code loads on first use
    expect(text(tooltip(el)!.querySelector('span'))).to.equal(
      'India: outside the EEA, in a third country: transfers need a safeguard such as Standard Contractual Clauses. This list names no transfer safeguard for this sub-processor.',
    );
  });

  it('shows a flag where the platform draws flags, else the code, and neither with no-flags', async () => {
    const { el } = await loaded(html`<subprocessor-list src="/test/fixtures/cases/minimal.json" .registry=${{ subprocessors: [{ name: 'A', entityLocation: 'DE' }] }}></subprocessor-list>`);
    const mark = $(el, '[part~="location-badge"] .mark')!;
    expect(mark.getAttribute('aria-hidden')).to.equal('true');
    // A flag where this platform draws flag emoji, the code as text where it cannot.
    expect(text(mark)).to.equal(flagsSupported() ? '🇩🇪' : 'DE');
    el.noFlags = true;
    await el.updateComplete;
    expect($(el, '[part~="location-badge"] .mark')).to.be.null;
  });
});

describe('EEA summary', () => {
  it('says for how many sub-processors data stays inside the EEA, using the filter\u2019s classification', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    expect(text($(el, '[part~="region-summary"]'))).to.equal(
      'Data stays inside the EEA for 8 of 12 sub-processors. 4 in third countries.',
    );
    const select = $<HTMLSelectElement>(el, 'select[name="location"]')!;
    select.value = 'eea';
    select.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(rows(el)).to.have.length(8);
  });
});
