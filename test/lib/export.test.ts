import { expect } from '@open-wc/testing';
import { toCsv, toMarkdown } from '../../src/lib/export.js';

const csvRow = (value: string) => toCsv(['H'], [[value]]).replace(/^\uFEFFH\r\n/, '').replace(/\r\n$/, '');

describe('CSV export is data, never a formula', () => {
  it('quotes fields with tabs, so a tab-aware import keeps them in one cell', () => {
    expect(csvRow('a\tb')).to.equal('"a\tb"');
    expect(csvRow('x\t=HYPERLINK("https://evil.example")')).to.equal('"x\t=HYPERLINK(""https://evil.example"")"');
  });

  it('defuses formulas after a leading line break, tab or spaces', () => {
    for (const value of ['\n=1+1', '\r\n=1+1', '\t=1+1', '  =1+1', '\n+1', '＝1+1', '@SUM(A1)', '-2+3']) {
      const field = csvRow(value);
      const inner = field.startsWith('"') ? field.slice(1, -1) : field;
      expect(inner.startsWith("'"), JSON.stringify(value)).to.be.true;
    }
    expect(csvRow('Twilio Inc.')).to.equal('Twilio Inc.');
  });
});

describe('Markdown export is data, never markup', () => {
  const cell = (value: string) => toMarkdown(['H'], [[value]]).split('\n')[2];

  it('escapes links, images, raw HTML, entities and emphasis', () => {
    expect(cell('[Our DPA](https://evil.example)')).to.equal('| \\[Our DPA\\](https\\://evil.example) |');
    expect(cell('![x](y)')).to.equal('| \\!\\[x\\](y) |');
    expect(cell('<img src=x onerror=alert(1)>')).to.equal('| \\<img src=x onerror=alert(1)\\> |');
    expect(cell('&lt;b&gt;')).to.equal('| \\&lt;b\\&gt; |');
    expect(cell('*bold* _it_ `code` ~~del~~')).to.equal('| \\*bold\\* \\_it\\_ \\`code\\` \\~\\~del\\~\\~ |');
    expect(cell('www.evil.example and https://evil.example')).to.equal('| www\\.evil.example and https\\://evil.example |');
  });

  it('keeps ordinary text readable, and a cell on one line', () => {
    expect(cell('Twilio Inc. (US), SCCs; 30 days')).to.equal('| Twilio Inc. (US), SCCs; 30 days |');
    expect(cell('a\r\nb\u2028c')).to.equal('| a b c |');
  });

  it('is linear on long runs of spaces', () => {
    const start = performance.now();
    toMarkdown(['H'], [[`a${' '.repeat(200_000)}b`]]);
    expect(performance.now() - start).to.be.below(500);
  });
});
