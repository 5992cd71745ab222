/**
 * Problems beside their fields, as the owner types: the validator's (by
 * their JSON path) and the policy warnings (a US location without a
 * safeguard, a duplicate vendor, an undefined category code, a stale date),
 * with a count and a way from one to the next.
 */
import { expect } from '@open-wc/testing';
import { $, $$, $maybe, click, expand, mount, text, type, view, waitFor } from './helpers.js';
import type { SubprocessorEditor } from '../../src/editor/editor.js';

const REGISTRY = {
  title: 'Problems',
  updated: '2025-01-01',
  categories: [{ code: 'C1', label: 'Contact details' }],
  subprocessors: [
    { name: 'Postmark', purpose: 'E-mail', entityLocation: 'US', dataLocations: ['US'] },
    { name: 'Hetzner', purpose: 'Hosting', dataLocations: ['DE'], categories: ['C1', 'C9'], added: 'March 2024' },
    { name: 'Hetzner', purpose: 'Backups', dataLocations: ['FI'] },
  ],
};

async function openPasted(el: SubprocessorEditor, value: unknown): Promise<void> {
  await type(el, $<HTMLTextAreaElement>(el, '#open-paste'), JSON.stringify(value));
  $<HTMLTextAreaElement>(el, '#open-paste').form!.requestSubmit();
  await waitFor(() => $maybe(el, '.workspace'), 'the pasted list to open');
  await el.updateComplete;
}

const active = (el: SubprocessorEditor) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('editor: problems and warnings', () => {
  it('counts them, shows each beside its field, and goes from one to the next', async () => {
    const el = await mount();
    await openPasted(el, REGISTRY);
    const counts = text($(el, '#issue-counts'));
    // C9 undefined, "March 2024" not a date; the US without a safeguard, the duplicate, the stale date.
    expect(counts).to.contain('2 problems').and.contain('3 warnings');

    // The list's date first: the form's order.
    await click(el, $(el, '#next-issue'));
    expect(active(el)?.id).to.equal('f-updated');
    expect(text($(el, '#f-updated-issues'))).to.contain('more than 180 days ago');
    expect(active(el)?.getAttribute('aria-describedby')).to.contain('f-updated-issues');
    expect(text($(el, '#issue-counts'))).to.contain('(1 of 5)');

    // Then the first entry: a US location without a transfer safeguard, at the transfer field.
    await click(el, $(el, '#next-issue'));
    expect(active(el)?.id).to.equal('f-subprocessors-0-transfer');
    expect(text($(el, '#f-subprocessors-0-transfer-issues'))).to.contain('no transfer safeguard');

    // Then the second: the undefined code at its categories, the date that is not one at its field (marked invalid).
    await click(el, $(el, '#next-issue'));
    const codes = $(el, '[data-path="subprocessors[1].categories"]');
    expect(codes.contains(active(el))).to.be.true;
    expect(text(codes.querySelector('.issues'))).to.contain('code "C9" is not defined');
    expect(text(codes)).to.contain('C9 (not defined)');
    await click(el, $(el, '#next-issue'));
    expect(active(el)?.id).to.equal('f-subprocessors-1-added');
    expect(active(el)?.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#f-subprocessors-1-added-issues'))).to.contain('"March 2024"');

    // The duplicate, at the second Hetzner's name.
    await click(el, $(el, '#next-issue'));
    expect(active(el)?.id).to.equal('f-subprocessors-2-name');
    expect(text($(el, '#f-subprocessors-2-name-issues'))).to.contain('same name');
    // And round again; back one.
    await click(el, $(el, '#next-issue'));
    expect(active(el)?.id).to.equal('f-updated');
    await click(el, $(el, '#prev-issue'));
    expect(active(el)?.id).to.equal('f-subprocessors-2-name');

    // The closed entries say how many they have.
    await view(el, 'entries');
    const badges = $$(el, 'details.item').map((d) => $$(el, '.badge').filter((b) => d.contains(b)).map((b) => text(b)));
    expect(badges[1]).to.deep.equal(['2 problems']);
  });

  it('updates as you type: a safeguard, a date, a defined code, a distinct name', async () => {
    const el = await mount();
    await openPasted(el, REGISTRY);
    await view(el, 'entries');
    const items = $$<HTMLDetailsElement>(el, 'details.item');
    for (const d of items) await expand(el, d);

    await type(el, $<HTMLInputElement>(el, '#f-subprocessors-0-transfer'), 'EU-US DPF');
    expect($maybe(el, '#f-subprocessors-0-transfer-issues')).to.be.null;
    await type(el, $<HTMLInputElement>(el, '#f-subprocessors-1-added'), '2024-03-01');
    expect($maybe(el, '#f-subprocessors-1-added-issues')).to.be.null;
    const c9 = $$<HTMLInputElement>(el, '[data-path="subprocessors[1].categories"] input[type=checkbox]').find((b) => text(b.parentElement) === 'C9 (not defined)')!;
    c9.click();
    await el.updateComplete;
    expect(text($(el, '[data-path="subprocessors[1].categories"]'))).to.not.contain('C9');
    await type(el, $<HTMLInputElement>(el, '#f-subprocessors-2-service'), 'Storage Box');
    expect($maybe(el, '#f-subprocessors-2-name-issues')).to.be.null;
    expect(text($(el, '#issue-counts'))).to.contain('0 problems').and.contain('1 warning');

    // A name cleared: a problem at once (and the entry is still there to fix).
    await type(el, $<HTMLInputElement>(el, '#f-subprocessors-2-name'), '');
    expect(text($(el, '#f-subprocessors-2-name-issues'))).to.contain('every sub-processor needs a name');
    expect($$(el, 'details.item').length).to.equal(3);
  });

  it('lists every problem, each a way to its field', async () => {
    const el = await mount();
    await openPasted(el, { ...REGISTRY, version: 2 });
    const all = $<HTMLDetailsElement>(el, '.all-issues');
    all.open = true;
    const buttons = $$<HTMLButtonElement>(el, '.all-issues li button');
    expect(buttons.length).to.equal(6);
    expect(text(buttons[0])).to.contain('version').and.contain('format version 1');
    // A problem with no field of its own is shown at the top of its view.
    await click(el, buttons[0]);
    await waitFor(() => active(el)?.classList.contains('loose'), 'the list-wide problems to be focused');
    expect(text(active(el))).to.contain('format version 1');
  });
});
