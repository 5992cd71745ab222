/**
 * At home on any site: theming, the ways to embed, languages and print.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { $, emulationWorks, loaded, rows, settled, spoken, text, waitFor } from './helpers.js';
import type { SubprocessorListElement } from '../src/subprocessor-list.js';
import { en } from '../src/lib/strings.js';
import { de } from '../src/lib/locales/de.js';
import { fr } from '../src/lib/locales/fr.js';
import { nl } from '../src/lib/locales/nl.js';
import { es } from '../src/lib/locales/es.js';

const AMBASSIFY = '/demo/registries/ambassify.json';
const FULL = '/test/fixtures/cases/full.json';

function frame(src: string, width = 1000): Promise<HTMLIFrameElement> {
  return fixture<HTMLIFrameElement>(html`<iframe src=${src} title="page" style="width:${width}px;height:700px;border:0"></iframe>`);
}
async function frameElement(f: HTMLIFrameElement): Promise<SubprocessorListElement> {
  await waitFor(() => !!f.contentDocument?.querySelector('subprocessor-list')?.shadowRoot?.querySelector('[part~="row"]'), 8000);
  return f.contentDocument!.querySelector('subprocessor-list') as SubprocessorListElement;
}

describe('theming', () => {
  it('takes CSS variables and ::part rules from the page', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .branded { --subprocessor-list-accent: rgb(109, 40, 217); --subprocessor-list-radius: 0px; }
      .branded subprocessor-list::part(header-cell) { text-transform: uppercase; }
      .branded subprocessor-list::part(location-badge eea) { outline: 3px solid rgb(0, 128, 0); }
    `;
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div class="branded"><subprocessor-list src=${FULL}></subprocessor-list></div>`);
      const el = wrapper.firstElementChild as SubprocessorListElement;
      await waitFor(() => rows(el).length === 3);
      expect(getComputedStyle($(el, '[part~="link"]')!).color).to.equal('rgb(109, 40, 217)');
      expect(getComputedStyle($(el, '[part~="table"]')!).borderTopLeftRadius).to.equal('0px');
      // …down to the text the reader sees, inside the sort button.
      expect(getComputedStyle($(el, '[part~="sort-button"]')!).textTransform).to.equal('uppercase');
      expect(getComputedStyle($(el, '[part~="location-badge"][part~="eea"]')!).outlineColor).to.equal('rgb(0, 128, 0)');
    } finally {
      style.remove();
    }
  });

  it('inherits the page font, colour and size', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="font: 18px Georgia, serif; color: rgb(30, 60, 90)"><subprocessor-list src=${FULL}></subprocessor-list></div>`,
    );
    const el = wrapper.firstElementChild as SubprocessorListElement;
    await waitFor(() => rows(el).length === 3);
    const intro = getComputedStyle($(el, '[part~="intro"]')!);
    expect(intro.fontFamily).to.contain('Georgia');
    expect(intro.fontSize).to.equal('18px');
    expect(intro.color).to.equal('rgb(30, 60, 90)');
  });

  it('uses the dark palette on a dark page (auto), or when asked, and stays accessible', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="background: rgb(13, 17, 23); color: rgb(230, 237, 243); padding: 8px">
        <subprocessor-list src=${AMBASSIFY}></subprocessor-list>
      </div>`,
    );
    const el = wrapper.querySelector('subprocessor-list') as SubprocessorListElement;
    await waitFor(() => rows(el).length === 12);
    await settled();
    expect(el.hasAttribute('data-dark')).to.be.true;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await el.updateComplete;
    expect(el.hasAttribute('data-dark')).to.be.false;
    const light = await loaded(html`<subprocessor-list theme="dark" src=${FULL}></subprocessor-list>`);
    expect(getComputedStyle(light.el).colorScheme).to.equal('dark');
  });

  it('stays usable and accessible in forced colours (Windows high contrast)', async function () {
    // The test runner can emulate forced colours only through Chromium's DevTools protocol.
    if (!(await emulationWorks(() => executeServerCommand('emulate-forced-colors', true)))) this.skip();
    try {
      const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const badge = $(el, '[part~="location-badge"]')!;
      expect(getComputedStyle(badge).borderTopStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', false);
    }
  });

  it('is intact on a page with hostile global CSS', async () => {
    const f = await frame('/test/pages/hostile-css.html');
    const el = await frameElement(f);
    const win = f.contentWindow!;
    const table = el.shadowRoot!.querySelector('[part~="table"]')!;
    // The page's table { display: none !important } stays outside (table or cards, but shown).
    expect(win.getComputedStyle(table).display).to.not.equal('none');
    expect(table.getBoundingClientRect().height).to.be.greaterThan(100);
    const cell = el.shadowRoot!.querySelector('[part~="row"] td')!;
    const cs = win.getComputedStyle(cell);
    expect(cs.textTransform).to.equal('none');
    expect(cs.letterSpacing).to.equal('normal');
    expect(parseFloat(cs.lineHeight) / parseFloat(cs.fontSize)).to.be.lessThan(2);
    expect(win.getComputedStyle(cell).borderTopColor).to.not.equal('rgb(255, 0, 0)');
    const search = el.shadowRoot!.querySelector('[part~="search"]')!;
    expect(win.getComputedStyle(search).borderTopStyle).to.equal('solid');
  });
});

describe('embedding', () => {
  it('upgrades data-subprocessor-list placeholders, also ones added later, keeping their content as fallback', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div data-subprocessor-list data-src=${FULL} data-theme="light" data-sort="-name"><a href="/list">Our sub-processors</a></div>
      </div>`,
    );
    await waitFor(() => !!wrapper.querySelector('subprocessor-list'));
    const el = wrapper.querySelector('subprocessor-list') as SubprocessorListElement;
    expect(el.getAttribute('src')).to.equal(FULL);
    expect(el.getAttribute('theme')).to.equal('light');
    expect(el.querySelector('a[href="/list"]')).to.exist;
    await waitFor(() => rows(el).length === 3);
    expect(el.sort).to.equal('-name');

    const later = document.createElement('div');
    later.innerHTML = `<section><div data-subprocessor-list data-src="/test/fixtures/cases/minimal.json"></div></section>`;
    wrapper.append(later);
    await waitFor(() => !!later.querySelector('subprocessor-list'));
    const second = later.querySelector('subprocessor-list') as SubprocessorListElement;
    await waitFor(() => rows(second).length === 1);
    // Upgraded once only.
    later.querySelector('[data-subprocessor-list]')!.setAttribute('data-x', '1');
    await settled();
    expect(later.querySelectorAll('subprocessor-list')).to.have.length(1);
  });

  it('shows the fallback content while loading and with an error, and hides it once rendered', async () => {
    const el = await fixture<SubprocessorListElement>(
      html`<subprocessor-list src="/fault/slow/600"><a href="/list.html">Our sub-processors</a></subprocessor-list>`,
    );
    const slot = $<HTMLSlotElement>(el, 'slot')!;
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Our sub-processors']);
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await waitFor(() => rows(el).length === 1, 3000);
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
    const failed = await loaded(html`<subprocessor-list src="/fault/status/404"><a href="/list.html">Our list</a></subprocessor-list>`);
    expect(failed.el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('renders one registry in the iframe page and tells the parent its height', async () => {
    const heights: number[] = [];
    const onMessage = (e: MessageEvent) => {
      if (e.data?.type === 'subprocessor-list:resize') heights.push(e.data.height);
    };
    window.addEventListener('message', onMessage);
    try {
      const f = await frame(`/dist/embed.html?src=${encodeURIComponent(AMBASSIFY)}&lang=de&legend=none`, 700);
      const el = await frameElement(f);
      expect(el.getAttribute('legend')).to.equal('none');
      expect(spoken(el.shadowRoot!.querySelector('[part~="header-cell"]'))).to.equal(de.colName);
      await waitFor(() => heights.length > 0 && heights.at(-1) === Math.ceil(f.contentDocument!.documentElement.getBoundingClientRect().height));
      expect(heights.at(-1)).to.be.greaterThan(500);
    } finally {
      window.removeEventListener('message', onMessage);
    }
  });
});

describe('iframe handshake', () => {
  it('tells a parent that starts listening late its height, when asked', async () => {
    const f = await frame(`/dist/embed.html?src=${encodeURIComponent(AMBASSIFY)}&legend=none`, 700);
    await frameElement(f);
    await new Promise((r) => setTimeout(r, 300));
    // Only now does the parent listen: it has missed every message, so it asks.
    const heights: number[] = [];
    const onMessage = (e: MessageEvent) => {
      if (e.source === f.contentWindow && e.data?.type === 'subprocessor-list:resize') heights.push(e.data.height);
    };
    window.addEventListener('message', onMessage);
    try {
      f.contentWindow!.postMessage({ type: 'subprocessor-list:measure' }, '*');
      await waitFor(() => heights.length > 0);
      expect(heights[0]).to.equal(Math.ceil(f.contentDocument!.documentElement.getBoundingClientRect().height));
      expect(heights[0]).to.be.greaterThan(500);
    } finally {
      window.removeEventListener('message', onMessage);
    }
  });
});

describe('languages', () => {
  const locales = { en, de, fr, nl, es };
  for (const [lang, t] of Object.entries(locales)) {
    it(`speaks ${lang}`, async () => {
      const { el } = await loaded(html`<subprocessor-list lang=${lang} src=${AMBASSIFY}></subprocessor-list>`);
      expect(spoken($(el, '[part~="header-cell"]'))).to.equal(t.colName);
      expect(text($(el, '[part~="status"]'))).to.contain('12');
      expect(text($(el, '[part~="legend"] summary'))).to.equal(`${t.legend} (50)`);
      expect(text($(el, '.field-label'))).to.equal(t.search);
      await expect(el).to.be.accessible();
    });
  }

  it('follows a change of lang on an ancestor, and overrides of its words', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><subprocessor-list src=${FULL}></subprocessor-list></div>`);
    const el = wrapper.firstElementChild as SubprocessorListElement;
    await waitFor(() => rows(el).length === 3);
    expect(spoken($(el, '[part~="header-cell"]'))).to.equal('Sub-processor');
    wrapper.lang = 'fr';
    await waitFor(() => spoken($(el, '[part~="header-cell"]')) === fr.colName);
    expect(rows(el)[0]['entity-location']).to.equal('Luxembourg');
    expect(text($(el, '[part~="meta"] time'))).to.equal('1 mai 2026');
    el.strings = { colName: 'Fournisseur' };
    await el.updateComplete;
    expect(spoken($(el, '[part~="header-cell"]'))).to.equal('Fournisseur');
  });

  it('shows localised registry text in the reader language', async () => {
    const de1 = await loaded(html`<subprocessor-list lang="de-AT" src="/test/fixtures/cases/localized.json"></subprocessor-list>`);
    expect(text($(de1.el, '[part~="title"]'))).to.equal('Unterauftragsverarbeiter');
    expect(rows(de1.el)[0].purpose).to.equal('Hosting und Speicherung');
    expect(rows(de1.el)[0].retention).to.equal('30 Tage');
    const es1 = await loaded(html`<subprocessor-list lang="es" src="/test/fixtures/cases/localized.json"></subprocessor-list>`);
    expect(text($(es1.el, '[part~="title"]'))).to.equal('Sub-processors');
    expect(rows(es1.el)[1].notes).to.equal('Solo en español');
  });
});

describe('print', () => {
  it('prints every row and the legend, whatever the filters, and restores the view after', async () => {
    const { el } = await loaded(html`<subprocessor-list query="amazon" src=${AMBASSIFY}></subprocessor-list>`);
    expect(rows(el)).to.have.length(4);
    window.dispatchEvent(new Event('beforeprint'));
    expect(rows(el)).to.have.length(12);
    expect($<HTMLDetailsElement>(el, '[part~="legend"]')!.open).to.be.true;
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(rows(el)).to.have.length(4);
    expect($<HTMLDetailsElement>(el, '[part~="legend"]')!.open).to.be.false;
  });

  it('hides the controls, prints link addresses and keeps rows whole', async function () {
    // Print media is emulated only through Chromium's DevTools protocol.
    if (!(await emulationWorks(() => emulateMedia({ media: 'print' })))) this.skip();
    try {
      const { el } = await loaded(html`<subprocessor-list src=${AMBASSIFY}></subprocessor-list>`);
      expect(getComputedStyle($(el, '[part~="filters"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part~="link"]')!, '::after').content).to.contain('https://www.ambassify.com');
      expect(getComputedStyle($(el, '[part~="row"]')!).breakInside).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
