/**
 * The built, self-contained bundle works on a plain page with one script
 * tag (loaded twice, even), with no other code on the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from './helpers.js';

describe('dist/subprocessor-list.js', () => {
  it('renders a registry on a plain HTML page', async function () {
    this.timeout(10000);
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/pages/bundle.html" style="width:1000px;height:800px" title="bundle"></iframe>`);
    const errors: string[] = [];
    await waitFor(() => frame.contentDocument?.readyState === 'complete' && !!frame.contentDocument.querySelector('subprocessor-list'), 5000);
    const win = frame.contentWindow!;
    win.addEventListener('error', (e) => errors.push(e.message));
    const el = frame.contentDocument!.querySelector('subprocessor-list')!;
    expect(win.customElements.get('subprocessor-list'), 'dist/subprocessor-list.js missing: run `npm run build`').to.exist;
    await waitFor(() => (el.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0) === 3, 5000);
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Sub-processors');
    // The bundle's minified styles still apply.
    const table = el.shadowRoot!.querySelector('[part~="table"]')!;
    expect(frame.contentWindow!.getComputedStyle(table).borderCollapse).to.equal('separate');
    const badge = el.shadowRoot!.querySelector('[part~="location-badge"]')!;
    expect(frame.contentWindow!.getComputedStyle(badge).borderTopLeftRadius).to.equal('999px');
    expect(errors).to.deep.equal([]);
  });

  it('ships no development-only code', async () => {
    const code = await (await fetch('/dist/subprocessor-list.js')).text();
    // Lit's development build warns in the console and names itself.
    expect(code).to.not.contain('dev mode');
    expect(code).to.not.match(/console\.(log|debug|info)/);
    // One warning is the bundle's own: a registry's problems, for its owner.
    expect(code.match(/console\.warn/g)).to.have.length(1);
    expect(code).to.contain('in the registry (shown with show-problems');
    expect(code).to.not.contain('process.env');
  });
});
