import { expect } from '@open-wc/testing';
import { countryOptions, filterEntries, indexEntries, NO_FILTERS, subjectOptions } from '../../src/lib/filter.js';
import { fold } from '../../src/lib/text.js';
import type { Registry } from '../../src/lib/types.js';

const registry: Registry = {
  categories: [
    { code: 'U3', subject: 'User', label: 'Contact information' },
    { code: 'M1', subject: 'Manager', label: 'Name' },
  ],
  groups: [{ id: 'infra' }],
  subprocessors: [
    { name: 'Amazon Web Services', purpose: 'Hosting', dataLocations: ['DE'], entityLocation: 'US', group: 'infra' },
    { name: 'Nuvem Brasil', purpose: 'Backups', dataLocations: ['São Paulo (BR)'], categories: ['U3'] },
    { name: 'Münchner Mail GmbH', purpose: 'E-mail', entityLocation: 'DE', categories: ['M1'] },
    { name: 'Global CDN', purpose: 'Content delivery', dataLocations: ['Worldwide'] },
    { name: 'Swiss Backup AG', purpose: 'Backups', dataLocations: ['CH'] },
  ],
};
const index = indexEntries(registry, 'en');
const names = (filters: Partial<typeof NO_FILTERS>) => filterEntries(index, { ...NO_FILTERS, ...filters }).map((e) => e.name);

describe('fold', () => {
  it('ignores case and accents', () => {
    expect(fold('São Paulo')).to.equal('sao paulo');
    expect(fold('MÜNCHEN')).to.equal('munchen');
    expect(fold('Straße')).to.equal('strasse');
  });
});

describe('filterEntries', () => {
  it('returns everything without filters', () => {
    expect(names({})).to.have.length(5);
  });
  it('searches names, purposes, places and category labels, accent-insensitively', () => {
    expect(names({ query: 'sao paulo' })).to.deep.equal(['Nuvem Brasil']);
    expect(names({ query: 'munchner' })).to.deep.equal(['Münchner Mail GmbH']);
    expect(names({ query: 'germany' })).to.deep.equal(['Amazon Web Services', 'Münchner Mail GmbH']);
    expect(names({ query: 'contact info' })).to.deep.equal(['Nuvem Brasil']);
    expect(names({ query: 'BACKUPS swiss' })).to.deep.equal(['Swiss Backup AG']);
    expect(names({ query: 'nothing like this' })).to.deep.equal([]);
  });
  it('filters by where the data is', () => {
    expect(names({ location: 'eea' })).to.deep.equal(['Amazon Web Services', 'Münchner Mail GmbH']);
    expect(names({ location: 'outside' })).to.deep.equal(['Nuvem Brasil', 'Global CDN', 'Swiss Backup AG']);
    expect(names({ location: 'DE' })).to.deep.equal(['Amazon Web Services', 'Münchner Mail GmbH']);
    expect(names({ location: 'US' })).to.deep.equal([]); // only the entity is in the US; its data is in Germany
  });
  it('filters by group and by data subject, and combines filters', () => {
    expect(names({ group: 'infra' })).to.deep.equal(['Amazon Web Services']);
    expect(names({ subject: 'User' })).to.deep.equal(['Nuvem Brasil']);
    expect(names({ subject: 'Manager', location: 'eea' })).to.deep.equal(['Münchner Mail GmbH']);
    expect(names({ subject: 'Manager', query: 'brasil' })).to.deep.equal([]);
  });
});

describe('options', () => {
  it('lists the countries data is in, by name', () => {
    expect(countryOptions(index, 'en')).to.deep.equal([
      { value: 'BR', label: 'Brazil' },
      { value: 'DE', label: 'Germany' },
      { value: 'CH', label: 'Switzerland' },
    ]);
  });
  it('lists the subjects in registry order', () => {
    expect(subjectOptions(registry)).to.deep.equal(['User', 'Manager']);
  });
});
