/**
 * Spreadsheets as their owners export them: a messy vendor sheet from
 * LibreOffice and from Google Sheets, GitHub's list as a semicolon CSV, a
 * German Excel file, a CSV edited by hand. Each converts to a registry the
 * validator accepts with no problem; what is wrong in the file is a
 * warning naming its row and column.
 */
import { expect } from '@open-wc/testing';
import { convert, summarize } from '../../src/convert/index.js';
import { validateRegistry } from '../../src/lib/registry.js';
import type { LocalizedText, Registry as Reg } from '../../src/lib/types.js';

type Registry = Reg<LocalizedText>;
import { importFixture, json, plain } from './helpers.js';

function validates(registry: unknown): void {
  const check = validateRegistry(plain(registry));
  expect(check.ok).to.equal(true);
  expect(check.ok && check.problems).to.deep.equal([]);
}

/** The messy sheet, whichever program saved it. */
const MESSY: Registry = {
  version: 1,
  groups: [
    { id: 'customer-support', title: 'Customer support' },
    { id: 'infrastructure', title: 'Infrastructure' },
    { id: 'monitoring', title: 'Monitoring' },
  ],
  subprocessors: [
    {
      name: 'Twilio Inc.', purpose: 'Communication; SMS alerts', entityLocation: 'US', dataLocations: ['US', 'EU'], transfer: 'SCCs',
      dpa: 'https://www.twilio.com/legal/data-protection-addendum', url: 'https://www.twilio.com', group: 'customer-support', added: '2024-01-15',
      'x-internal-owner': 'Ops (Maria)', 'x-annual-cost': '12,400 €',
    },
    {
      name: 'Hetzner Online GmbH', purpose: 'Hosting', entityLocation: 'DE', dataLocations: ['DE', 'FI'], dpa: 'on request',
      url: 'https://www.hetzner.com', group: 'infrastructure', added: '2023-03-01', 'x-internal-owner': 'Platform team', 'x-annual-cost': '3,100 €',
    },
    {
      name: 'Amazon Web Services EMEA SARL', purpose: 'Hosting, backups\nand storage', entityLocation: 'LU', dataLocations: ['US', 'EU'],
      transfer: 'EU-US DPF, SCCs', dpa: 'https://d1.awsstatic.com/legal/aws-dpa/aws-dpa.pdf', url: 'https://aws.amazon.com', group: 'infrastructure',
      added: '2025-01-03', 'x-internal-owner': 'Platform team', 'x-annual-cost': '41,000 €',
    },
    {
      name: 'Zendesk, Inc.', purpose: 'Customer support "tickets" and chat', entityLocation: 'US', dataLocations: ['DE', 'IE'], transfer: 'EU-US DPF',
      dpa: 'https://www.zendesk.com/company/agreements-and-terms/data-processing-agreement/', url: 'https://www.zendesk.com', group: 'customer-support',
      added: '2025-01-03', 'x-internal-owner': 'Support', 'x-annual-cost': '8,900 €',
    },
    {
      name: 'Functional Software, Inc. (Sentry)', purpose: 'Error monitoring', entityLocation: 'US', dataLocations: ['US'], transfer: 'SCCs',
      url: 'https://sentry.io', group: 'monitoring', added: '2024-02-01', 'x-internal-owner': 'Dev',
    },
    {
      name: 'Mailchimp', purpose: 'Newsletters', entityLocation: 'US', dataLocations: ['US'], dpa: 'https://mailchimp.com/legal/data-processing-addendum/',
      url: 'https://mailchimp.com', group: 'customer-support', added: '2024-06-30', 'x-internal-owner': 'Marketing', 'x-annual-cost': '1,200 €',
    },
    {
      name: 'Personio SE & Co. KG', purpose: 'HR administration', entityLocation: 'DE', dataLocations: ['DE'], dpa: 'https://www.personio.com/legal/dpa/',
      url: 'www.personio.com', group: 'infrastructure', added: '2024-02-12', 'x-internal-owner': 'People',
    },
  ],
};

describe('a messy vendor spreadsheet', () => {
  for (const file of ['vendors-libreoffice.csv', 'vendors-google-sheets.csv']) {
    it(`${file}: every value read as the registry writes it`, async () => {
      const r = convert(await importFixture(file));
      expect(r.format).to.equal('csv');
      expect(plain(r.registry)).to.deep.equal(MESSY);
    });

    it(`${file}: passes the validator with no problem`, async () => {
      validates(convert(await importFixture(file)).registry);
    });

    it(`${file}: the unknown columns are kept private, and listed`, async () => {
      const r = convert(await importFixture(file));
      expect(r.privateColumns).to.deep.equal(['Internal owner', 'Annual cost']);
      expect(summarize(r)).to.equal('7 entries, 3 groups; 1 warning; kept private: Internal owner, Annual cost');
      const published = r.registry.subprocessors.map((e) => Object.entries(e).filter(([k]) => !k.startsWith('x-')).map(([, v]) => JSON.stringify(v)).join(' '));
      expect(published.join(' ')).to.not.match(/Maria|Platform team|€/);
    });

    it(`${file}: the row without a name is a warning with its spreadsheet row`, async () => {
      const r = convert(await importFixture(file));
      expect(r.warnings).to.deep.equal([
        { message: "row 8, column 'Name of Subprocessor': no name; the row is skipped", where: 'row 8', column: 'Name of Subprocessor', row: 8 },
      ]);
    });
  }

  it('publishes a column when asked, as notes', async () => {
    const r = convert(await importFixture('vendors-libreoffice.csv'), { publicColumns: ['internal owner'] });
    expect(r.privateColumns).to.deep.equal(['Annual cost']);
    expect(r.registry.subprocessors[0].notes).to.equal('Internal owner: Ops (Maria)');
    expect(r.registry.subprocessors[0]).to.not.have.property('x-internal-owner');
    validates(r.registry);
  });

  it('says when a column to publish is not there', async () => {
    const r = convert(await importFixture('vendors-libreoffice.csv'), { publicColumns: ['Cost centre'] });
    expect(r.warnings.map((w) => w.message)).to.include("option publicColumns: no column 'Cost centre' in the input");
  });

  it("names the row and column of a date it cannot read, and the JSON path: \"row 7, column 'Date added'\"", async () => {
    const csv = (await importFixture('vendors-libreoffice.csv')).replace('01.02.2024', '31/02/2024');
    const r = convert(csv);
    expect(r.warnings.map((w) => w.message)).to.include(`row 7, column 'Date added': "31/02/2024" is no calendar date; left out (subprocessors[4].added)`);
    expect(r.registry.subprocessors[4]).to.not.have.property('added');
    expect(summarize(r)).to.contain('; 2 warnings;');
  });
});

describe("GitHub's list as a semicolon CSV and as Markdown", () => {
  let github: Registry;
  before(async () => {
    github = await json<Registry>('/test/fixtures/real/github.json');
  });

  for (const file of ['github-subprocessors.csv', 'github-subprocessors.md']) {
    it(`${file}: GitHub's column names read into the 30 entries of the fixture, in its two groups`, async () => {
      const r = convert(await importFixture(file));
      expect(r.format).to.equal(file.endsWith('.csv') ? 'csv' : 'text');
      expect(r.warnings).to.deep.equal([]);
      expect(r.privateColumns).to.deep.equal([]);
      const pick = (reg: Registry) => reg.subprocessors.map((e) => ({ name: e.name, dataLocations: e.dataLocations, entityLocation: e.entityLocation }));
      expect(pick(r.registry)).to.deep.equal(pick(github));
      // The fixture's purposes are tidied ("two-factor"); the page's are kept as written.
      expect(r.registry.subprocessors[0].purpose).to.equal('Cloud Hosted Infrastructure, Data Hosting, AI Inference and AI Services');
      expect(r.registry.groups!.map((g) => g.title)).to.deep.equal(['Third Party Subprocessors', 'GitHub Subsidiaries']);
      const groupOf = (reg: Registry) => reg.subprocessors.map((e) => reg.groups!.findIndex((g) => g.id === e.group));
      expect(groupOf(r.registry)).to.deep.equal(groupOf(github));
      validates(r.registry);
    });
  }

  it('takes the Markdown page title from its front matter and the paragraphs before the first section as the intro', async () => {
    const { registry } = convert(await importFixture('github-subprocessors.md'));
    expect(registry.title).to.equal('GitHub Subprocessors');
    expect(registry.intro).to.match(/^GitHub defines customer data as all data provided by the customer/);
    expect(registry.intro).to.contain('contact us at privacy@github.com.');
  });

  it('keeps names such as "Microsoft (Azure)" whole when not every name is written that way', async () => {
    const { registry } = convert(await importFixture('github-subprocessors.csv'));
    expect(registry.subprocessors.filter((e) => e.name === 'Microsoft (Azure)')).to.have.length(2);
    expect(registry.subprocessors.some((e) => e.service)).to.equal(false);
  });
});

describe('a German Excel file', () => {
  it('reads German column names, country names and dates', async () => {
    const r = convert(await importFixture('lieferanten-excel.csv'));
    expect(r.warnings).to.deep.equal([]);
    expect(r.privateColumns).to.deep.equal(['Kostenstelle']);
    const [hetzner, twilio, mailjet, personio] = r.registry.subprocessors;
    expect(plain(hetzner)).to.deep.equal({
      name: 'Hetzner Online GmbH', purpose: 'Hosting und Speicherung', entityLocation: 'DE', dataLocations: ['DE'], dpa: 'auf Anfrage',
      url: 'https://www.hetzner.com', added: '2024-01-15', notes: 'Rechenzentren in Falkenstein und Nürnberg', 'x-kostenstelle': '4711',
    });
    expect([twilio.dataLocations, twilio.entityLocation, twilio.transfer, twilio.added]).to.deep.equal([['US', 'EU'], 'US', 'Standardvertragsklauseln (SCC)', '2025-03-03']);
    expect([mailjet.dataLocations, mailjet.added]).to.deep.equal([['FR', 'DE'], '2023-07-01']);
    expect([personio.dataLocations, personio.added]).to.deep.equal([['DE', 'IE'], '2022-10-02']);
    validates(r.registry);
  });
});

describe('a CSV edited by hand', () => {
  it('reports short and long rows with their row numbers, and an ambiguous date by its cell', async () => {
    const r = convert(await importFixture('hand-edited.csv'));
    expect(r.warnings.map((w) => w.message)).to.deep.equal([
      "row 3: has 3 of the header's 4 cells; the missing ones are read as empty",
      'row 4: has 2 more cells than the header names; they are left out',
      `row 5, column 'Date added': "01/02/2024" could be 1 February 2024 (day first) or 2 January 2024 (month first); left out: set the date order (dateOrder 'dmy' or 'mdy') (subprocessors[3].added)`,
    ]);
    expect(r.registry.subprocessors.map((e) => e.name)).to.deep.equal(['Acme Hosting', 'Beta Mail', 'Gamma CRM', 'Delta "Quoted" Ltd']);
    expect(r.registry.subprocessors[3].purpose).to.equal('Support\n(second line)');
    validates(r.registry);
  });

  it('counts in words: "1 more cell", "1 warning"', () => {
    const r = convert('Name,Purpose\nAcme,Hosting,extra\n');
    expect(r.warnings.map((w) => w.message)).to.deep.equal(['row 2: has 1 more cell than the header names; it is left out']);
    expect(summarize(r)).to.equal('1 entry; 1 warning');
  });

  it('settles the ambiguous date with dateOrder', async () => {
    const text = await importFixture('hand-edited.csv');
    expect(convert(text, { dateOrder: 'dmy' }).registry.subprocessors[3].added).to.equal('2024-02-01');
    expect(convert(text, { dateOrder: 'mdy' }).registry.subprocessors[3].added).to.equal('2024-01-02');
    expect(convert(text, { dateOrder: 'dmy' }).warnings).to.have.length(2);
  });

  it('settles it by the other dates of the file when they show the order', () => {
    const r = convert('Name,Date added\nA,01/02/2024\nB,25/12/2023\n');
    expect(r.warnings).to.deep.equal([]);
    expect(r.registry.subprocessors.map((e) => e.added)).to.deep.equal(['2024-02-01', '2023-12-25']);
  });
});
