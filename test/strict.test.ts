/**
 * A strict Content Security Policy page, more faults (a redirect to a login
 * page, a 5 MB registry), and several widgets on one page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, loaded, rows, waitFor } from './helpers.js';

describe('strict pages', () => {
  it('works fully under default-src/script-src/style-src self and required Trusted Types, tooltips included', async function () {
    this.timeout(15000);
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/pages/csp.html" title="csp" style="width:1000px;height:700px"></iframe>`);
    await waitFor(() => !!frame.contentDocument?.querySelector('subprocessor-list')?.shadowRoot?.querySelector('[part~="row"]'), 8000);
    const win = frame.contentWindow as Window & { violations: string[] };
    const el = frame.contentDocument!.querySelector('subprocessor-list')!;
    // The policy is in force: the page's own canary style attribute was refused…
    expect(win.getComputedStyle(frame.contentDocument!.getElementById('canary')!).color).to.not.equal('rgb(255, 0, 0)');
    // (Some engines report violations a little later.)
    await waitFor(() => win.violations.length > 0);
    expect(win.violations.filter((v) => v.startsWith('style-src'))).to.have.length(1);
    // …and the element triggered nothing: styles, sort, search, tooltip, legend.
    const root = el.shadowRoot!;
    expect(win.getComputedStyle(root.querySelector('[part~="location-badge"]')!).borderTopLeftRadius).to.equal('999px');
    (root.querySelector('[part~="sort-button"][data-column="purpose"]') as HTMLElement).click();
    const search = root.querySelector<HTMLInputElement>('[part~="search"]')!;
    search.value = 'amazon';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => [...root.querySelectorAll('[part~="row"]')].filter((tr) => !tr.closest('[hidden]')).length === 4);
    (root.querySelector('[part~="category"]') as HTMLElement).click();
    await waitFor(() => !!root.querySelector('[part~="tooltip"]')?.matches(':popover-open'), 8000);
    const tip = root.querySelector<HTMLElement>('[part~="tooltip"]')!;
    expect(tip.getBoundingClientRect().width).to.be.greaterThan(0);
    // The German list loaded its words from the sibling file, under the same policy.
    const de = frame.contentDocument!.getElementById('de')!;
    await waitFor(() => !!de.shadowRoot?.querySelector('[part~="row"]'), 8000);
    expect(de.shadowRoot!.querySelector('[part~="sort-button"]')!.textContent).to.contain('Unterauftragsverarbeiter');
    await new Promise((r) => setTimeout(r, 200));
    expect(win.violations).to.have.length(1);
    expect(win.violations[0]).to.match(/^style-src/);
  });

  it('pins the bundle and its language file with Subresource Integrity (modulepreload), and refuses a file that does not match', async function () {
    this.timeout(15000);
    const open = async (tamper: boolean) => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/pages/sri.html${tamper ? '?tamper' : ''}" title="sri" style="width:1000px;height:500px"></iframe>`);
      await waitFor(() => !!frame.contentDocument?.querySelector('subprocessor-list')?.shadowRoot?.querySelector('[part~="row"]'), 8000);
      return frame.contentDocument!.querySelector('subprocessor-list')!.shadowRoot!.querySelector('[part~="sort-button"]')!.textContent!;
    };
    // With the right hashes, the German words arrive.
    expect(await open(false)).to.contain('Unterauftragsverarbeiter');
    // A language file that does not match its pinned hash is not run: the list shows, in English.
    // (WebKit does not apply a module preload's integrity to the import that follows; see the README.)
    const webkit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);
    if (!webkit) expect(await open(true)).to.contain('Sub-processor');
  });

  it('hosts several lists with different registries on one page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <subprocessor-list src="/demo/registries/june.json"></subprocessor-list>
      <subprocessor-list src="/demo/registries/ambassify.json" lang="de"></subprocessor-list>
      <subprocessor-list src="/fault/status/500"></subprocessor-list>
    </div>`);
    const [june, ambassify, broken] = [...wrapper.querySelectorAll('subprocessor-list')];
    await waitFor(() => rows(june).length === 9 && rows(ambassify).length === 12 && !!$(broken, '[part~="error"]'));
    expect($$(ambassify, '[part~="location-badge"]')[0].textContent).to.contain('Vereinigte Staaten');
    // Each has its own ids: descriptions resolve inside each shadow root.
    const chip = $(ambassify, '[part~="category"]')!;
    expect(ambassify.shadowRoot!.getElementById(chip.getAttribute('aria-describedby')!)).to.exist;
    await expect(wrapper).to.be.accessible();
  });
});

describe('more faults', () => {
  it('explains a redirect to an HTML login page', async () => {
    const { outcome } = await loaded(html`<subprocessor-list src="/fault/redirect"></subprocessor-list>`);
    expect(outcome.type === 'error' && outcome.detail.kind).to.equal('html');
  });

  it('renders a 5 MB registry', async function () {
    this.timeout(20000);
    const { el, outcome } = await loaded(html`<subprocessor-list src="/fault/big"></subprocessor-list>`);
    expect(outcome.type).to.equal('load');
    expect(rows(el)).to.have.length(500);
  });
});
