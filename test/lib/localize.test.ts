import { expect } from '@open-wc/testing';
import { localizeRegistry, pickText } from '../../src/lib/localize.js';
import { validateRegistry } from '../../src/lib/registry.js';

describe('pickText', () => {
  const text = { en: 'Hosting', de: 'Hosting und Speicherung', 'de-CH': 'Hosting (CH)', 'pt-BR': 'Hospedagem' };
  it('picks the exact tag, then the language, then English, then the first', () => {
    expect(pickText(text, 'de-CH')).to.equal('Hosting (CH)');
    expect(pickText(text, 'de-AT')).to.equal('Hosting und Speicherung');
    expect(pickText(text, 'DE')).to.equal('Hosting und Speicherung');
    expect(pickText(text, 'pt')).to.equal('Hospedagem');
    expect(pickText(text, 'fr')).to.equal('Hosting');
    expect(pickText({ es: 'Copias' }, 'fr')).to.equal('Copias');
    expect(pickText('plain', 'de')).to.equal('plain');
    expect(pickText(undefined, 'de')).to.be.undefined;
  });
});

describe('localizeRegistry', () => {
  it('reduces every text field to one language without touching the input', async () => {
    const data = await (await fetch('/test/fixtures/cases/localized.json')).json();
    const result = validateRegistry(data);
    if (!result.ok) throw new Error('fatal');
    expect(result.problems).to.deep.equal([]);
    const de = localizeRegistry(result.registry, 'de');
    expect(de.title).to.equal('Unterauftragsverarbeiter');
    expect(de.owner!.dpa).to.equal('Auf Anfrage');
    expect(de.categories![0].subject).to.equal('Nutzer');
    expect(de.groups![0].title).to.equal('Infrastruktur');
    expect(de.subprocessors[0].purpose).to.equal('Hosting und Speicherung');
    expect(de.subprocessors[1].notes).to.equal('Solo en español');
    expect(localizeRegistry(result.registry, 'de-CH').groups![0].title).to.equal('Infrastruktur (CH)');
    expect(localizeRegistry(result.registry, 'nl').subprocessors[0].purpose).to.equal('Hosting en opslag');
    expect(typeof result.registry.title).to.equal('object');
  });

  it('validates localised text: an object of strings, with bad values reported', () => {
    const result = validateRegistry({ title: { en: 'A', de: 3 }, intro: {}, subprocessors: [{ name: 'X', purpose: { en: null } }] });
    if (!result.ok) throw new Error('fatal');
    expect(result.problems.map((p) => p.path)).to.deep.equal(['title.de', 'intro', 'subprocessors[0].purpose.en']);
    expect(result.registry.title).to.deep.equal({ en: 'A' });
    expect(result.registry.subprocessors[0].purpose).to.be.undefined;
  });
});
