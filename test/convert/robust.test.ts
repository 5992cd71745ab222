/**
 * Nothing the converter is given makes it throw, and what it gives back is
 * always a registry the validator reads (at worst with a reference to a
 * group the input named by id alone). Bad input is a warning.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { convert, sniffFormat, summarize } from '../../src/convert/index.js';
import { validateRegistry } from '../../src/lib/registry.js';
import { UniqueIds } from '../../src/convert/text.js';
import { plain, timed } from './helpers.js';

const STRUCTURAL = new Set(['type', 'required', 'format', 'value']);

function sound(input: string, options: Parameters<typeof convert>[1] = {}): void {
  const r = convert(input, options);
  const check = validateRegistry(plain(r.registry));
  expect(check.ok).to.equal(true);
  expect(check.ok && check.problems.filter((p) => STRUCTURAL.has(p.kind))).to.deep.equal([]);
  for (const w of r.warnings) expect(w.message).to.be.a('string').and.not.equal('');
  expect(r.warnings.some((w) => w.message.startsWith('the converter failed'))).to.equal(false);
  expect(summarize(r)).to.be.a('string');
}

// Pieces real inputs are made of, to reach deep into each reader's states.
const HTML_PIECES = ['<table>', '<tr>', '<td>', '<th>', '</td>', '</tr>', '</table>', '<ul>', '<li>', '</ul>', '<h2>', '</h2>', '<p>', '</p>', '<br>', '<b>', '</b>',
  '<a href="https://x.example">', '<a href="/rel">', '</a>', '<script>', '</script>', '<div hidden>', '</div>', '<caption>', '<td rowspan="3">', '<td colspan="99999">',
  '<!--', '-->', '&amp;', '&#0;', '&#x110000;', 'Vendor', 'Purpose', 'Location: ', 'Germany, Finland', 'Name: ', '01/02/2024', 'x (y)', 'DPA', ',', '\n', '"'];
const TEXT_PIECES = ['| ', ' |', '|---|---|\n', '\n', '  • ', '- ', '# ', '## ', '**', '[', ']', '(', ')', 'https://x.example', '<', '>', '\t', 'Vendor', 'Purpose',
  'Location: ', 'Name: ', 'US and EU', '---\n', 'title: x\n', '```', 'DPA', ', '];
const CSV_PIECES = ['"', '""', ',', ';', '\t', '|', '\r\n', '\n', '\r', 'Name', 'Vendor', 'Purpose', 'Date added', 'Section', 'Group id', 'Category codes',
  'Data categories', 'Purpose (de)', 'x-secret', 'None', '-', "'=1", '01/02/2024', 'Jan 3, 2025', 'US / EU', 'Twilio (SMS)', ' ', '\uFEFF'];

const made = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((p) => p.join(''));

describe('robustness', () => {
  it('never throws on any text, in any format', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('auto', 'csv', 'html', 'text') as fc.Arbitrary<'auto'>, (input, format) => {
        sound(input, { format });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on inputs made of the pieces real pages and sheets are made of', () => {
    fc.assert(fc.property(made(HTML_PIECES), (input) => sound(input, { format: 'html' })), { numRuns: 300 });
    fc.assert(fc.property(made(TEXT_PIECES), (input) => sound(input, { format: 'text' })), { numRuns: 300 });
    fc.assert(fc.property(made(CSV_PIECES), (input) => sound(input, { format: 'csv' })), { numRuns: 300 });
    fc.assert(fc.property(made([...CSV_PIECES, ...TEXT_PIECES, ...HTML_PIECES]), (input) => sound(input)), { numRuns: 200 });
  });

  it('never throws on any existing registry or option', () => {
    const options = fc.record(
      {
        into: fc.oneof(fc.anything(), fc.constant({ subprocessors: [{ name: 'Acme', service: { en: 'A' } }], groups: [{ id: 'g', title: { de: 'G' } }] })),
        dateOrder: fc.constantFrom('dmy', 'mdy', 'ydm', '') as fc.Arbitrary<'dmy'>,
        publicColumns: fc.array(fc.string()),
        language: fc.string(),
        delimiter: fc.string({ maxLength: 3 }),
        title: fc.string(),
        owner: fc.string(),
        ownerUrl: fc.string(),
        updated: fc.string(),
        dpa: fc.string(),
        subscribe: fc.string(),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(made(CSV_PIECES), options, (input, o) => sound(`Name,Service,Group\nAcme,A,G\n${input}`, o)), { numRuns: 300 });
  });

  it('takes what it is given even when it is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['a']]) {
      expect(() => convert(value as unknown as string)).to.not.throw();
    }
  });

  it('tells the formats apart', () => {
    expect(sniffFormat('<!DOCTYPE html><html>')).to.equal('html');
    expect(sniffFormat('\uFEFF  <table><tr><td>x</td></tr></table>')).to.equal('html');
    expect(sniffFormat('Name;Purpose\nAcme;Hosting\n')).to.equal('csv');
    expect(sniffFormat('Sub-processors\n\nAcme is our host, in Germany, since 2020.\n')).to.equal('text');
    expect(sniffFormat('Title of the sheet,,\n,,\nName,Purpose,Location\nAcme,Hosting,DE\n')).to.equal('csv');
    expect(sniffFormat('Name\nAcme\nBeta\n')).to.equal('csv');
    expect(sniffFormat('| Name | Purpose |\n|---|---|\n| Acme | Hosting |\n')).to.equal('text');
  });

  it('skips a title row above the header', () => {
    const r = convert('Acme sub-processors,,\n,,\nName,Purpose,Location\nHetzner,Hosting,DE\n');
    expect(plain(r.registry.subprocessors)).to.deep.equal([{ name: 'Hetzner', purpose: 'Hosting', dataLocations: ['DE'] }]);
  });

  it('converts a 50 KB cell of spaces, and a megabyte of sheet, page or text, in time linear in its length', () => {
    const spaces = `Name,Data locations,Categories\nAcme,${' '.repeat(50_000)}x${' '.repeat(50_000)},${' '.repeat(50_000)}\n`;
    expect(timed(() => convert(spaces))).to.be.below(500);
    const row = 'Twilio Inc. (Twilio);"Communication; SMS";US and EU;United States;U3 U10;15/01/2024;Ops\n';
    const csv = (n: number) => `Company;Purpose;Data location;HQ;Data categories;Date added;Internal owner\n${row.repeat(n)}`;
    const html = (n: number) => `<table><tr><th>Vendor</th><th>Location</th><th>Date added</th></tr>${'<tr><td><a href="https://x.example">V</a></td><td>Germany, Finland</td><td>Jan 3, 2025</td></tr>'.repeat(n)}</table>`;
    const text = (n: number) => '  • Gsuite, DPA\n    • Location: USA\n    • Purpose: back office operations\n'.repeat(n);
    for (const [make, n] of [[csv, 1_000], [html, 1_000], [text, 1_000]] as const) {
      const t1 = timed(() => convert(make(n)), 2);
      const t8 = timed(() => convert(make(8 * n)), 2);
      expect(t8, make(1).slice(0, 30)).to.be.below(Math.max(16 * t1, 50) + 500);
    }
    expect(timed(() => convert(csv(12_000)), 1)).to.be.below(8_000);
    // A header far wider than its rows: the work follows the cells there are.
    const wide = (n: number) => `Name,${Array.from({ length: n }, (_, i) => `Column ${i}`).join(',')}\n${'Acme\n'.repeat(n)}`;
    const w1 = timed(() => convert(wide(1_000)), 2);
    const w8 = timed(() => convert(wide(8_000)), 2);
    expect(w8).to.be.below(Math.max(16 * w1, 50) + 500);
    // Merging: a name that repeats in every row, and a new section in every row.
    const same = (n: number) => `Name,Purpose,Section\n${Array.from({ length: n }, (_, i) => `Microsoft,Hosting ${i},Section ${i}`).join('\n')}`;
    const into = (n: number) => ({ subprocessors: Array.from({ length: n }, () => ({ name: 'Microsoft' })) });
    const m1 = timed(() => convert(same(1_000), { into: into(1_000) }), 2);
    const m8 = timed(() => convert(same(8_000), { into: into(8_000) }), 2);
    expect(m8).to.be.below(Math.max(16 * m1, 50) + 500);
    // Headers that all make the same key, and ids that all start from the same slug.
    const owners = (n: number) => `Name,${'Owner,'.repeat(n)}\nAcme\n`;
    const o1 = timed(() => convert(owners(5_000)), 2);
    const o8 = timed(() => convert(owners(40_000)), 2);
    expect(o8).to.be.below(Math.max(16 * o1, 50) + 500);
    const ids = new UniqueIds();
    expect(timed(() => { for (let i = 0; i < 100_000; i++) ids.claim('ops'); }, 1)).to.be.below(500);
    expect(ids.claim('ops')).to.equal('ops-100001');
  });
});
