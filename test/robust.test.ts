/**
 * Edge cases found in review: tooltips and tab stops across re-renders,
 * invalid sources, redefinition, source precedence, hash links, focus.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { $, $$, loaded, rows, settled, waitFor } from './helpers.js';
import { SubprocessorListElement } from '../src/subprocessor-list.js';

const AMBASSIFY = '/demo/registries/ambassify.json';
const tooltip = (el: Element) => $(el, '[part~="tooltip"]');
const isOpen = (el: Element) => !!tooltip(el)?.matches(':popover-open');
const chipsOfRow = (el: Element, row: number) => [...$$(el, '[part~="row"]')[row].querySelectorAll<HTMLElement>('[part~="category"]')];

describe('tooltips across re-renders', () => {
  afterEach(() => resetMouse());

  it('closes when a sort moves its trigger', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    chipsOfRow(el, 0)[0].click();
    // The tooltip code loads on first use; a slow engine may need more than a few frames.
    await waitFor(() => isOpen(el), 8000);
    $(el, '[part~="sort-button"][data-column="name"]')!.click();
    await el.updateComplete;
    expect(isOpen(el)).to.be.false;
  });

  it('does not open for a chip that a filter removed during the hover delay', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    const chip = chipsOfRow(el, 0)[0];
    chip.scrollIntoView({ block: 'center' });
    const r = chip.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    el.query = 'zzz-nothing';
    await el.updateComplete;
    await new Promise((res) => setTimeout(res, 500));
    expect(isOpen(el)).to.be.false;
  });

  it('stays open when clicked inside while pinned, and Tab from its button goes on from the chip', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    const [u3] = chipsOfRow(el, 0);
    u3.focus();
    u3.click();
    await waitFor(() => isOpen(el), 8000); // the tooltip code loads on first use
    const tip = tooltip(el)!;
    tip.querySelector('span')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    (tip.querySelector('span') as HTMLElement).click();
    await settled();
    expect(isOpen(el)).to.be.true;
    u3.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="tooltip-button"]'));
    await sendKeys({ press: 'Tab' });
    // The next stop after U3's cell: the retention cell has none, so the next row's first badge.
    const active = el.shadowRoot!.activeElement as HTMLElement;
    expect(active.closest('[part~="row"]')).to.equal($$(el, '[part~="row"]')[1]);
    // …whose own tooltip opens on focus, in place of U3's.
    expect(tooltip(el)!.textContent).to.contain('United Kingdom');
  });

  it('keeps one tab stop per row after a re-render', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    const chips = chipsOfRow(el, 1);
    chips[0].focus();
    await sendKeys({ press: 'End' });
    expect(chips.at(-1)!.tabIndex).to.equal(0);
    $(el, '[part~="sort-button"][data-column="purpose"]')!.click();
    await el.updateComplete;
    for (const row of $$(el, '[part~="row"]')) {
      const stops = [...row.querySelectorAll<HTMLElement>('a[href], .tip')].filter((b) => b.tabIndex === 0);
      expect(stops).to.have.length(1);
    }
  });
});

describe('sources and definitions', () => {
  it('reports an invalid src as an error, with an event', async () => {
    const { el, outcome } = await loaded(html`<subprocessor-list src="http://[::1"></subprocessor-list>`);
    expect(outcome.type === 'error' && outcome.detail.kind).to.equal('url');
    expect($(el, '[part~="error"]')!.textContent).to.contain('is not a valid address');
  });

  it('does not reload for a source it does not use', async () => {
    const { el } = await loaded(html`<subprocessor-list .registry=${{ subprocessors: [{ name: 'Kept' }] }}></subprocessor-list>`);
    let loads = 0;
    el.addEventListener('subprocessor-list-load', () => loads++);
    el.src = '/test/fixtures/cases/minimal.json';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    expect(loads).to.equal(0);
    expect(rows(el)).to.deep.equal([{ name: 'Kept' }]);
  });

  it('can be defined under a second tag name', async () => {
    SubprocessorListElement.define('my-subprocessors');
    SubprocessorListElement.define('my-subprocessors'); // again: harmless
    const el = await fixture<SubprocessorListElement>(html`<my-subprocessors src="/test/fixtures/cases/minimal.json"></my-subprocessors>`);
    await waitFor(() => rows(el).length === 1);
    expect(el).to.be.instanceOf(SubprocessorListElement);
  });

  it('moves focus to the status line when Try again removes the button', async () => {
    const { el } = await loaded(html`<subprocessor-list src="/fault/status/503"></subprocessor-list>`);
    $(el, '[part~="retry-button"]')!.focus();
    $(el, '[part~="retry-button"]')!.click();
    await el.updateComplete;
    await settled();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="status"]'));
  });
});

describe('sync-url links', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('ignores page anchors and values the list does not have', async () => {
    history.replaceState(null, '', '#loc=ZZ&q=amazon');
    const { el } = await loaded(html`<subprocessor-list sync-url src=${AMBASSIFY}></subprocessor-list>`);
    expect(rows(el)).to.have.length(4); // q applies, the unknown country does not
    location.hash = '#pricing';
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(rows(el)).to.have.length(4);
  });

  it('starts following the hash when sync-url is set later', async () => {
    const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
    el.syncUrl = true;
    await el.updateComplete;
    location.hash = '#q=heroku';
    await waitFor(() => rows(el).length === 1);
  });
});

describe('keyboard-only walk', () => {
  it('reaches every control once, in reading order, and operates the disclosures', async function () {
    this.timeout(20000);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1400px"><button id="before">before</button><subprocessor-list show-problems src=${AMBASSIFY}></subprocessor-list><button id="after">after</button></div>`,
    );
    const el = wrapper.querySelector('subprocessor-list') as SubprocessorListElement;
    await waitFor(() => rows(el).length === 12);
    await settled();
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const seen: Element[] = [];
    for (let i = 0; i < 120; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement;
      if (!active) break;
      seen.push(active);
    }
    expect(document.activeElement!.id).to.equal('after');
    expect(new Set(seen).size).to.equal(seen.length); // nothing twice
    const parts = seen.map((n) => n.getAttribute('part') ?? (n.className || n.localName));
    // First the way past the whole list, then the controls and the column headers.
    expect(parts[0]).to.equal('skip');
    expect(parts.filter((p) => p === 'sort-button')).to.have.length(7);
    // One stop per row (its first link, badge or chip): 12 rows; the arrow keys reach the rest.
    expect(seen.filter((n) => n.closest('[part~="row"]'))).to.have.length(12);
    expect(parts.slice(-2)).to.deep.equal(['summary', 'summary']); // the legend, then the problems
    // Reading order: every stop comes after the previous one in the document.
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i - 1].compareDocumentPosition(seen[i]) & Node.DOCUMENT_POSITION_FOLLOWING, parts[i]).to.not.equal(0);
    }
    // The disclosures open from the keyboard.
    (seen.at(-2) as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    expect(($(el, '[part~="legend"]') as HTMLDetailsElement).open).to.be.true;
    (seen.at(-1) as HTMLElement).focus();
    await sendKeys({ press: ' ' });
    expect(($(el, '[part~="problems"]') as HTMLDetailsElement).open).to.be.true;
  });
});
