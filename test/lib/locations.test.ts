import { expect } from '@open-wc/testing';
import { readLocation } from '../../src/lib/locations.js';

describe('readLocation', () => {
  it('names ISO codes in the given language', () => {
    expect(readLocation('DE', 'en')).to.deep.equal({ code: 'DE', label: 'Germany' });
    expect(readLocation('DE', 'de')).to.deep.equal({ code: 'DE', label: 'Deutschland' });
    expect(readLocation('us', 'en')).to.deep.equal({ code: 'US', label: 'United States' });
  });

  it('reads common aliases and the EU and EEA', () => {
    expect(readLocation('UK', 'en')).to.deep.equal({ code: 'GB', label: 'United Kingdom' });
    expect(readLocation('EU', 'en')).to.deep.equal({ code: 'EU', label: 'European Union' });
    expect(readLocation('EEA', 'en')).to.deep.equal({ code: 'EEA', label: 'European Economic Area' });
    expect(readLocation('EEA', 'de')).to.deep.equal({ code: 'EEA', label: 'Europäischer Wirtschaftsraum' });
  });

  it('shows free text and unknown codes as written', () => {
    expect(readLocation('Worldwide', 'en')).to.deep.equal({ label: 'Worldwide' });
    expect(readLocation('Frankfurt (eu-central-1)', 'en')).to.deep.equal({ label: 'Frankfurt (eu-central-1)' });
    expect(readLocation('XX', 'en')).to.deep.equal({ label: 'XX' });
  });

  it('reads country names and aliases as the country, named in the reader language', () => {
    expect(readLocation('USA', 'en')).to.deep.equal({ code: 'US', label: 'United States' });
    expect(readLocation('Germany', 'de')).to.deep.equal({ code: 'DE', label: 'Deutschland' });
    expect(readLocation('Germany (Frankfurt)', 'de')).to.deep.equal({ label: 'Germany (Frankfurt)' });
  });
});

describe('readLocation with hostile values', () => {
  it('never cuts a value at a control character', () => {
    expect(readLocation('US\u0000 but really RU', 'en')).to.deep.equal({ label: 'US\u0000 but really RU' });
    expect(readLocation('DE\u0000', 'en').label).to.not.equal('Germany');
  });

  it('shows a value longer than MAX_READ_LENGTH as written, quickly', () => {
    const long = `Germany${' '.repeat(3000)}`;
    expect(readLocation(long, 'en')).to.deep.equal({ label: long.trim() });
  });
});
