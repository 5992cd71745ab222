/**
 * Nothing private by accident, in the element: a registry's `x-` fields
 * (what the converter makes of columns it does not know) reach none of
 * what a reader gets: the rendered list (text and attributes, tooltips and
 * the legend included), search, the column choice, the CSV download and
 * the Markdown copy. The kit's side is test/cli/private.test.mjs.
 */
import { expect, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { $, $$, downloadCsv, loaded, openTooltip, rows, waitFor } from './helpers.js';
import type { SubprocessorListElement } from '../src/subprocessor-list.js';

const secret = (where: string) => `SECRET-${where}-7f3a`;
const x = (where: string) => ({
  'x-internal-owner': secret(where),
  'x-cost': { amount: 12400, note: secret(`${where}-nested`) },
  'x-tags': [secret(`${where}-list`)],
});

const REGISTRY = {
  title: 'Sub-processors',
  intro: 'Vendors that process personal data for us.',
  owner: { name: 'Acme', url: 'https://acme.example', dpa: 'https://acme.example/dpa', ...x('owner') },
  updated: '2026-05-01',
  subscribe: 'https://acme.example/subscribe',
  feed: 'https://acme.example/subprocessors.atom',
  page: 'https://acme.example/subprocessors',
  categories: [{ code: 'C1', subject: 'Customer', label: 'Contact details', direct: 'yes', ...x('category') }],
  groups: [{ id: 'infra', title: 'Infrastructure', description: 'Hosting.', ...x('group') }],
  subprocessors: [
    { name: 'Hetzner Online GmbH', id: 'hetzner', purpose: 'Hosting', entityLocation: 'DE', dataLocations: ['DE'], categories: ['C1'], group: 'infra', added: '2026-04-20', notes: 'Backups in Finland.', ...x('entry') },
    { name: 'Postmark', service: 'Postmark Mail', purpose: 'Transactional e-mail', entityLocation: 'US', dataLocations: ['US'], transfer: 'EU-US DPF', ...x('entry2') },
  ],
  changes: [{ date: '2026-04-20', action: 'added', subprocessor: 'Hetzner Online GmbH', description: 'Hosting.', ...x('change') }],
  notice: { days: 30, objectionDays: 14, ...x('notice') },
  ...x('registry'),
};

const LEAK = /SECRET-|x-internal-owner|x-cost|x-tags|12400/;

async function rendered(attrs: { query?: string; columns?: string } = {}): Promise<SubprocessorListElement> {
  const { el } = await loaded(
    html`<subprocessor-list today="2026-05-10" controls="always" legend="open" query=${ifDefined(attrs.query)} columns=${ifDefined(attrs.columns)} .registry=${structuredClone(REGISTRY)}></subprocessor-list>`,
  );
  return el;
}

describe('x- fields in the element', () => {
  it('reach neither the text nor the markup of the list, its legend and its changes', async () => {
    const el = await rendered();
    const root = el.shadowRoot!;
    expect(root.textContent).to.contain('Backups in Finland.');
    expect(root.textContent).to.contain('Contact details');
    expect(root.innerHTML).to.not.match(LEAK);
    expect(JSON.stringify(rows(el))).to.not.match(LEAK);
    expect(rows(el)).to.have.length(2);
  });

  it('reach no tooltip', async () => {
    const el = await rendered();
    const targets = $$(el, '[part~="row"] [part~="category"], [part~="row"] [part~="location-badge"]');
    expect(targets.length).to.be.at.least(3);
    for (const target of targets) {
      target.click();
      const tip = await openTooltip(el);
      expect(tip.textContent).to.not.match(LEAK);
    }
    expect(el.shadowRoot!.innerHTML).to.not.match(LEAK);
  });

  it('are not searched, and cannot be chosen as a column', async () => {
    const found = await rendered({ query: 'Finland' });
    expect(rows(found).map((r) => r.name)).to.have.length(1);
    const none = await rendered({ query: 'SECRET' });
    expect(rows(none)).to.have.length(0);
    const nested = await rendered({ query: '12400' });
    expect(rows(nested)).to.have.length(0);
    const columns = await rendered({ columns: 'name x-internal-owner x-cost purpose' });
    const headers = $$(columns, '[part~="row"]')[0].querySelectorAll('[data-column]');
    expect([...headers].map((c) => (c as HTMLElement).dataset.column)).to.deep.equal(['name', 'purpose']);
    expect(columns.shadowRoot!.innerHTML).to.not.match(LEAK);
  });

  it('reach neither the CSV download nor the Markdown copy', async () => {
    const el = await rendered();
    const csv = (await downloadCsv(el)).text;
    expect(csv).to.contain('Hetzner Online GmbH');
    expect(csv).to.not.match(LEAK);

    let copied = '';
    const write = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (value: string) => {
      copied = value;
    };
    try {
      $(el, '[data-action="markdown"]')!.click();
      // The export code loads on first use.
      await waitFor(() => copied !== '', 8000);
      await el.updateComplete;
    } finally {
      navigator.clipboard.writeText = write;
    }
    expect(copied).to.contain('Hetzner Online GmbH');
    expect(copied).to.not.match(LEAK);
  });
});
