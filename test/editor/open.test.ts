/**
 * Opening: a registry by file picker, drag and drop, pasted JSON or an
 * address; a spreadsheet, a saved page or page text through the converter
 * (the same `convert()` as the kit's); a new list with `init`'s starter
 * content; and what it says when something cannot be opened.
 */
import { expect } from '@open-wc/testing';
import { convert } from '../../src/convert/index.js';
import { validateRegistry } from '../../src/lib/registry.js';
import { starterRegistry } from '../../src/cli/init.js';
import { schema } from '../../src/editor/schema.js';
import type { SubprocessorEditor } from '../../src/editor/editor.js';
import { $, $$, $maybe, TODAY, click, mount, openFile, openUrl, text, type, view, waitFor } from './helpers.js';

const opened = (el: SubprocessorEditor) => waitFor(() => $maybe(el, '.workspace'), 'the list to open');
const fixture = async (path: string) => (await fetch(path)).text();
const names = async (el: SubprocessorEditor) => {
  await view(el, 'entries');
  return $$(el, 'details.item .name').map((n) => text(n));
};

/** Drops a file on the editor, as a person dragging it from their desktop does. */
function drop(el: SubprocessorEditor, name: string, content: string, type: string) {
  const dt = new DataTransfer();
  dt.items.add(new File([content], name, { type }));
  const target = $(el, '.app');
  target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true, composed: true }));
  target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, composed: true }));
}

describe('editor: opening', () => {
  it('opens a registry from the file picker', async () => {
    const el = await mount();
    const json = await fixture('/test/fixtures/real/github.json');
    await openFile($<HTMLInputElement>(el, '#open-file'), 'github.json', json, 'application/json');
    await opened(el);
    expect(text($(el, '.status'))).to.contain('Opened: github.json');
    expect((await names(el)).length).to.equal(JSON.parse(json).subprocessors.length);
    // Focus goes to what opened.
    await view(el, 'list');
    expect($<HTMLInputElement>(el, '#f-title').value).to.equal(JSON.parse(json).title);
  });

  it('opens a registry dropped on the page', async () => {
    const el = await mount();
    drop(el, 'bento.json', await fixture('/test/fixtures/real/bento.json'), 'application/json');
    await opened(el);
    expect((await names(el))[0]).to.equal('Amazon Web Services (AWS)');
  });

  it('opens pasted JSON', async () => {
    const el = await mount();
    await type(el, $<HTMLTextAreaElement>(el, '#open-paste'), '{"title": "Pasted", "subprocessors": [{"name": "Hetzner Online GmbH", "dataLocations": ["DE"]}]}');
    $<HTMLTextAreaElement>(el, '#open-paste').form!.requestSubmit();
    await opened(el);
    expect(text($(el, '.status'))).to.contain('Pasted text');
    expect(await names(el)).to.deep.equal(['Hetzner Online GmbH']);
  });

  it('imports a spreadsheet through the converter, with what it read', async () => {
    const el = await mount();
    const csv = await fixture('/test/fixtures/import/vendors-google-sheets.csv');
    await openFile($<HTMLInputElement>(el, '#open-file'), 'vendors.csv', csv, 'text/csv');
    await opened(el);
    const expected = convert(csv);
    expect(await names(el)).to.deep.equal(expected.registry.subprocessors.map((e) => e.name));
    await view(el, 'list');
    const report = $<HTMLDetailsElement>(el, '.report');
    report.open = true;
    expect(text(report)).to.contain('Kept private').and.contain('Internal owner');
    expect(text(report)).to.contain(expected.warnings[0].message);
  });

  it('imports a saved page dropped on the editor, and page text pasted into it', async () => {
    const el = await mount();
    const page = await fixture('/test/fixtures/import/june-subprocessors.html');
    drop(el, 'june.html', page, 'text/html');
    await opened(el);
    expect(await names(el)).to.deep.equal(convert(page).registry.subprocessors.map((e) => e.name));

    const el2 = await mount();
    const txt = await fixture('/test/fixtures/import/ambassify-subprocessors.txt');
    await type(el2, $<HTMLTextAreaElement>(el2, '#open-paste'), txt);
    $<HTMLTextAreaElement>(el2, '#open-paste').form!.requestSubmit();
    await opened(el2);
    const expected = convert(txt).registry;
    expect(await names(el2)).to.deep.equal(expected.subprocessors.map((e) => e.name));
    await view(el2, 'categories');
    expect($$(el2, '[data-path^="categories["] .name').map((n) => text(n))).to.deep.equal((expected.categories ?? []).map((c) => c.code));
  });

  it('updates the open list from a spreadsheet, and proposes the changes', async () => {
    const el = await mount();
    await openUrl(el, '/test/fixtures/real/github.json');
    const csv = await fixture('/test/fixtures/import/github-subprocessors.csv');
    await openFile($<HTMLInputElement>(el, '#update-file'), 'github.csv', csv, 'text/csv');
    await waitFor(() => $maybe(el, '.report'), 'the import report');
    expect(text($(el, '.status'))).to.contain('Opened: /test/fixtures/real/github.json');
    const original = await (await fetch('/test/fixtures/real/github.json')).json();
    const merged = convert(csv, { into: original });
    expect(await names(el)).to.deep.equal(merged.registry.subprocessors.map((e) => e.name));
  });

  it('starts a new list with the starter content of init', async () => {
    const el = await mount();
    await click(el, $(el, '#new-list'));
    await opened(el);
    expect(text($(el, '#issue-counts'))).to.equal('No problems');
    const strip = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(strip) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith('//')).map(([k, x]) => [k, strip(x)])) : v;
    const starter = strip(starterRegistry(schema, { today: TODAY })) as Record<string, unknown>;
    expect($<HTMLInputElement>(el, '#f-title').value).to.equal(starter.title);
    expect(await names(el)).to.deep.equal(['Example Hosting GmbH']);
    // Compared with an empty list: its entry is new.
    await view(el, 'publish');
    expect($$(el, '.proposal legend').map((l) => text(l))).to.deep.equal(['added: Example Hosting GmbH']);
    expect(validateRegistry(starter).ok).to.be.true;
  });

  it('says why when something cannot be opened, and keeps the start', async () => {
    const el = await mount();
    await openUrl(el, '/fault/status/404');
    expect(text($(el, '#open-error'))).to.contain('The server answered 404');
    expect(el.shadowRoot!.activeElement?.id).to.equal('open-error');
    await openUrl(el, '/package.json');
    await waitFor(() => text($(el, '#open-error')).includes('not a sub-processor registry'), 'the next error');
    expect(text($(el, '#open-error'))).to.contain('it has no "subprocessors" list');
    await type(el, $<HTMLTextAreaElement>(el, '#open-paste'), '{"subprocessors": [}');
    $<HTMLTextAreaElement>(el, '#open-paste').form!.requestSubmit();
    await el.updateComplete;
    expect(text($(el, '#open-error'))).to.contain('not valid JSON');
    await expect(el).to.be.accessible();
  });

  it('keeps a JSON file dropped on an open list from replacing it', async () => {
    const el = await mount();
    await openUrl(el, '/test/fixtures/real/zed.json');
    drop(el, 'other.json', '{"subprocessors": []}', 'application/json');
    await waitFor(() => $maybe(el, '.notice'), 'the notice');
    expect(text($(el, '.notice'))).to.contain('close it before you open another registry');
    expect((await names(el)).length).to.equal(11);
  });
});
