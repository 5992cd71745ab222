import { expect } from '@open-wc/testing';
import { formatSort, parseSort, sortEntries } from '../../src/lib/sort.js';
import { durationDays } from '../../src/lib/duration.js';
import type { Subprocessor } from '../../src/lib/types.js';

const names = (list: Subprocessor[]) => list.map((e) => e.name);

describe('parseSort / formatSort', () => {
  it('reads a column and an optional leading minus', () => {
    expect(parseSort('purpose')).to.deep.equal({ column: 'purpose', direction: 'ascending' });
    expect(parseSort('-name')).to.deep.equal({ column: 'name', direction: 'descending' });
    expect(parseSort(' data-locations ')).to.deep.equal({ column: 'data-locations', direction: 'ascending' });
    expect(parseSort('nonsense')).to.be.undefined;
    expect(parseSort('')).to.be.undefined;
    expect(formatSort({ column: 'retention', direction: 'descending' })).to.equal('-retention');
  });
});

describe('sortEntries', () => {
  it('collates in the language, case and accents not splitting the order, numbers numerically', () => {
    const list = ['émile', 'Zeta', 'alpha', 'Ärger', 'Vendor 10', 'Vendor 9', 'beta'].map((name) => ({ name }));
    expect(names(sortEntries(list, parseSort('name'), 'en'))).to.deep.equal(['alpha', 'Ärger', 'beta', 'émile', 'Vendor 9', 'Vendor 10', 'Zeta']);
    // Swedish puts Ä after Z.
    expect(names(sortEntries(list, parseSort('name'), 'sv')).at(-1)).to.equal('Ärger');
  });

  it('keeps empty cells last in both directions', () => {
    const list: Subprocessor[] = [{ name: 'A' }, { name: 'B', purpose: 'zz' }, { name: 'C', purpose: ' ' }, { name: 'D', purpose: 'aa' }];
    expect(names(sortEntries(list, parseSort('purpose'), 'en'))).to.deep.equal(['D', 'B', 'A', 'C']);
    expect(names(sortEntries(list, parseSort('-purpose'), 'en'))).to.deep.equal(['B', 'D', 'A', 'C']);
  });

  it('is stable: ties keep registry order, in both directions', () => {
    const list = ['one', 'two', 'three', 'four'].map((name, i) => ({ name, purpose: i % 2 ? 'Hosting' : 'hosting' }));
    expect(names(sortEntries(list, parseSort('purpose'), 'en'))).to.deep.equal(['one', 'two', 'three', 'four']);
    expect(names(sortEntries(list, parseSort('-purpose'), 'en'))).to.deep.equal(['one', 'two', 'three', 'four']);
  });

  it('sorts retention by duration where it parses, then as text', () => {
    const list = ['2 years', 'contract', '30 days', '7 days', '12 months', '1 week', 'until deletion', '90 Tage'].map((retention) => ({
      name: retention,
      retention,
    }));
    expect(names(sortEntries(list, parseSort('retention'), 'en'))).to.deep.equal([
      '7 days',
      '1 week',
      '30 days',
      '90 Tage',
      '12 months',
      '2 years',
      'contract',
      'until deletion',
    ]);
  });

  it('sorts locations by their displayed names', () => {
    const list: Subprocessor[] = [
      { name: 'a', entityLocation: 'US' },
      { name: 'b', entityLocation: 'DE' },
      { name: 'c', entityLocation: 'Worldwide' },
      { name: 'd', entityLocation: 'AT' },
    ];
    expect(names(sortEntries(list, parseSort('entity-location'), 'en'))).to.deep.equal(['d', 'b', 'a', 'c']); // Austria, Germany, United States, Worldwide
    expect(names(sortEntries(list, parseSort('entity-location'), 'de'))).to.deep.equal(['b', 'd', 'a', 'c']); // Deutschland, Österreich, Vereinigte Staaten, Worldwide
  });

  it('does not modify its input and returns a copy without a sort', () => {
    const list = [{ name: 'b' }, { name: 'a' }];
    const out = sortEntries(list, undefined, 'en');
    expect(out).to.deep.equal(list);
    expect(out).not.to.equal(list);
    sortEntries(list, parseSort('name'), 'en');
    expect(names(list)).to.deep.equal(['b', 'a']);
  });
});

describe('durationDays', () => {
  it('reads common units in several languages', () => {
    expect(durationDays('30 days')).to.equal(30);
    expect(durationDays('1 days')).to.equal(1);
    expect(durationDays('2 years')).to.equal(730.5);
    expect(durationDays('24 hours')).to.equal(1);
    expect(durationDays('6 Monate')).to.be.closeTo(182.6, 0.1);
    expect(durationDays('3 semaines')).to.equal(21);
    expect(durationDays('1,5 jaar')).to.be.closeTo(547.9, 0.1);
  });
  it('leaves anything else alone', () => {
    for (const v of ['contract', 'until account deletion', '30', 'days', '', undefined, '30 days after termination']) {
      expect(durationDays(v), String(v)).to.be.undefined;
    }
  });
});
