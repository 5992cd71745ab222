import { expect } from '@open-wc/testing';
import { PLACE_ALIASES, adequacyIsPartial, classifyEntry, classifyLocation, locationCode } from '../../src/lib/regions.js';
import { readLocation } from '../../src/lib/locations.js';
import { knownCodes, placeCode } from '../../src/convert/places.js';
import { placeOptions } from '../../src/editor/places.js';

describe('locationCode', () => {
  it('reads codes, names and leading names before parentheses', () => {
    expect(locationCode('DE')).to.equal('DE');
    expect(locationCode('Germany')).to.equal('DE');
    expect(locationCode('united states')).to.equal('US');
    expect(locationCode('USA (PostHog US Cloud)')).to.equal('US');
    expect(locationCode('EU (Frankfurt)')).to.equal('EU');
    expect(locationCode('UK')).to.equal('GB');
    expect(locationCode('Worldwide')).to.be.undefined;
    expect(locationCode('XX')).to.be.undefined;
  });
});

describe('classifyLocation', () => {
  it('places EEA members, the EU and EEA, and EU cloud regions inside the EEA', () => {
    for (const v of ['DE', 'IE', 'NO', 'IS', 'LI', 'GR', 'EU', 'EEA', 'Frankfurt (eu-central-1)', 'Ireland']) {
      expect(classifyLocation(v), v).to.equal('eea');
    }
  });
  it('knows the countries with an adequacy decision', () => {
    for (const v of ['CH', 'GB', 'JP', 'KR', 'CA', 'US', 'BR', 'NZ', 'IL', 'UY', 'AR', 'AD', 'FO', 'GG', 'IM', 'JE']) {
      expect(classifyLocation(v), v).to.equal('adequate');
    }
    expect(adequacyIsPartial('US')).to.be.true;
    expect(adequacyIsPartial('CA')).to.be.true;
    expect(adequacyIsPartial('JP')).to.be.false;
  });
  it('treats other countries and "worldwide" as third countries, and unplaceable text as unknown', () => {
    expect(classifyLocation('IN')).to.equal('third');
    expect(classifyLocation('China')).to.equal('third');
    expect(classifyLocation('Worldwide')).to.equal('third');
    expect(classifyLocation('Global')).to.equal('third');
    expect(classifyLocation('Our own data centre')).to.equal('unknown');
  });
});

describe('classifyEntry', () => {
  it('uses data locations, the worst place winning', () => {
    expect(classifyEntry(['DE', 'IE'], 'US')).to.equal('eea');
    expect(classifyEntry(['DE', 'US'])).to.equal('adequate');
    expect(classifyEntry(['DE', 'IN'])).to.equal('third');
    expect(classifyEntry(['DE', 'somewhere'])).to.equal('unknown');
  });
  it('falls back to the entity location, then unknown', () => {
    expect(classifyEntry(undefined, 'FR')).to.equal('eea');
    expect(classifyEntry([], 'US')).to.equal('adequate');
    expect(classifyEntry(undefined, undefined)).to.equal('unknown');
  });
});

describe('locations are read in linear time', () => {
  const time = (fn: () => unknown) => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  };
  for (const [name, value] of [
    ['spaces', ' '.repeat(200_000) + 'x'],
    ['open parentheses', '('.repeat(200_000)],
    ['parentheses and spaces', `(a)${' '.repeat(200_000)}x`],
    ['a long name in parentheses', `Germany (${'x'.repeat(200_000)})`],
  ] as const) {
    it(`classifies 200 KB of ${name} at once, as a place it cannot pin down`, () => {
      expect(time(() => expect(classifyLocation(value)).to.equal('unknown'))).to.be.below(500);
      expect(time(() => expect(locationCode(value)).to.be.undefined)).to.be.below(500);
    });
  }

  it('reads nothing from a value longer than MAX_READ_LENGTH', () => {
    expect(locationCode(`Germany (${'x'.repeat(3000)})`)).to.be.undefined;
    expect(locationCode(`Germany (Frankfurt)`)).to.equal('DE');
  });

  it('keeps reading the names it knows before and in parentheses', () => {
    expect(locationCode('São Paulo (BR)')).to.equal('BR');
    expect(locationCode('Germany (Frankfurt) (eu)')).to.equal('DE');
    expect(locationCode('EU  ( Frankfurt )  ')).to.equal('EU');
  });

  it('ignores a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.NARNIA = 'DE';
    try {
      expect(locationCode('Narnia')).to.be.undefined;
    } finally {
      delete proto.NARNIA;
    }
  });
});

describe('which codes are places', () => {
  it('reads a country by its name, never by an alias or a former code Intl also names', () => {
    // Intl names UK "United Kingdom" and DD "Germany", DY "Benin": the country's own code wins.
    expect(locationCode('United Kingdom')).to.equal('GB');
    expect(classifyLocation('United Kingdom')).to.equal('adequate');
    expect(locationCode('Benin')).to.equal('BJ');
    expect(locationCode('Germany')).to.equal('DE');
    expect(readLocation('UK', 'en')).to.deep.equal({ code: 'GB', label: 'United Kingdom' });
  });

  it('gives no code to groupings, former codes and parts of another country, so none of them reads as a third country', () => {
    for (const v of ['Eurozone', 'United Nations', 'Canary Islands', 'Ceuta & Melilla', 'DD', 'EZ', 'IC', 'SU', 'YU']) {
      expect(locationCode(v), v).to.be.undefined;
      expect(classifyLocation(v), v).to.equal('unknown');
      expect(readLocation(v, 'en').code, v).to.be.undefined;
    }
  });

  it('is one set for the element, the converter and the editor: every place the editor offers reads back as its code in all three', () => {
    const options = placeOptions('en').filter((o) => o.code !== 'EU' && o.code !== 'EEA');
    expect(options.length).to.be.greaterThan(200);
    const codes = new Set(options.map((o) => o.code));
    for (const gone of ['UK', 'DD', 'DY', 'EZ', 'UN', 'IC', 'EA', 'ZZ']) expect(codes.has(gone), gone).to.be.false;
    for (const { code, label } of options) {
      expect(locationCode(label), label).to.equal(code);
      expect(placeCode(label), label).to.equal(code);
      expect(readLocation(code, 'en').label, code).to.equal(label);
    }
    expect([...knownCodes()].filter((c) => c !== 'EU').sort().join(' ')).to.equal([...codes].sort().join(' '));
  });
});

describe('names that are no Intl name', () => {
  it('reads the same aliases in the element and the converter: "Czech Republic", "Turkey", "UAE", "Scotland", "U.S."', () => {
    for (const [alias, code] of Object.entries(PLACE_ALIASES)) {
      expect(locationCode(alias), alias).to.equal(code);
      expect(placeCode(alias), alias).to.equal(code);
    }
    expect(classifyLocation('Czech Republic')).to.equal('eea');
    expect(classifyLocation('Scotland')).to.equal('adequate');
    expect(classifyLocation('Turkey')).to.equal('third');
    expect(locationCode('U.S.A.')).to.equal('US');
    expect(locationCode('Trinidad & Tobago')).to.equal('TT');
    expect(readLocation('Czech Republic', 'de')).to.deep.equal({ code: 'CZ', label: 'Tschechien' });
  });
});

describe('the EEA by name', () => {
  it('reads the EEA by its name or abbreviation in the five languages, in the element and the converter alike', () => {
    for (const v of ['EEA', 'European Economic Area', 'EWR', 'Europäischer Wirtschaftsraum', 'EEE', 'Espace économique européen', 'EER', 'Europese Economische Ruimte', 'Espacio Económico Europeo']) {
      expect(locationCode(v), v).to.equal('EEA');
      expect(classifyLocation(v), v).to.equal('eea');
      expect(readLocation(v, 'de'), v).to.deep.equal({ code: 'EEA', label: 'Europäischer Wirtschaftsraum' });
      expect(placeCode(v), v).to.equal('EEA');
    }
  });
});
