/**
 * Everything stays on the reader's machine: no request leaves the page but
 * the one address the owner asks it to open, and unsaved work survives a
 * reload (local storage) until the owner discards it.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { $, $maybe, catchDownloads, click, expand, mount, openFile, openUrl, text, type, view, waitFor } from './helpers.js';

/** Every request the page makes from now on: resource timing (scripts, styles, images, fetches) and fetch itself. */
function watchRequests() {
  const seen: string[] = [];
  const fetched: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push(e.name);
  });
  observer.observe({ type: 'resource', buffered: false });
  const originalFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('blob:')) fetched.push(new URL(url, location.href).href);
    return originalFetch(input, init);
  };
  const beacon = navigator.sendBeacon;
  const beacons: string[] = [];
  navigator.sendBeacon = (url: string | URL) => (beacons.push(String(url)), true);
  return {
    seen,
    fetched,
    beacons,
    stop() {
      observer.takeRecords().forEach((e) => seen.push(e.name));
      observer.disconnect();
      window.fetch = originalFetch;
      navigator.sendBeacon = beacon;
    },
  };
}

/** The page's own code, which the test server serves as modules (in the built page: editor.*.js beside it). */
const ownCode = (url: string) => {
  const u = new URL(url);
  return u.origin === location.origin && /\.(?:m?js|ts)$/.test(u.pathname) && !u.pathname.startsWith('/test/fixtures/');
};

describe('editor: nothing leaves the page', () => {
  it('asks for the address it is given, and for nothing else, however it is used', async () => {
    const el = await mount();
    const csv = await (await fetch('/test/fixtures/import/vendors-google-sheets.csv')).text();
    const watch = watchRequests();
    const downloads = catchDownloads();
    try {
      const asked = new URL('/test/fixtures/real/posthog.json', location.href).href;
      await openUrl(el, '/test/fixtures/real/posthog.json');
      // Edit, look at the preview in every form, update from a spreadsheet, publish.
      await type(el, $<HTMLInputElement>(el, '#f-title'), 'Edited');
      await view(el, 'entries');
      await expand(el, $(el, 'details.item'));
      await type(el, $<HTMLInputElement>(el, '#f-subprocessors-0-transfer'), 'SCCs');
      for (const id of ['width', 'theme']) {
        for (const radio of el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name=${id}]`)) await click(el, radio);
      }
      const lang = $<HTMLSelectElement>(el, '#page-lang');
      lang.value = 'de';
      lang.dispatchEvent(new Event('change'));
      await waitFor(() => text(el.shadowRoot!.querySelector('subprocessor-list')?.shadowRoot?.querySelector('[part~="status"]')).includes('Unterauftragsverarbeiter'), 'the German preview');
      await view(el, 'list');
      await openFile($<HTMLInputElement>(el, '#update-file'), 'vendors.csv', csv, 'text/csv');
      await waitFor(() => $maybe(el, '.report'), 'the import report');
      await view(el, 'publish');
      await click(el, $(el, '#download-all'));
      await waitFor(() => downloads.pending.length === 4, 'the downloads');
      await Promise.all(downloads.pending);
      await new Promise((r) => setTimeout(r, 400));
      watch.stop();
      expect(watch.fetched).to.deep.equal([asked]);
      expect(watch.beacons).to.deep.equal([]);
      const others = watch.seen.filter((u) => u !== asked && !ownCode(u));
      expect(others, others.join('\n')).to.deep.equal([]);
      expect(watch.seen.filter((u) => u === asked).length).to.equal(1);
      // The watch sees what the page loads: the converter came when the spreadsheet did.
      expect(watch.seen.some((u) => u.includes('/src/convert/'))).to.be.true;
    } finally {
      watch.stop();
      downloads.stop();
    }
  });
});

describe('editor: unsaved work', () => {
  it('survives a reload, until it is discarded', async () => {
    const key = `spl-editor-reload-${Date.now()}`;
    let el = await mount({ key });
    await openUrl(el, '/test/fixtures/real/zed.json');
    await type(el, $<HTMLInputElement>(el, '#f-title'), 'Zed, edited');
    await view(el, 'entries');
    await click(el, $(el, '[data-add="subprocessors"]'));
    await type(el, el.shadowRoot!.activeElement as HTMLInputElement, 'New Vendor Ltd');
    expect(text($(el, '.status'))).to.contain('not yet downloaded');

    // A reload: the page goes, a new one comes with the same storage.
    fixtureCleanup();
    el = await mount({ key });
    expect(text($(el, '.notice'))).to.match(/Your unsaved work was restored \(\/test\/fixtures\/real\/zed\.json, opened .+\)/);
    expect($<HTMLInputElement>(el, '#f-title').value).to.equal('Zed, edited');
    await view(el, 'publish');
    expect(text($(el, '.proposals'))).to.contain('added: New Vendor Ltd');

    // Discard, from the notice or the bar: asked first, then gone, here and in storage.
    expect(text($(el, '#discard-restored'))).to.equal('Discard…');
    await click(el, $(el, '#discard-restored'));
    const dialog = $<HTMLDialogElement>(el, '#discard');
    expect(dialog.open).to.be.true;
    await expect(el).to.be.accessible();
    await click(el, $(el, '#discard-cancel'));
    expect(dialog.open).to.be.false;
    expect($maybe(el, '.workspace')).to.exist;
    await click(el, $(el, '#close'));
    await click(el, $(el, '#discard-confirm'));
    expect($maybe(el, '.workspace')).to.be.null;
    expect(el.shadowRoot!.activeElement?.id).to.equal('start-heading');
    expect(localStorage.getItem(key)).to.be.null;
    fixtureCleanup();
    el = await mount({ key });
    expect($maybe(el, '.workspace')).to.be.null;
    expect($maybe(el, '.notice')).to.be.null;
  });

  it('closes at once when everything is downloaded', async () => {
    const el = await mount();
    await openUrl(el, '/test/fixtures/real/zulip.json');
    await click(el, $(el, '#close'));
    expect($maybe(el, '.workspace')).to.be.null;
  });

  it('ignores what it cannot read back', async () => {
    const key = `spl-editor-bad-${Date.now()}`;
    localStorage.setItem(key, '{"format": 1, "draft": "nope"');
    const el = await mount({ key });
    expect($maybe(el, '.workspace')).to.be.null;
    expect($(el, '#start-heading')).to.exist;
  });
});
