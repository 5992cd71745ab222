import { expect } from '@open-wc/testing';
import { columnShares, usedColumns } from '../../src/lib/columns.js';
import { memo } from '../../src/lib/memo.js';
import type { Subprocessor } from '../../src/lib/types.js';

const entries: Subprocessor[] = Array.from({ length: 1000 }, (_, i) => ({
  name: `Vendor ${i}`,
  purpose: 'A purpose long enough to need a wide column for its words',
  retention: '30 days',
  dpa: i % 2 ? 'https://example.com/dpa' : undefined,
}));

describe('columnShares', () => {
  it('gives longer texts a larger share, within 1 to 4', () => {
    const [name, purpose, retention, dpa] = columnShares(entries, ['name', 'purpose', 'retention', 'dpa']);
    expect(purpose).to.be.greaterThan(name);
    expect(name).to.be.greaterThan(retention);
    expect(dpa).to.equal(1);
    for (const s of [name, purpose, retention, dpa]) expect(s).to.be.within(1, 4);
  });
  it('copes with no entries and with empty columns', () => {
    expect(columnShares([], ['name', 'notes'])).to.deep.equal([1, 1]);
    expect(columnShares(entries, ['notes'])).to.deep.equal([1]);
    expect(usedColumns(entries)).to.deep.equal(['name', 'purpose', 'retention', 'dpa']);
  });
});

describe('memo', () => {
  it('computes once per key, and starts afresh when full', () => {
    let calls = 0;
    const f = memo((k) => {
      calls++;
      return k.length;
    }, 2);
    expect([f('a'), f('a'), f('bb'), f('bb')]).to.deep.equal([1, 1, 2, 2]);
    expect(calls).to.equal(2);
    f('ccc'); // full: forgets a and bb
    f('a');
    expect(calls).to.equal(4);
  });
  it('remembers undefined answers too', () => {
    let calls = 0;
    const f = memo(() => {
      calls++;
      return undefined;
    });
    f('x');
    f('x');
    expect(calls).to.equal(1);
  });
});
