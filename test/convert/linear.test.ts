/**
 * Every pattern that reads input text runs in time linear in its length.
 * The readers that replaced a backtracking pattern give the pattern's own
 * answer on any short text (property tests against the old pattern, which
 * is fine on short text), and a long text costs what its length costs.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { convert } from '../../src/convert/index.js';
import { tagged } from '../../src/convert/columns.js';
import { postedAgo, separators, stripSite, updatedDate } from '../../src/convert/document.js';
import { nameAndService } from '../../src/convert/rows.js';
import { readDate } from '../../src/convert/dates.js';
import { plain, timed } from './helpers.js';

// The patterns as they were: the oracles, on short text only.
const OLD_TRAILER = /\s*(?:,|\s[-–—|]\s)\s*/g;
const OLD_TAG = /^(.*\S)\s*\(\s*([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\s*\)\s*$/;
const OLD_NAME_SERVICE = /^(.*\S)\s*\(([^()]+)\)$/;
const OLD_SITE = /^(.{3,}?)\s+[|–—-]\s+[^|–—-]{2,}$/;
const OLD_UPDATED =
  /^(?:last\s+)?(?:updated|modified|revised|effective|stand|zuletzt\s+aktualisiert|aktualisiert(?:\s+am)?|letzte\s+aktualisierung|mis\s+à\s+jour(?:\s+le)?|dernière\s+mise\s+à\s+jour|laatst\s+bijgewerkt(?:\s+op)?|bijgewerkt(?:\s+op)?|última\s+actualización|actualizado(?:\s+el)?)\s*(?:on|am|le|op|el)?\s*[:\-–]?\s*(.{4,60})$/i;
const OLD_AGO = /\b(updated|written|posted|published)\b.*\bago\b/i;

function oldUpdated(text: string): string | undefined {
  if (text.length > 120) return undefined;
  const m = OLD_UPDATED.exec(text);
  if (!m) return undefined;
  const reading = readDate(m[1].replace(/[.)]+$/, ''));
  return 'iso' in reading ? reading.iso : undefined;
}

const PIECES = [' ', '  ', '\t', ',', ', ', ' - ', ' – ', ' | ', '-', '|', '(', ')', '(de)', '(pt-BR)', '(EU)', 'a', 'Purpose', 'Twilio', 'DPA', 'Inc.', ':', 'on ', 'Updated', 'Last updated', 'ago', '5 May 2025', '15.01.2024', '.', '\n', 'x'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(''));
const runs = { numRuns: 3000 };

describe('linear readers', () => {
  it("find a name line's separators where the old pattern did", () => {
    fc.assert(
      fc.property(text, (t) => {
        const want = [...t.matchAll(OLD_TRAILER)].map((m) => ({ cut: m.index!, rest: m.index! + m[0].length }));
        expect(separators(t)).to.deep.equal(want);
      }),
      runs,
    );
  });

  it('read "Purpose (de)", "Twilio Inc. (Twilio)" and "Page – Site" as the old patterns did', () => {
    fc.assert(
      fc.property(text, (t) => {
        const tag = OLD_TAG.exec(t);
        expect(tagged(t), JSON.stringify(t)).to.deep.equal(tag ? { base: tag[1], tag: tag[2] } : undefined);
        const ns = OLD_NAME_SERVICE.exec(t);
        expect(nameAndService(t), JSON.stringify(t)).to.deep.equal(ns ? { name: ns[1], service: ns[2] } : undefined);
        const site = OLD_SITE.exec(t);
        expect(stripSite(t), JSON.stringify(t)).to.equal((site ? site[1] : t).trim());
      }),
      runs,
    );
  });

  it('read "Last updated: 5 May 2025" and "Updated 3 days ago" as the old patterns did', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('', 'Updated', 'Last updated', 'zuletzt aktualisiert am', 'Mis à jour le'), (t, head) => {
        const line = head + t;
        expect(updatedDate(line), JSON.stringify(line)).to.equal(oldUpdated(line));
        expect(postedAgo(line), JSON.stringify(line)).to.equal(OLD_AGO.test(line));
      }),
      runs,
    );
  });

  it('convert long runs of spaces, parentheses and separators in every place a pattern looks, in linear time', () => {
    const spaces = (n: number) => ' '.repeat(n);
    const inputs: [string, (n: number) => string, object?][] = [
      // A categories column read as labels (there is a Data column): split at separators, not at `\s*,\s*`.
      ['labels', (n) => `Name,Data,Data categories\nAcme,Emails,"Contact details${spaces(n)}x, Usage"\n`],
      // Names "Name (Service)" with many "(".
      ['names', (n) => `Name,Purpose\n${`"A${'('.repeat(150)}b)",x\n`.repeat(n / 200)}`],
      // Headers "Purpose ((((…" that look like language columns.
      ['headers', (n) => `Name,${Array.from({ length: n / 200 }, (_, i) => `Purpose ${'('.repeat(100)}${i})`).join(',')}\nAcme\n`],
      // Name lines of a list page with spaces and commas before the DPA.
      ['name lines', (n) => `Vendor${' ,'.repeat(70)} DPA\nLocation: Germany\nPurpose: Hosting\n\n`.repeat(n / 200), { format: 'text' }],
      // "Last updated" followed by spaces, and page titles with spaces before a separator.
      ['updated', (n) => `# List\n\n${`Last updated${spaces(100)}\u0001\n\n`.repeat(n / 200)}| Name | Location |\n|---|---|\n| A | DE |\n`, { format: 'text' }],
      ['title', (n) => `<title>abc${spaces(290)}x</title><table><tr><th>Name</th><th>Location</th></tr>${'<tr><td>A</td><td>DE</td></tr>'.repeat(n / 200)}</table>`, { format: 'html' }],
      // Lines of spaces where the format sniffer looks for a Markdown rule.
      ['sniffer', (n) => `${Array.from({ length: 40 }, () => spaces(399)).join('\n')}\n${'x\n'.repeat(n / 10)}`],
    ];
    for (const [label, make, options] of inputs) {
      const t1 = timed(() => convert(make(20_000), options), 2);
      const t8 = timed(() => convert(make(160_000), options), 2);
      expect(t8, label).to.be.below(Math.max(16 * t1, 50) + 500);
    }
    // The case that was quadratic: 200 KB of spaces in one label cell, at once.
    const big = convert(`Name,Data,Data categories\nAcme,Emails,"Contact details${spaces(200_000)}x, Usage"\n`);
    expect(plain(big.registry.subprocessors[0].categories)).to.deep.equal([`Contact details${spaces(200_000)}x`, 'Usage']);
    expect(timed(() => convert(`Name,Data,Data categories\nAcme,Emails,"a${spaces(200_000)}x, b"\n`), 1)).to.be.below(1_000);
  });
});
