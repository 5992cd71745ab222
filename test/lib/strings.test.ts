import { expect } from '@open-wc/testing';
import { en, fill, plural, overrideStrings } from '../../src/lib/strings.js';
import { localeStrings, resolveStrings as resolveFor } from '../../src/model/locales.js';
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

describe('strings overrides and placeholders', () => {
  it('fills only the values given, never inherited ones', () => {
    expect(fill('{constructor} {toString} {__proto__} {a}', { a: 1 })).to.equal('{constructor} {toString} {__proto__} 1');
  });

  it('keeps only overrides of the right type, so none can break a sentence', () => {
    const t = overrideStrings(en, {
      count: 'x',
      showing: null,
      errorHttp: undefined,
      errorTimeout: 42,
      problems: { one: 7, other: '{count} issues' },
      summary: { one: 'only one' },
      colName: 'Vendor',
      nonsense: 'ignored',
    } as never);
    expect(t.colName).to.equal('Vendor');
    expect(t.errorHttp).to.equal(en.errorHttp);
    expect(t.errorTimeout).to.equal(en.errorTimeout);
    expect(t.showing).to.deep.equal(en.showing);
    // A text for a plural key is every form; a partial plural keeps the built-in `other`.
    expect(plural(t.count, 2, 'en')).to.equal('x');
    expect(plural(t.problems, 1, 'en')).to.equal('1 issues');
    expect(plural(t.summary, 3, 'en', { total: 5 })).to.equal(fill(en.summary.other, { count: 3, total: 5 }));
    expect(Object.hasOwn(t, 'nonsense')).to.be.false;
    for (const bad of [null, undefined, 'x', 42, [], () => 1]) expect(overrideStrings(en, bad as never)).to.deep.equal(en);
  });

  it('survives overrides that throw when read', () => {
    const hostile = {
      get colName(): string {
        throw new Error('boom');
      },
    };
    expect(overrideStrings(en, hostile as never).colName).to.equal(en.colName);
  });

  it('picks the built-in language by own key only', () => {
    expect(localeStrings('constructor')).to.equal(en);
    expect(localeStrings('__proto__')).to.equal(en);
    expect(resolveFor('toString', { colName: 'Vendor' }).colName).to.equal('Vendor');
  });

  it('says how many problems are not listed, in every language', () => {
    expect(plural(en.problemsMore, 12, 'en')).to.equal('… and 12 more');
  });
});
