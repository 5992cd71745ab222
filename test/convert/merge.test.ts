/**
 * Converting into an existing registry: the list's metadata stays, entries
 * are matched by name and service and updated by what the input says,
 * fields the input has no column for are kept, and what was added and
 * removed is reported. Metadata options override.
 */
import { expect } from '@open-wc/testing';
import { convert, summarize } from '../../src/convert/index.js';
import { validateRegistry } from '../../src/lib/registry.js';
import type { LocalizedText, Registry } from '../../src/lib/types.js';
import { json, plain } from './helpers.js';

type Reg = Registry<LocalizedText>;

describe('convert into an existing registry', () => {
  let full: Reg;
  let localized: Reg;
  before(async () => {
    full = plain(await json<Reg>('/test/fixtures/cases/full.json'));
    localized = plain(await json<Reg>('/test/fixtures/cases/localized.json'));
  });

  const SHEET = [
    'Vendor,Service,Purpose,Data location,Retention,Section',
    'Twilio Inc.,Twilio,"Communication, SMS",Germany,,Customer support',
    'Amazon Web Services EMEA SARL,AWS,Hosting,Frankfurt (eu-central-1),contract,Infrastructure',
    'Zendesk Inc.,,Tickets,USA,,Analytics',
  ].join('\r\n');

  it('keeps the metadata, updates matched entries, adds and removes the others', () => {
    const r = convert(SHEET, { into: full });
    const reg = plain(r.registry);
    for (const key of ['$schema', 'title', 'owner', 'updated', 'subscribe', 'intro', 'categories', 'changes', 'x-extension'] as const) {
      expect(reg[key], key).to.deep.equal(full[key]);
    }
    expect(reg.subprocessors.map((e) => e.name)).to.deep.equal(['Twilio Inc.', 'Amazon Web Services EMEA SARL', 'Zendesk Inc.']);
  });

  it('keeps the fields the input has no column for, x- fields included', () => {
    const [twilio, aws] = convert(SHEET, { into: full }).registry.subprocessors;
    expect([twilio.service, twilio.categories, twilio.transfer, twilio.dpa, twilio.added, twilio.notes]).to.deep.equal([
      'Twilio', ['U3', 'U10'], 'SCCs', 'https://www.twilio.com/legal/data-protection-addendum', '2024-01-15', 'Only for SMS notifications.',
    ]);
    expect(aws['x-internal-owner']).to.equal('platform team');
    expect(aws.entityLocation).to.equal('LU');
  });

  it('clears a field whose cell is empty, and sets the ones given', () => {
    const [twilio, , zendesk] = convert(SHEET, { into: full }).registry.subprocessors;
    expect(twilio).to.not.have.property('retention');
    expect([twilio.purpose, twilio.dataLocations]).to.deep.equal(['Communication, SMS', ['DE']]);
    expect(plain(zendesk)).to.deep.equal({ name: 'Zendesk Inc.', purpose: 'Tickets', dataLocations: ['US'], group: 'analytics' });
  });

  it('matches sections to the groups by title, and adds new ones after them', () => {
    const r = convert(SHEET, { into: full });
    expect(r.registry.subprocessors.map((e) => e.group)).to.deep.equal(['support', 'infra', 'analytics']);
    expect(plain(r.registry.groups)).to.deep.equal([...full.groups!, { id: 'analytics', title: 'Analytics' }]);
  });

  it('reports what changed', () => {
    const r = convert(SHEET, { into: full });
    expect(r.merge).to.deep.equal({ updated: 2, added: ['Zendesk Inc.'], removed: ['Example Backup GmbH'] });
    expect(summarize(r)).to.equal('3 entries, 3 groups, 2 categories; 0 warnings; 2 updated, 1 added (Zendesk Inc.), 1 removed (Example Backup GmbH)');
    const check = validateRegistry(plain(r.registry));
    expect(check.ok && check.problems).to.deep.equal([]);
  });

  it('matches by name alone when the input has no service, in order for names that repeat', () => {
    const into: Reg = {
      subprocessors: [
        { name: 'Microsoft', service: 'Azure', purpose: 'Hosting', notes: 'first' },
        { name: 'Microsoft', service: 'Azure', purpose: 'AI', notes: 'second' },
      ],
    };
    const r = convert('Name,Purpose\nMicrosoft,Hosting and storage\nMicrosoft,AI services\n', { into });
    expect(r.registry.subprocessors.map((e) => [e.service, e.purpose, e.notes])).to.deep.equal([
      ['Azure', 'Hosting and storage', 'first'],
      ['Azure', 'AI services', 'second'],
    ]);
  });

  it('tells apart entries whose name and service would join to the same text', () => {
    // Joined with a separator, "A" + "B\u0000C" and "A\u0000B" + "C" are one key; as a pair they are two entries.
    const into: Reg = { subprocessors: [{ name: 'A', service: 'B\u0000C', 'x-owner': 'first' }, { name: 'A\u0000B', service: 'C', 'x-owner': 'second' }] };
    const r = convert('Name,Service,Purpose\n"A\u0000B",C,Hosting\nA,"B\u0000C",Mail\n', { into });
    expect(plain(r.registry.subprocessors)).to.deep.equal([
      { name: 'A\u0000B', service: 'C', purpose: 'Hosting', 'x-owner': 'second' },
      { name: 'A', service: 'B\u0000C', purpose: 'Mail', 'x-owner': 'first' },
    ]);
    expect(r.merge).to.deep.equal({ updated: 2, added: [], removed: [] });
  });

  it('reads a legend whose codes repeat in time linear in its length', () => {
    const legend = (n: number) => `| Code | Type | Description |\n|---|---|---|\n${Array.from({ length: n }, (_, i) => `| C${i % (n / 2)} | User | x |`).join('\n')}\n\n| Name | Location |\n|---|---|\n| A | DE |\n`;
    const time = (n: number) => {
      const t = performance.now();
      convert(legend(n), { format: 'text' });
      return performance.now() - t;
    };
    const t1 = Math.min(time(4_000), time(4_000));
    const t8 = Math.min(time(32_000), time(32_000));
    expect(t8).to.be.below(Math.max(16 * t1, 50) + 500);
    expect(convert(legend(8), { format: 'text' }).registry.categories).to.have.length(4);
  });

  it('updates one language of a translated text when the input has no translations', () => {
    const r = convert('Name,Purpose\nHetzner Online GmbH,Hosting (Falkenstein)\nOnly English Ltd,Backups\n', { into: localized });
    expect(r.registry.subprocessors[0].purpose).to.deep.equal({ en: 'Hosting (Falkenstein)', de: 'Hosting und Speicherung', nl: 'Hosting en opslag' });
    expect(r.registry.subprocessors[1].purpose).to.equal('Backups');
    // Columns per language replace the whole text.
    const two = convert('Name,Purpose,Purpose (de)\nHetzner Online GmbH,Hosting,Hosting (DE)\n', { into: localized });
    expect(two.registry.subprocessors[0].purpose).to.deep.equal({ en: 'Hosting', de: 'Hosting (DE)' });
  });

  it('reads a bilingual sheet without an existing registry, in the language given', () => {
    const r = convert('Name,Purpose,Purpose (de)\nHetzner,Hosting,Hosting und Speicherung\nAcme,Backups,\n', { language: 'en' });
    expect(plain(r.registry.subprocessors)).to.deep.equal([
      { name: 'Hetzner', purpose: { en: 'Hosting', de: 'Hosting und Speicherung' } },
      { name: 'Acme', purpose: 'Backups' },
    ]);
    const fr = convert('Nom,Finalité,Finalité (de)\nHetzner,Hébergement,Hosting\n', { language: 'fr' });
    expect(fr.registry.subprocessors[0].purpose).to.deep.equal({ fr: 'Hébergement', de: 'Hosting' });
  });

  it('lets the metadata options override the existing registry', () => {
    const r = convert(SHEET, {
      into: full,
      title: 'Our sub-processors',
      owner: 'Acme GmbH',
      ownerUrl: 'https://acme.example/de',
      updated: '15.01.2026',
      dpa: 'https://acme.example/avv',
      subscribe: 'mailto:privacy@acme.example',
    });
    expect(r.registry.title).to.equal('Our sub-processors');
    expect(plain(r.registry.owner)).to.deep.equal({ name: 'Acme GmbH', url: 'https://acme.example/de', contact: 'privacy@acme.example', dpa: 'https://acme.example/avv' });
    expect(r.registry.updated).to.equal('2026-01-15');
    expect(r.registry.subscribe).to.equal('mailto:privacy@acme.example');
  });

  it('sets the metadata on a registry of its own', () => {
    const r = convert('Name\nAcme\n', { title: 'Sub-processors', owner: 'Acme', ownerUrl: 'https://acme.example', updated: 'May 1, 2026', page: 'https://acme.example/subprocessors' });
    expect(plain(r.registry)).to.deep.equal({
      version: 1,
      title: 'Sub-processors',
      owner: { name: 'Acme', url: 'https://acme.example' },
      updated: '2026-05-01',
      subprocessors: [{ name: 'Acme' }],
      page: 'https://acme.example/subprocessors',
    });
  });

  it('keeps odd keys of the existing registry as keys', () => {
    const into = JSON.parse('{"subprocessors":[{"name":"Acme","__proto__":{"polluted":true},"x-note":"kept"}],"__proto__":{"also":1}}');
    const r = convert('Name,Purpose\nAcme,Hosting\n', { into });
    expect(Object.getPrototypeOf(r.registry)).to.equal(Object.prototype);
    expect(Object.getPrototypeOf(r.registry.subprocessors[0])).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(r.registry.subprocessors[0]['x-note']).to.equal('kept');
  });

  it('says when an option or the existing registry cannot be used', () => {
    const messages = (o: Parameters<typeof convert>[1]) => convert('Name\nAcme\n', o).warnings.map((w) => w.message);
    expect(messages({ updated: 'soon' })).to.deep.equal(['option updated: "soon" is not a date; left out (updated)']);
    expect(messages({ into: '{not json' })).to.deep.equal(['the existing registry: is not JSON; nothing is carried over']);
    expect(messages({ into: [] })).to.deep.equal(['the existing registry: expected an object with a "subprocessors" list, got a list; nothing is carried over ($)']);
    expect(messages({ dateOrder: 'ymd' as 'dmy' })).to.deep.equal(["option dateOrder: \"ymd\" is neither 'dmy' nor 'mdy'; ambiguous dates are left out"]);
    expect(messages({ into: { subprocessors: [{ name: 'Acme', added: 'yesterday' }] } })[0]).to.match(/^the existing registry: subprocessors\[0\]\.added: expected a date/);
  });
});
