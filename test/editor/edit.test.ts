/**
 * Editing: the list's fields, its groups, categories, entries and change
 * log; add, duplicate, reorder and remove with focus kept where the owner
 * is; places picked by name or typed as text; text in several languages;
 * and the real element previewing it all as it changes.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SubprocessorEditor } from '../../src/editor/editor.js';
import type { SubprocessorListElement } from '../../src/subprocessor-list.js';
import { $, $$, $maybe, catchDownloads, choose, click, expand, mount, openUrl, text, type, view, waitFor } from './helpers.js';

const active = (el: SubprocessorEditor) => el.shadowRoot!.activeElement as HTMLElement | null;
const preview = (el: SubprocessorEditor) => el.shadowRoot!.querySelector<SubprocessorListElement>('subprocessor-list')!;
const previewText = (el: SubprocessorEditor) => text(preview(el).shadowRoot);
const names = (el: SubprocessorEditor) => $$(el, 'details.item .name').map((n) => text(n));

async function saved(el: SubprocessorEditor): Promise<Record<string, unknown>> {
  await view(el, 'publish');
  const d = catchDownloads();
  try {
    await click(el, $(el, '[data-file="registry"]'));
    await waitFor(() => d.pending.length === 1, 'the download');
    await Promise.all(d.pending);
  } finally {
    d.stop();
  }
  return JSON.parse(d.files[0].text);
}

describe('editor: editing', () => {
  it('edits the list itself, and the preview follows', async () => {
    const el = await mount();
    await openUrl(el, '/test/fixtures/real/poststack.json');
    await type(el, $<HTMLInputElement>(el, '#f-title'), 'Our vendors');
    await type(el, $<HTMLInputElement>(el, '#f-owner-contact'), 'privacy@poststack.example');
    await type(el, $<HTMLInputElement>(el, '#f-updated'), '2026-11-30');
    await type(el, $<HTMLInputElement>(el, '#f-notice-days'), '30');
    await type(el, $<HTMLInputElement>(el, '#f-subscribe'), 'https://poststack.example/subscribe');
    await waitFor(() => previewText(el).includes('Our vendors'), 'the preview to show the new title');
    expect(previewText(el)).to.contain('privacy@poststack.example');
    // Labels name the field in the owner's words and in the format's.
    expect(text($(el, 'label[for="f-notice-days"]'))).to.equal('Days of notice days');
    expect(text($(el, '#f-notice-days-help'))).to.equal('Days of notice before a new sub-processor starts processing.');
    await type(el, $<HTMLInputElement>(el, '#f-notice-days'), '');
    const r = await saved(el);
    expect(r).to.deep.include({ title: 'Our vendors', updated: '2026-11-30', subscribe: 'https://poststack.example/subscribe' });
    expect(r.owner).to.deep.include({ contact: 'privacy@poststack.example' });
    expect(r.notice).to.equal(undefined);
  });

  it('adds, duplicates, reorders and removes entries, keeping focus with the entry', async () => {
    const el = await mount();
    await openUrl(el, '/test/fixtures/real/poststack.json');
    await view(el, 'entries');
    expect(names(el)).to.deep.equal(['Hetzner Online GmbH', 'Stripe Payments Europe, Ltd.', 'GitHub, Inc.']);
    const first = $<HTMLDetailsElement>(el, 'details.item');
    await expand(el, first);
    await click(el, first.querySelector<HTMLElement>('[data-act="down"]')!);
    expect(names(el)).to.deep.equal(['Stripe Payments Europe, Ltd.', 'Hetzner Online GmbH', 'GitHub, Inc.']);
    await waitFor(() => active(el)?.dataset.act === 'down', 'focus on the moved entry');
    expect($$(el, 'details.item')[1].contains(active(el))).to.be.true;
    expect(text($(el, '[role="status"][aria-live]'))).to.contain('Hetzner Online GmbH moved to position 2 of 3');
    await click(el, active(el)!); // down again: now the last, so focus moves to "up"
    await waitFor(() => active(el)?.dataset.act === 'up', 'focus on up');
    expect(names(el)[2]).to.equal('Hetzner Online GmbH');

    await click(el, $$(el, 'details.item')[2].querySelector<HTMLElement>('[data-act="duplicate"]')!);
    expect(names(el)).to.deep.equal(['Stripe Payments Europe, Ltd.', 'GitHub, Inc.', 'Hetzner Online GmbH', 'Hetzner Online GmbH']);
    await waitFor(() => active(el)?.tagName === 'SUMMARY', 'focus on the copy');
    // The copy is the same vendor: a warning until it is told apart.
    expect(text($(el, '#issue-counts'))).to.contain('warning');
    await type(el, $<HTMLInputElement>(el, '#f-subprocessors-3-service'), 'Storage Box');

    await click(el, $$(el, 'details.item')[3].querySelector<HTMLElement>('[data-act="remove"]')!);
    expect(names(el)).to.have.length(3);
    // Focus goes to the entry that takes its place, here the one before it.
    await waitFor(() => active(el)?.tagName === 'SUMMARY' && $$(el, 'details.item')[2].contains(active(el)), 'focus on the entry before');

    const r = (await saved(el)) as { subprocessors: { name: string; id?: string }[] };
    expect(r.subprocessors.map((e) => e.name)).to.deep.equal(['Stripe Payments Europe, Ltd.', 'GitHub, Inc.', 'Hetzner Online GmbH']);
  });

  it('picks places by name in the page language, keeps codes behind them, and takes free text', async () => {
    const el = await mount({ lang: 'de' });
    await openUrl(el, '/test/fixtures/real/zed.json');
    await view(el, 'entries');
    await expand(el, $(el, 'details.item'));
    const input = $<HTMLInputElement>(el, '#f-subprocessors-0-dataLocations-new');
    // The offered names are German; EU and EEA come first.
    const options = $$<HTMLOptionElement>(el, '#dl-places option').map((o) => o.value);
    expect(options.slice(0, 2)).to.deep.equal(['Europäische Union', 'Europäischer Wirtschaftsraum']);
    expect(options).to.include('Deutschland');
    for (const place of ['Deutschland', 'Europäischer Wirtschaftsraum', 'Frankfurt (eu-central-1)', 'usa']) {
      await type(el, input, place);
      await click(el, $(el, '[data-path="subprocessors[0].dataLocations"] .add-place button'));
    }
    expect($$(el, '[data-path="subprocessors[0].dataLocations"] .chip').map((c) => text(c).replace(' ×', ''))).to.deep.equal([
      'Worldwide',
      'Deutschland DE',
      'Europäischer Wirtschaftsraum EEA',
      'Frankfurt (eu-central-1)',
      'Vereinigte Staaten US',
    ]);
    // The entity's place: a name becomes its code when the choice is made.
    const entity = $<HTMLInputElement>(el, '#f-subprocessors-0-entityLocation');
    await type(el, entity, 'Irland');
    expect(entity.value).to.equal('Irland');
    expect(text($(el, '#f-subprocessors-0-entityLocation-code'))).to.equal('gespeichert als IE');
    await click(el, $(el, '[data-path="subprocessors[0].dataLocations"] .chip button'));
    const r = (await saved(el)) as { subprocessors: { dataLocations: string[]; entityLocation: string }[] };
    expect(r.subprocessors[0].dataLocations).to.deep.equal(['DE', 'EEA', 'Frankfurt (eu-central-1)', 'US']);
    expect(r.subprocessors[0].entityLocation).to.equal('IE');
  });

  it('edits categories and groups, and entries choose from them', async () => {
    const el = await mount();
    await openUrl(el, '/test/fixtures/real/zed.json');
    await view(el, 'categories');
    await click(el, $(el, '[data-add="categories"]'));
    await type(el, active(el) as HTMLInputElement, 'U1');
    await type(el, $<HTMLInputElement>(el, '#f-categories-0-label'), 'Contact details');
    await choose(el, $<HTMLSelectElement>(el, '#f-categories-0-direct'), 'yes');
    await click(el, $(el, '[data-add="groups"]'));
    await type(el, active(el) as HTMLInputElement, 'hosting');
    await type(el, $<HTMLInputElement>(el, '#f-groups-0-title'), 'Hosting');
    await view(el, 'entries');
    await expand(el, $(el, 'details.item'));
    const box = $<HTMLInputElement>(el, '#f-subprocessors-0-categories-0');
    expect(text(box.parentElement)).to.equal('U1 — Contact details');
    await click(el, box);
    await choose(el, $<HTMLSelectElement>(el, '#f-subprocessors-0-group'), 'hosting');
    await waitFor(() => previewText(el).includes('Hosting'), 'the group in the preview');
    const r = (await saved(el)) as Record<string, { [k: string]: unknown }[]>;
    expect(r.categories).to.deep.equal([{ code: 'U1', label: 'Contact details', direct: 'yes' }]);
    expect(r.groups).to.deep.equal([{ id: 'hosting', title: 'Hosting' }]);
    expect(r.subprocessors[0]).to.deep.include({ categories: ['U1'], group: 'hosting' });
  });

  it('edits text in several languages, each language its own field', async () => {
    const el = await mount();
    await type(el, $<HTMLTextAreaElement>(el, '#open-paste'), JSON.stringify({ title: { en: 'Sub-processors', de: 'Unterauftragsverarbeiter' }, subprocessors: [{ name: 'X', purpose: { en: 'Hosting', de: 'Hosting' } }] }));
    $<HTMLTextAreaElement>(el, '#open-paste').form!.requestSubmit();
    await waitFor(() => $maybe(el, '.workspace'), 'the list');
    expect(text($(el, 'label[for="f-title-de"]'))).to.equal('Title (de)');
    await type(el, $<HTMLInputElement>(el, '#f-title-de'), 'Unterauftragsverarbeiter der Acme');
    const r = await saved(el);
    expect(r.title).to.deep.equal({ en: 'Sub-processors', de: 'Unterauftragsverarbeiter der Acme' });
  });

  it('edits the change log', async () => {
    const el = await mount();
    await openUrl(el, '/test/fixtures/real/cucinovo.json');
    await view(el, 'changes');
    const before = $$(el, 'details.item').length;
    await click(el, $(el, '[data-add="changes"]'));
    expect($$(el, 'details.item').length).to.equal(before + 1);
    await type(el, $<HTMLInputElement>(el, `#f-changes-${before}-subprocessor`), 'Hetzner Online GmbH');
    await type(el, $<HTMLTextAreaElement>(el, `#f-changes-${before}-description`), 'Moved to Falkenstein.');
    const r = (await saved(el)) as { changes: unknown[] };
    expect(r.changes[before]).to.deep.equal({ date: '2026-12-01', action: 'changed', subprocessor: 'Hetzner Online GmbH', description: 'Moved to Falkenstein.' });
  });

  it('edits the proposed changes before they go into the list', async () => {
    const el = await mount();
    await openUrl(el, '/test/fixtures/real/poststack.json');
    await view(el, 'entries');
    await expand(el, $(el, 'details.item'));
    await type(el, $<HTMLInputElement>(el, '#f-subprocessors-0-retention'), '30 days');
    await click(el, $$(el, 'details.item')[2].querySelector('summary')!);
    await waitFor(() => $$(el, 'details.item')[2].querySelector('[data-act="remove"]'), 'the third entry');
    await click(el, $$(el, 'details.item')[2].querySelector<HTMLElement>('[data-act="remove"]')!);
    await view(el, 'publish');
    await type(el, $<HTMLInputElement>(el, '#change-date'), '2026-12-15');
    const legends = $$(el, '.proposal legend').map((l) => text(l));
    expect(legends).to.deep.equal(['removed: GitHub, Inc.', 'changed: Hetzner Online GmbH']);
    await type(el, $<HTMLTextAreaElement>(el, '#proposal-1-description'), 'Logs are now kept for 30 days.');
    await click(el, $(el, '#proposal-0-include')); // leave the removal out
    expect(text($(el, '#record'))).to.equal('Add 1 change to the list');
    await click(el, $(el, '#record'));
    expect($(el, '#no-proposals')).to.exist;
    expect(text($(el, '.proposals .help'))).to.contain('when you last added changes');
    const r = (await saved(el)) as { updated: string; changes: unknown[] };
    expect(r.updated).to.equal('2026-12-15');
    expect(r.changes.at(-1)).to.deep.equal({ date: '2026-12-15', action: 'changed', subprocessor: 'Hetzner Online GmbH', description: 'Logs are now kept for 30 days.' });
  });

  it('previews at phone or laptop width, light or dark', async () => {
    const el = await mount({ width: 1400 });
    await openUrl(el, '/test/fixtures/real/zed.json');
    const stage = () => $(el, '.stage');
    await waitFor(() => preview(el).shadowRoot?.querySelector('[part~="row"]'), 'the preview rows');
    expect(stage().classList.contains('laptop')).to.be.true;
    await click(el, $(el, 'input[name="width"][value="phone"]'));
    expect(stage().getBoundingClientRect().width / Number(stage().style.zoom || 1)).to.be.closeTo(375, 1);
    await waitFor(() => preview(el).getAttribute('layout') !== 'table' && preview(el).shadowRoot?.querySelector('.cards, [part~="row"]'), 'the phone layout');
    await click(el, $(el, 'input[name="theme"][value="dark"]'));
    expect(preview(el).getAttribute('theme')).to.equal('dark');
    expect(stage().classList.contains('dark')).to.be.true;
    // In the list's language, at once.
    await choose(el, $<HTMLSelectElement>(el, '#page-lang'), 'fr');
    await waitFor(() => text(preview(el).shadowRoot!.querySelector('[part~="status"]')).includes('sous-traitants'), 'the French preview');
    // The preference stays for the next visit.
    expect(JSON.parse(localStorage.getItem(`${el.storageKey}:prefs`)!)).to.deep.include({ width: 'phone', theme: 'dark', pageLang: 'fr' });
  });

  it('works from the keyboard: open an entry, edit, go to a problem', async () => {
    const el = await mount();
    await openUrl(el, '/test/fixtures/real/github.json');
    $(el, '.views .view-entries').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitFor(() => active(el)?.id === 'view-heading', 'focus on the view');
    $(el, '#filter').focus();
    await sendKeys({ type: 'sendgrid' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Twilio (SendGrid)']);
    $(el, 'details.item summary').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => $maybe(el, 'details.item .item-body'), 'the entry to open');
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.match(/^f-subprocessors-\d+-name$/);
    $(el, '#next-issue').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => active(el)?.matches('input, select, textarea'), 'focus on the field with the problem');
  });
});
