/**
 * A registry full of markup, script and hostile URLs renders as inert text.
 */
import { expect, html } from '@open-wc/testing';
import { $, $$, loaded, rows, text, waitFor } from './helpers.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

describe('<subprocessor-list> with hostile content', () => {
  it('shows markup as text and never makes dangerous links', async () => {
    window.__pwned = undefined;
    const { el, outcome } = await loaded(html`<subprocessor-list src="/test/fixtures/cases/hostile.json"></subprocessor-list>`);
    expect(outcome.type).to.equal('load');
    const root = el.shadowRoot!;

    // Nothing parsed as markup: no elements the templates do not make.
    for (const tag of ['script', 'img', 'svg', 'iframe', 'marquee', 'style', 'b', 'i', 'u', 'h1']) {
      expect(root.querySelectorAll(tag), tag).to.have.length(0);
    }
    expect(text($(el, '[part~="title"]'))).to.equal('<img src=x onerror="window.__pwned=1">Title');
    const [vendor] = rows(el);
    expect(vendor.name).to.contain('<script>window.__pwned=11</script>Vendor');
    expect(vendor.purpose).to.equal('</td></tr></tbody></table><marquee>broken out</marquee>');
    expect(vendor.retention).to.equal('${7*7}');
    expect(vendor.transfer).to.equal('<style>*{display:none}</style>');

    // Every link is http(s) or mailto; hostile URLs are shown as text.
    const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href')!);
    for (const href of hrefs) expect(new URL(href).protocol, href).to.be.oneOf(['https:', 'http:', 'mailto:']);
    expect(hrefs).to.deep.equal(['https://good.example/dpa%22onmouseover=%22x']);
    expect(root.querySelectorAll('[onerror],[onload],[onclick],[onfocus],[onmouseover]')).to.have.length(0);
    expect(text($(el, '[part~="meta"]'))).to.contain('<b onmouseover="window.__pwned=5">Owner</b>');
    expect(rows(el)[0].dpa).to.equal('vbscript:msgbox(1)');

    // A very long word wraps inside its cell instead of widening the column or the page.
    await waitFor(() => !!$(el, '[part~="row"]'));
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    for (const cell of $$(el, '[part~="row"] > *')) expect(cell.scrollWidth, cell.dataset.column).to.be.at.most(cell.clientWidth + 1);
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__pwned).to.be.undefined;
    await expect(el).to.be.accessible();
  });
});
