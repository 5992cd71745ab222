/**
 * Long lists: rows built in slices after a first screenful, columns sized
 * up front, row groups the browser may skip off screen; and every row still
 * reachable (find-in-page, print, screen readers, search, sort).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { SubprocessorListElement } from '../src/subprocessor-list.js';
import type { Registry } from '../src/lib/types.js';
import { emulateMedia, sendMouse } from '@web/test-runner-commands';
import { $, $$, emulationWorks, rows, settled, waitFor } from './helpers.js';

const PLACES = ['DE', 'US', 'IE', 'JP', 'Worldwide', 'BR'];
function longRegistry(count: number): Registry {
  return {
    version: 1,
    title: 'Long list',
    categories: [
      { code: 'U1', subject: 'User', label: 'Name' },
      { code: 'U2', subject: 'User', label: 'E-mail address' },
    ],
    subprocessors: Array.from({ length: count }, (_, i) => ({
      name: `Vendor ${String(i + 1).padStart(4, '0')}`,
      purpose: i === count - 1 ? 'The very last purpose' : `Purpose ${(i * 7919) % count}`,
      dataLocations: [PLACES[i % PLACES.length]],
      categories: i % 2 ? ['U1', 'U2'] : ['U1'],
      dpa: `https://vendor${i}.example/dpa`,
    })),
  };
}

/** Renders without waiting for the last slice; resolves once the first rows are in. */
async function firstRows(count: number, attrs = ''): Promise<SubprocessorListElement> {
  const el = await fixture<SubprocessorListElement>(html`<subprocessor-list layout="table" controls="always"></subprocessor-list>`);
  if (attrs) el.setAttribute('columns', attrs);
  el.registry = longRegistry(count);
  // The task runs in an update and asks for another: after these, the first slice is in, and no frame has passed.
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

describe('long lists', () => {
  it('shows a first screenful at once, then every row, and fires load after the last', async () => {
    let loadRows = -1;
    const onLoad = (e: Event) => (loadRows = $$(e.target as Element, '[part~="row"]').length);
    document.addEventListener('subprocessor-list-load', onLoad);
    try {
      const el = await firstRows(1000);
      const first = $$(el, '[part~="row"]').length;
      expect(first).to.be.greaterThan(20).and.lessThan(1000);
      await el.loadComplete;
      expect($$(el, '[part~="row"]')).to.have.length(1000);
      expect(loadRows).to.equal(1000);
      // In registry order, the last one included.
      expect(rows(el).at(-1)!.purpose).to.equal('The very last purpose');
    } finally {
      document.removeEventListener('subprocessor-list-load', onLoad);
    }
  });

  it('splits the rows into row groups of 100 and sizes the columns up front', async () => {
    const el = await firstRows(450);
    await el.loadComplete;
    const table = $(el, '[part~="table"]')!;
    expect(table.classList.contains('long')).to.be.true;
    const bodies = $$(el, '[part~="table"] > tbody');
    expect(bodies.map((b) => b.children.length)).to.deep.equal([100, 100, 100, 100, 50]);
    for (const b of bodies) expect(b.getAttribute('role')).to.equal('rowgroup');
    // One track per column, each with a floor, set up front (the same for every table of the list).
    const tracks = getComputedStyle(el).getPropertyValue('--_columns');
    expect(tracks.match(/minmax\(/g)).to.have.length($$(el, '[part~="table"] thead th').length);
    expect(getComputedStyle($(el, '[part~="row"]')!).gridTemplateColumns.split(' ')).to.have.length($$(el, '[part~="table"] thead th').length);
    // Row groups off screen may be skipped where the engine can.
    if (CSS.supports('content-visibility', 'auto')) expect(getComputedStyle(bodies[0]).getPropertyValue('content-visibility')).to.equal('auto');
  });

  it('keeps the header cells and the cells of every row on the same columns', async () => {
    const el = await firstRows(300);
    el.style.width = '1100px';
    await el.loadComplete;
    await settled();
    const head = $$(el, '[part~="table"] thead th').map((th) => Math.round(th.getBoundingClientRect().left));
    const first = [...$$(el, '[part~="row"]')[0].children].map((c) => Math.round(c.getBoundingClientRect().left));
    expect(first).to.deep.equal(head);
  });

  it('a short list stays a plain table in one row group', async () => {
    const el = await firstRows(40);
    await el.loadComplete;
    expect($(el, '[part~="table"]')!.classList.contains('long')).to.be.false;
    expect($$(el, '[part~="table"] > tbody')).to.have.length(1);
    expect($$(el, '[part~="row"]')).to.have.length(40);
  });

  it('builds every remaining row at once before printing', async () => {
    const el = await firstRows(2000);
    expect($$(el, '[part~="row"]').length).to.be.lessThan(2000);
    window.dispatchEvent(new Event('beforeprint'));
    expect($$(el, '[part~="row"]')).to.have.length(2000);
    window.dispatchEvent(new Event('afterprint'));
    await el.loadComplete;
  });

  it('prints as a real table, every row group shown', async function () {
    // Print media is emulated only through Chromium's DevTools protocol.
    if (!(await emulationWorks(() => emulateMedia({ media: 'print' })))) this.skip();
    try {
      const el = await firstRows(300);
      await el.loadComplete;
      expect(getComputedStyle($(el, '[part~="table"]')!).display).to.equal('table');
      const last = $$(el, '[part~="table"] > tbody').at(-1)!;
      expect(getComputedStyle(last).display).to.equal('table-row-group');
      expect(getComputedStyle(last).getPropertyValue('content-visibility')).to.equal('visible');
      expect(getComputedStyle(last.firstElementChild!).display).to.equal('table-row');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('applies a search typed before the last rows were built to those rows too', async () => {
    const el = await firstRows(1000);
    el.query = 'very last';
    await el.updateComplete;
    await el.loadComplete;
    expect(rows(el).map((r) => r.purpose)).to.deep.equal(['The very last purpose']);
    expect($(el, '[part~="status"]')!.textContent).to.contain('1 of 1,000');
  });

  it('sorts by moving the rows it built, without building them again', async () => {
    const el = await firstRows(400);
    await el.loadComplete;
    const vendor1 = $$(el, '[part~="row"]')[0];
    el.sort = '-name';
    await el.loadComplete;
    const after = $$(el, '[part~="row"]');
    expect(after).to.have.length(400);
    expect(after.at(-1)).to.equal(vendor1);
    expect(rows(el)[0].name).to.contain('Vendor 0400');
    // Still 100 rows a group after the move.
    expect($$(el, '[part~="table"] > tbody').map((b) => b.children.length)).to.deep.equal([100, 100, 100, 100]);
  });

  it('builds long groups and several long lists on one page to the last row', async () => {
    const grouped = longRegistry(380);
    grouped.groups = [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }];
    grouped.subprocessors.forEach((e, i) => (e.group = i < 200 ? 'a' : 'b'));
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <subprocessor-list layout="table"></subprocessor-list><subprocessor-list layout="cards"></subprocessor-list>
    </div>`);
    const [one, two] = [...wrapper.querySelectorAll('subprocessor-list')] as SubprocessorListElement[];
    one.registry = grouped;
    two.registry = longRegistry(320);
    await Promise.all([one.loadComplete, two.loadComplete]);
    expect($$(one, '[part~="group"]').map((g) => g.querySelectorAll('[part~="row"]').length)).to.deep.equal([200, 180]);
    expect($$(one, '[part~="table"]').every((t) => t.classList.contains('long'))).to.be.true;
    expect($$(two, '[part~="row"]')).to.have.length(320);
  });

  it('stops building when removed, goes on when put back, and fires load once, after the last row', async () => {
    const loads: number[] = [];
    const onLoad = (e: Event) => loads.push($$(e.target as Element, '[part~="row"]').length);
    document.addEventListener('subprocessor-list-load', onLoad);
    try {
      const el = await firstRows(1500);
      const parent = el.parentElement!;
      el.remove();
      const built = $$(el, '[part~="row"]').length;
      await new Promise((r) => setTimeout(r, 100));
      expect($$(el, '[part~="row"]').length).to.equal(built);
      expect(loads).to.deep.equal([]);
      parent.append(el);
      await el.loadComplete;
      expect($$(el, '[part~="row"]')).to.have.length(1500);
      expect(loads).to.deep.equal([1500]);
    } finally {
      document.removeEventListener('subprocessor-list-load', onLoad);
    }
  });

  it('keeps building when moved in the same task', async () => {
    const el = await firstRows(1500);
    const other = await fixture<HTMLDivElement>(html`<div></div>`);
    other.append(el);
    await el.loadComplete;
    expect($$(el, '[part~="row"]')).to.have.length(1500);
    expect($(el, '[part~="table"]')!.hasAttribute('aria-busy')).to.be.false;
  });

  it('says it is busy while rows are still to come', async () => {
    const el = await firstRows(1000);
    expect($(el, '[part~="table"]')!.getAttribute('aria-busy')).to.equal('true');
    await el.loadComplete;
    expect($(el, '[part~="table"]')!.hasAttribute('aria-busy')).to.be.false;
  });

  it('brings a match far down the list to the top: row groups with nothing to show are hidden', async () => {
    const el = await firstRows(1000);
    await el.loadComplete;
    el.query = 'Vendor 0990';
    await el.updateComplete;
    await settled();
    const table = $(el, '[part~="table"]')!;
    const match = $$(el, '[part~="row"]').filter((tr) => !tr.closest('[hidden]'));
    expect(match).to.have.length(1);
    expect(match[0].getBoundingClientRect().top - table.getBoundingClientRect().top).to.be.lessThan(400);
    expect($$(el, '[part~="table"] > tbody').filter((b) => !b.hidden)).to.have.length(1);
  });

  it('shows every row again when the search is cleared while the element is away', async () => {
    const el = await firstRows(300);
    await el.loadComplete;
    el.query = 'Vendor 0001';
    await el.updateComplete;
    expect(rows(el)).to.have.length(1);
    const parent = el.parentElement!;
    el.remove();
    el.query = '';
    await el.updateComplete;
    parent.append(el);
    await el.updateComplete;
    expect(rows(el)).to.have.length(300);
  });

  it('keeps focus on a chip when a sort moves its row', async () => {
    const el = await firstRows(40);
    await el.loadComplete;
    const chip = $$(el, '[part~="category"]')[5];
    chip.focus();
    el.sort = '-name';
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(chip);
  });

  it('does no work the reader does not ask for: no tooltip until one is wanted, no re-render on hover or focus', async () => {
    const el = await firstRows(300);
    await el.loadComplete;
    expect($(el, '[part~="tooltip"]')).to.be.null;
    let renders = 0;
    const render = el.render.bind(el);
    el.render = () => {
      renders++;
      return render();
    };
    const chip = $(el, '[part~="category"]')!;
    const r = chip.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    chip.focus();
    await waitFor(() => !!$(el, '[part~="tooltip"]')?.matches(':popover-open'));
    $<HTMLElement>(el, '[part~="location-badge"]')!.focus();
    await settled();
    expect(renders).to.equal(0);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('is accessible while building and once built', async function () {
    // axe takes seconds over a few thousand nodes on a slow machine.
    this.timeout(40000);
    const el = await firstRows(200);
    await expect(el).to.be.accessible();
    await el.loadComplete;
    await expect(el).to.be.accessible();
  });
});
