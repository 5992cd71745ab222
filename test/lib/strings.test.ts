import { expect } from '@open-wc/testing';
import { en, fill, plural } from '../../src/lib/strings.js';
import { formatDate, supportedLocale } from '../../src/lib/intl.js';
import { usedColumns } from '../../src/model/columns.js';

describe('strings', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{a} and {b}', { a: 1 })).to.equal('1 and {b}');
  });
  it('picks plural forms by language', () => {
    expect(plural(en.count, 1, 'en')).to.equal('1 sub-processor');
    expect(plural(en.count, 1200, 'en')).to.equal('1,200 sub-processors');
  });
});

describe('intl', () => {
  it('formats calendar dates without time-zone drift', () => {
    expect(formatDate('2026-05-01', 'en')).to.equal('May 1, 2026');
    expect(formatDate('2026-05-01', 'de')).to.equal('1. Mai 2026');
    expect(formatDate('not a date', 'en')).to.equal('not a date');
  });
  it('falls back to English for invalid language tags', () => {
    expect(supportedLocale('de-AT')).to.equal('de-AT');
    expect(supportedLocale('not a tag!')).to.equal('en');
    expect(supportedLocale(undefined)).to.equal('en');
  });
});

describe('usedColumns', () => {
  it('lists only the columns some entry fills, in order', () => {
    expect(usedColumns([{ name: 'A', retention: '1 day' }, { name: 'B', dataLocations: [' '], purpose: 'x' }])).to.deep.equal([
      'name',
      'purpose',
      'retention',
    ]);
    expect(usedColumns([{ name: 'A', data: 'Email' }])).to.deep.equal(['name', 'data']);
  });
});
