/**
 * Loading, error and empty states, events, and what happens when the
 * source changes or the element leaves the page while loading.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, loaded, rows, settled, text, waitFor } from './helpers.js';
import type { SubprocessorListElement } from '../src/subprocessor-list.js';

describe('<subprocessor-list> states', () => {
  it('shows a loading state, announced politely, with space reserved', async () => {
    const el = await fixture<SubprocessorListElement>(html`<subprocessor-list src="/fault/slow/2000"></subprocessor-list>`);
    const status = $(el, '[part~="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('Loading the list of sub-processors…');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
    el.remove();
  });

  const errors: [string, string, string, boolean][] = [
    ['/test/fixtures/does-not-exist.json', 'http', 'the server answered 404 for /test/fixtures/does-not-exist.json.', false],
    ['/fault/status/403', 'http', 'the server answered 403 for /fault/status/403.', false],
    ['/fault/status/500', 'http', 'the server answered 500 for /fault/status/500.', true],
    ['/fault/html', 'html', '/fault/html returned a web page instead of JSON (perhaps a login page).', false],
    ['/test/fixtures/cases/login.html', 'html', '/test/fixtures/cases/login.html returned a web page instead of JSON', false],
    ['/test/fixtures/cases/not-json.csv', 'not-json', '/test/fixtures/cases/not-json.csv is not valid JSON', false],
    ['/fault/text', 'not-json', '/fault/text is not valid JSON', false],
    ['/test/fixtures/cases/wrong-shape-array.json', 'invalid', 'it is not a sub-processor list (expected an object with a "subprocessors" list, got a list).', false],
    ['/test/fixtures/cases/wrong-shape-vendors.json', 'invalid', 'it is not a sub-processor list (it has no "subprocessors" list (it has "vendors", which the format calls "subprocessors")).', false],
    ['http://127.0.0.1:9/unreachable.json', 'network', 'the server for http://127.0.0.1:9/unreachable.json could not be reached', true],
  ];
  for (const [src, kind, message, retryable] of errors) {
    it(`explains a ${kind} failure for ${src}`, async () => {
      const { el, outcome } = await loaded(html`<subprocessor-list src=${src}></subprocessor-list>`);
      expect(outcome.type).to.equal('error');
      if (outcome.type !== 'error') return;
      expect(outcome.detail.kind).to.equal(kind);
      expect(outcome.detail.url).to.equal(src);
      expect(outcome.detail.retryable).to.equal(retryable);
      expect(outcome.detail.message).to.contain(message);
      const box = $(el, '[part~="error"]')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(text(box)).to.contain(`The list could not be loaded: ${message}`);
      expect(!!$(el, '[part~="retry-button"]')).to.equal(retryable);
      expect($$(el, '[part~="row"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }

  it('gives up after the timeout and offers to retry', async () => {
    const { el, outcome } = await loaded(html`<subprocessor-list timeout="300" src="/fault/slow/5000"></subprocessor-list>`);
    expect(outcome.type === 'error' && outcome.detail.kind).to.equal('timeout');
    expect(text($(el, '[part~="error"]'))).to.contain('the server did not answer within 0.3 seconds for /fault/slow/5000.');
    expect($(el, '[part~="retry-button"]')).to.exist;
  });

  it('retries when the Retry button is pressed', async () => {
    const { el } = await loaded(html`<subprocessor-list src="/fault/status/503"></subprocessor-list>`);
    let errors = 0;
    el.addEventListener('subprocessor-list-error', () => errors++);
    $(el, '[part~="retry-button"]')!.click();
    await el.updateComplete;
    expect(text($(el, '[part~="status"]'))).to.equal('Loading the list of sub-processors…');
    await waitFor(() => errors === 1);
    expect($(el, '[part~="error"]')).to.exist;
  });

  it('shows an empty list as such', async () => {
    const { el, outcome } = await loaded(html`<subprocessor-list src="/test/fixtures/cases/empty.json"></subprocessor-list>`);
    expect(outcome.type).to.equal('load');
    expect(text($(el, '[part~="empty"]'))).to.equal('This list has no sub-processors yet.');
    expect(text($(el, '[part~="title"]'))).to.equal('Sub-processors');
    expect($(el, '[part~="table"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('says so when it has nothing to show', async () => {
    const el = await fixture<SubprocessorListElement>(html`<subprocessor-list></subprocessor-list>`);
    await el.loadComplete;
    expect(text($(el, '[part~="empty"]'))).to.contain('no src attribute');
    await expect(el).to.be.accessible();
  });

  it('renders the valid part of a partly invalid registry and lists the problems', async () => {
    // The report is for the list's owner: readers do not see it unless the page asks (show-problems).
    const reader = await loaded(html`<subprocessor-list src="/test/fixtures/cases/partly-invalid.json"></subprocessor-list>`);
    expect($(reader.el, '[part~="problems"]')).to.be.null;
    const { el, outcome } = await loaded(html`<subprocessor-list show-problems src="/test/fixtures/cases/partly-invalid.json"></subprocessor-list>`);
    expect(outcome.type).to.equal('load');
    expect(rows(el).map((r) => r.name)).to.deep.equal(['Good Vendor Ltd', 'Bad Locations Inc', 'Mixed Items LLC', 'Wrong Types GmbH']);
    expect(rows(el)[2]['data-locations']).to.equal('United States Ireland');
    const problems = outcome.type === 'load' ? outcome.detail.problems : [];
    const items = $$(el, '[part~="problems"] li').map(text);
    expect(items).to.have.length(problems.length);
    expect(items).to.include('subprocessors[3].dataLocations: expected a list of texts, got a text');
    expect(items).to.include('subprocessors[1].name: every sub-processor needs a name; it is missing; entry skipped');
    expect(text($(el, '[part~="problems"] summary'))).to.equal(`${problems.length} problems in this list`);
    ($(el, '[part~="problems"]') as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
  });
});

describe('<subprocessor-list> events', () => {
  it('fires a bubbling, composed load event after rendering', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const seen = new Promise<{ rows: number; detail: unknown }>((resolve) =>
      host.addEventListener('subprocessor-list-load', (e) => resolve({ rows: $$(el, '[part~="row"]').length, detail: e.detail }), { once: true }),
    );
    const el = document.createElement('subprocessor-list');
    el.src = '/test/fixtures/cases/minimal.json';
    root.append(el);
    const { rows: count, detail } = await seen;
    expect(count).to.equal(1);
    expect(detail).to.deep.equal({ registry: { subprocessors: [{ name: 'Acme Hosting' }] }, problems: [] });
  });
});

describe('<subprocessor-list> changing sources', () => {
  it('renders only the latest src when it changes quickly', async () => {
    const el = await fixture<SubprocessorListElement>(html`<subprocessor-list src="/fault/slow/800"></subprocessor-list>`);
    const loads: string[] = [];
    el.addEventListener('subprocessor-list-load', (e) => loads.push(e.detail.registry.subprocessors[0].name));
    el.src = '/fault/slow/400';
    await el.updateComplete;
    el.src = '/test/fixtures/cases/minimal.json';
    await waitFor(() => loads.length > 0);
    await new Promise((r) => setTimeout(r, 1200));
    expect(loads).to.deep.equal(['Acme Hosting']);
    expect(rows(el)).to.deep.equal([{ name: 'Acme Hosting' }]);
  });

  it('stops loading when removed, without errors, and loads again when put back', async () => {
    const el = await fixture<SubprocessorListElement>(html`<subprocessor-list src="/fault/slow/300"></subprocessor-list>`);
    const events: string[] = [];
    el.addEventListener('subprocessor-list-load', () => events.push('load'));
    el.addEventListener('subprocessor-list-error', () => events.push('error'));
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 600));
    expect(events).to.deep.equal([]);
    parent.append(el);
    await waitFor(() => events.length > 0);
    expect(events).to.deep.equal(['load']);
    expect(rows(el)).to.deep.equal([{ name: 'Late' }]);
  });

  it('keeps its content when moved in the page', async () => {
    const { el } = await loaded(html`<subprocessor-list src="/test/fixtures/cases/minimal.json"></subprocessor-list>`);
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await settled();
    expect(rows(el)).to.deep.equal([{ name: 'Acme Hosting' }]);
    other.remove();
  });

  it('follows edits of its inline JSON', async () => {
    const { el } = await loaded(html`<subprocessor-list><script type="application/json">{"subprocessors":[{"name":"One"}]}</script></subprocessor-list>`);
    el.querySelector('script')!.textContent = '{"subprocessors":[{"name":"Two"}]}';
    await waitFor(() => rows(el)[0]?.name === 'Two');
  });

  it('reload() fetches again', async () => {
    const { el } = await loaded(html`<subprocessor-list src="/test/fixtures/cases/minimal.json"></subprocessor-list>`);
    let loads = 0;
    el.addEventListener('subprocessor-list-load', () => loads++);
    el.reload();
    await waitFor(() => loads === 1);
  });
});
