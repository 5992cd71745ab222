/**
 * Web pages and page text: the markup real pages use (tables with header
 * cells or bold first rows, merged cells, lists of vendors with "Label:"
 * lines, headings or bold lines as sections), the furniture they carry
 * (scripts, hidden parts, navigation), and markup broken in every way a
 * tokenizer sees, all read in one linear pass.
 */
import { expect } from '@open-wc/testing';
import { convert } from '../../src/convert/index.js';
import { readHtml } from '../../src/convert/html.js';
import { readText } from '../../src/convert/plain.js';
import { plain, timed } from './helpers.js';

const page = (body: string) => `<!doctype html><html><head><title>Sub-processors | Acme</title></head><body>${body}</body></html>`;

describe('web pages', () => {
  it('reads each table: header row to fields, the nearest heading before it to its group', () => {
    const r = convert(
      page(`<h1>Sub-processors</h1><p>Vendors that process personal data for Acme.</p>
      <h2>Infrastructure</h2><table><thead><tr><th>Vendor</th><th>Purpose</th><th>Hosting region</th></tr></thead>
      <tbody><tr><td>Hetzner Online GmbH</td><td>Hosting</td><td>Germany<br>Finland</td></tr></tbody></table>
      <h2>Support</h2><p>Tools our support team uses.</p><table><tr><td><strong>Vendor</strong></td><td><strong>Purpose</strong></td><td><strong>Location</strong></td></tr>
      <tr><td><a href="https://www.zendesk.com">Zendesk, Inc.</a></td><td><p>Tickets</p><p>and chat</p></td><td>USA</td></tr></table>`),
    );
    expect(r.format).to.equal('html');
    expect(plain(r.registry)).to.deep.equal({
      version: 1,
      title: 'Sub-processors',
      intro: 'Vendors that process personal data for Acme.',
      groups: [
        { id: 'infrastructure', title: 'Infrastructure' },
        { id: 'support', title: 'Support', description: 'Tools our support team uses.' },
      ],
      subprocessors: [
        { name: 'Hetzner Online GmbH', purpose: 'Hosting', dataLocations: ['DE', 'FI'], group: 'infrastructure' },
        { name: 'Zendesk, Inc.', purpose: 'Tickets and chat', dataLocations: ['US'], url: 'https://www.zendesk.com', group: 'support' },
      ],
    });
    expect(r.warnings).to.deep.equal([]);
  });

  it('reads list pages: a bold name or a heading, then "Label: value" lines, in any of the five languages', () => {
    const r = convert(
      page(`<h1>Unterauftragsverarbeiter</h1>
      <p><strong>Hetzner Online GmbH</strong><br>Standort: Deutschland<br>Zweck: Hosting<br>Webseite: https://www.hetzner.com</p>
      <h3>Twilio Inc.</h3><p>Localisation : États-Unis</p><p>Finalité : SMS</p>`),
    );
    expect(plain(r.registry.subprocessors)).to.deep.equal([
      { name: 'Hetzner Online GmbH', purpose: 'Hosting', dataLocations: ['DE'], url: 'https://www.hetzner.com' },
      { name: 'Twilio Inc.', purpose: 'SMS', dataLocations: ['US'] },
    ]);
    expect(r.registry.title).to.equal('Unterauftragsverarbeiter');
  });

  it('reads a title row above the header, and rows that name a section across the table', () => {
    const r = convert(
      page(`<h2>Our vendors</h2><table><tr><th colspan="3">Sub-processors (as of 2025)</th></tr><tr><th>Vendor</th><th>Purpose</th><th>Location</th></tr>
      <tr><td colspan="3"><strong>Infrastructure</strong></td></tr><tr><td>Hetzner</td><td>Hosting</td><td>DE</td></tr>
      <tr><td colspan="3"><strong>Support</strong></td></tr><tr><td>Zendesk</td><td>Tickets</td><td>US</td></tr></table>`),
    );
    expect(plain(r.registry)).to.deep.equal({
      version: 1,
      title: 'Sub-processors',
      groups: [
        { id: 'infrastructure', title: 'Infrastructure' },
        { id: 'support', title: 'Support' },
      ],
      subprocessors: [
        { name: 'Hetzner', purpose: 'Hosting', dataLocations: ['DE'], group: 'infrastructure' },
        { name: 'Zendesk', purpose: 'Tickets', dataLocations: ['US'], group: 'support' },
      ],
    });
  });

  it('takes merged cells where the page shows them', () => {
    const { blocks } = readHtml(`<table><tr><th>Vendor</th><th>Purpose</th><th>Location</th></tr>
      <tr><td rowspan="2">Amazon Web Services</td><td>Hosting</td><td>Ireland</td></tr>
      <tr><td>Backups</td><td>Germany</td></tr><tr><td colspan="2">Stripe</td><td>USA</td></tr></table>`);
    const table = blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows.map((r) => r.map((c) => c.text))).to.deep.equal([
      ['Vendor', 'Purpose', 'Location'],
      ['Amazon Web Services', 'Hosting', 'Ireland'],
      ['Amazon Web Services', 'Backups', 'Germany'],
      ['Stripe', '', 'USA'],
    ]);
  });

  it('reads the legend of category codes into categories', () => {
    const r = convert(
      page(`<table><tr><th>Company</th><th>Purpose</th><th>Data categories</th></tr><tr><td>Intercom</td><td>Support</td><td>U1 U3</td></tr></table>
      <h2>Categories</h2><table><tr><th>Code</th><th>Subject</th><th>Label</th><th>Direct</th><th>Indirect</th></tr>
      <tr><td>U1</td><td>User</td><td>Name</td><td>Ja</td><td>-</td></tr><tr><td>U3</td><td>User</td><td>Contact</td><td>No</td><td>perhaps</td></tr></table>`),
    );
    expect(plain(r.registry.categories)).to.deep.equal([
      { code: 'U1', subject: 'User', label: 'Name', direct: 'yes' },
      { code: 'U3', subject: 'User', label: 'Contact', direct: 'no' },
    ]);
    expect(r.warnings.map((w) => w.message)).to.deep.equal([`table 2, row 3, column 'Indirect': "perhaps" is not yes, no or maybe; left out (categories[1].indirect)`]);
  });

  it('tells a legend with a "Name" column from a table of vendors', () => {
    const r = convert(
      page(`<table><tr><th>Vendor</th><th>Categories</th></tr><tr><td>Intercom</td><td>C1</td></tr></table>
      <table><tr><th>Code</th><th>Name</th><th>Direct personal data</th></tr><tr><td>C1</td><td>Contact details</td><td>yes</td></tr></table>`),
    );
    expect(r.registry.subprocessors.map((e) => e.name)).to.deep.equal(['Intercom']);
    expect(plain(r.registry.categories)).to.deep.equal([{ code: 'C1', label: 'Contact details', direct: 'yes' }]);
  });

  it('skips scripts, styles, templates, hidden parts, forms and SVG', () => {
    const r = convert(
      page(`<script>document.write("<table><tr><td>Vendor</td><td>Purpose</td></tr><tr><td>Evil</td><td>x</td></tr></table>")</script>
      <style>td::after { content: "Location: Mars" }</style><template><table><tr><th>Vendor</th><th>Purpose</th></tr><tr><td>Ghost</td><td>x</td></tr></table></template>
      <div hidden><h2>Old</h2><p><b>Gone Ltd</b></p><p>Purpose: gone</p></div><div style="display: none"><p><b>Also gone</b></p><p>Purpose: x</p></div>
      <svg><text>Purpose: drawing</text></svg><select><option>Vendor</option></select>
      <table><tr><th>Vendor</th><th>Purpose</th></tr><tr><td>Real GmbH</td><td>Hosting</td></tr></table>`),
    );
    expect(r.registry.subprocessors.map((e) => e.name)).to.deep.equal(['Real GmbH']);
  });

  it('decodes entities, and keeps only web and mail links, resolved against the page', () => {
    const r = convert(`<!-- saved from url=(0035)https://acme.example/legal/vendors -->
      <html><body><table><tr><th>Vendor</th><th>DPA</th><th>Website</th></tr>
      <tr><td>Caf&eacute; &amp; Co &#8211; S.A.</td><td><a href="/legal/cafe-dpa.pdf">DPA</a></td><td><a href="javascript:alert(1)">site</a></td></tr></table></body></html>`);
    expect(plain(r.registry.subprocessors)).to.deep.equal([{ name: 'Café & Co – S.A.', dpa: 'https://acme.example/legal/cafe-dpa.pdf', url: 'site' }]);
  });

  it('closes what the markup leaves open, as browsers do', () => {
    const r = convert(page(`<table><tr><th>Vendor<th>Purpose<tr><td>One<td>Hosting<tr><td>Two<td>Email</table><ul><li><b>Three<li>Location: DE</ul>`));
    expect(plain(r.registry.subprocessors)).to.deep.equal([
      { name: 'One', purpose: 'Hosting' },
      { name: 'Two', purpose: 'Email' },
      { name: 'Three', dataLocations: ['DE'] },
    ]);
  });

  it('says when a page has no sub-processors, and which tables it passed over', () => {
    const r = convert(page('<h1>Cookies</h1><table><tr><th>Cookie</th><th>Expiry</th></tr><tr><td>_ga</td><td>2 years</td></tr></table>'));
    expect(r.registry.subprocessors).to.deep.equal([]);
    expect(r.warnings.map((w) => w.message)).to.deep.equal([
      "table 1 (line 1): its columns ('Cookie', 'Expiry') name no sub-processor field; skipped",
      'no table of sub-processors and no list of them ("Name" followed by "Location: …", "Purpose: …" lines) was found',
    ]);
  });

  it('reads deep, broken and huge markup in linear time', () => {
    const cases = [
      (n: number) => '<div>'.repeat(n),
      (n: number) => '<b><i>'.repeat(n) + 'x' + '</span>'.repeat(n),
      (n: number) => '<ul><li><a href="https://x.example">'.repeat(n),
      (n: number) => '<table><tr><td>'.repeat(n),
      (n: number) => '<p>Purpose: x</p>'.repeat(n),
      (n: number) => '<!--'.repeat(n) + '<' + '&amp;'.repeat(n),
      (n: number) => `<table><tr><th>Vendor</th><th>Location</th></tr>${'<tr><td>V</td><td>Germany, Finland</td></tr>'.repeat(n)}</table>`,
    ];
    for (const make of cases) {
      const small = make(2_000);
      const large = make(16_000);
      const t1 = timed(() => convert(small, { format: 'html' }));
      const t2 = timed(() => convert(large, { format: 'html' }));
      expect(t2, make(1).slice(0, 40)).to.be.below(Math.max(20 * t1, 40) + 400);
    }
  });
});

describe('page text', () => {
  it('reads Markdown: headings as sections, pipe tables, links', () => {
    const r = convert(`# Sub-processors\n\nWe use these vendors.\n\n## Hosting\n\n| Vendor | Purpose | Location | Website |\n|---|---|---|---|\n| [Hetzner](https://www.hetzner.com) | Hosting \\| storage | Germany, Finland | |\n`);
    expect(r.format).to.equal('text');
    expect(plain(r.registry)).to.deep.equal({
      version: 1,
      title: 'Sub-processors',
      intro: 'We use these vendors.',
      groups: [{ id: 'hosting', title: 'Hosting' }],
      subprocessors: [{ name: 'Hetzner', purpose: 'Hosting | storage', dataLocations: ['DE', 'FI'], url: 'https://www.hetzner.com', group: 'hosting' }],
    });
  });

  it('reads a table copied from a browser (tab-separated)', () => {
    const r = convert('Our sub-processors\n\nCompany\tPurpose\tData location\nTwilio Inc.\tSMS\tUSA\nHetzner\tHosting\tDeutschland\n', { format: 'text' });
    expect(r.registry.subprocessors.map((e) => [e.name, e.dataLocations])).to.deep.equal([
      ['Twilio Inc.', ['US']],
      ['Hetzner', ['DE']],
    ]);
  });

  it('tells headings from sentences by what follows them', () => {
    const { blocks } = readText('Subprocessors\n\nEverything you need to know\n\n  • Gsuite, DPA\n\n    • Location: USA\n');
    expect(blocks.map((b) => (b.kind === 'para' ? [b.text, b.depth, b.item, !!b.candidate] : b.kind))).to.deep.equal([
      ['Subprocessors', 0, false, true],
      ['Everything you need to know', 0, false, true],
      ['Gsuite, DPA', 3, true, false],
      ['Location: USA', 5, true, false],
    ]);
  });

  it('reads long and hostile text in linear time', () => {
    const cases = [
      (n: number) => '['.repeat(n),
      (n: number) => '[a]('.repeat(n),
      (n: number) => '<'.repeat(n),
      (n: number) => '| a '.repeat(n) + '\n|---|\n',
      (n: number) => `#${' '.repeat(n)}x`,
      (n: number) => `${' '.repeat(n)}• x`,
      (n: number) => '**'.repeat(n),
      (n: number) => 'Vendor\tPurpose\n' + 'x\ty\n'.repeat(n),
      (n: number) => '  • Name\n    • Location: US\n'.repeat(n),
    ];
    for (const make of cases) {
      const t1 = timed(() => convert(make(4_000), { format: 'text' }));
      const t2 = timed(() => convert(make(32_000), { format: 'text' }));
      expect(t2, make(2).slice(0, 30)).to.be.below(Math.max(20 * t1, 40) + 400);
    }
  });
});
