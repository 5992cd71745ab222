/**
 * `registryToCsv` is the reader's inverse: for every registry fixture the
 * validator accepts, writing it as CSV and converting that back gives the
 * same entries; converted into the original (`into`), the same registry.
 *
 * Two additions are the converter's, by design: `version: 1`, and a
 * definition with the code alone for each category code the registry
 * cites but does not define (so the result validates).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { convert, registryToCsv } from '../../src/convert/index.js';
import { validateRegistry } from '../../src/lib/registry.js';
import type { LocalizedText, Registry, Subprocessor } from '../../src/lib/types.js';
import { json, plain } from './helpers.js';

type Reg = Registry<LocalizedText>;

const withoutPrivate = (e: Subprocessor<LocalizedText>) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('x-')));

/** What converting back should give: the registry, version 1, and a bare definition for each undefined code. */
function expected(reg: Reg): Reg {
  const out = plain(reg);
  out.version = 1;
  const defined = new Set((out.categories ?? []).map((c) => c.code));
  for (const e of out.subprocessors) {
    for (const code of e.categories ?? []) {
      if (!defined.has(code)) {
        defined.add(code);
        (out.categories ??= []).push({ code });
      }
    }
  }
  return out;
}

describe('registryToCsv and convert: the round trip', () => {
  const registries: { file: string; registry: Reg }[] = [];

  before(async () => {
    const files = (await json<string[]>('/registry-files')).filter((f) => /^\/(test\/fixtures\/(real|cases)|demo\/registries)\/[^/]+\.json$/.test(f));
    for (const file of files) {
      const check = validateRegistry(await json(file));
      if (check.ok) registries.push({ file, registry: plain(check.registry) });
    }
  });

  it('covers every fixture the validator accepts', () => {
    const names = registries.map((r) => r.file);
    expect(names).to.include.members([
      '/test/fixtures/real/github.json',
      '/test/fixtures/cases/full.json',
      '/test/fixtures/cases/localized.json',
      '/test/fixtures/cases/hostile.json',
      '/test/fixtures/cases/partly-invalid.json',
      '/demo/registries/acme.json',
      '/demo/registries/ambassify.json',
      '/demo/registries/june.json',
    ]);
    expect(names.some((n) => n.includes('wrong-shape'))).to.equal(false);
    expect(registries.length).to.be.at.least(20);
  });

  it('gives back the same entries, x- fields left out (they are private)', () => {
    for (const { file, registry } of registries) {
      const back = convert(registryToCsv(registry));
      expect(back.format, file).to.equal('csv');
      expect(plain(back.registry.subprocessors), file).to.deep.equal(registry.subprocessors.map(withoutPrivate));
    }
  });

  it('gives back the x- fields too when asked to write them', () => {
    for (const { file, registry } of registries) {
      const back = convert(registryToCsv(registry, { private: true }));
      expect(plain(back.registry.subprocessors), file).to.deep.equal(registry.subprocessors);
    }
  });

  it('gives back the groups the entries name, with their titles (in English where there are several), in order of first use', () => {
    const english = (t: LocalizedText | undefined) => (typeof t === 'string' || t === undefined ? t : (t.en ?? Object.values(t)[0]));
    for (const { file, registry } of registries) {
      const used = [...new Set(registry.subprocessors.map((e) => e.group).filter((g): g is string => !!g))];
      const defined = used.map((id) => registry.groups?.find((g) => g.id === id)).filter((g) => g !== undefined);
      const back = convert(registryToCsv(registry)).registry.groups ?? [];
      expect(back.map(({ id, title }) => ({ id, title })), file).to.deep.equal(defined.map((g) => ({ id: g.id, title: english(g.title) ?? g.id })));
    }
  });

  it('into the original gives back the whole registry', () => {
    for (const { file, registry } of registries) {
      const back = convert(registryToCsv(registry), { into: registry });
      expect(plain(back.registry), file).to.deep.equal(expected(registry));
      expect(back.merge, file).to.deep.equal({ updated: registry.subprocessors.length, added: [], removed: [] });
    }
  });

  it('works with semicolons as the delimiter too', () => {
    for (const { file, registry } of registries) {
      const back = convert(registryToCsv(registry, { delimiter: ';' }), { into: registry });
      expect(plain(back.registry), file).to.deep.equal(expected(registry));
    }
  });

  it('writes text in several languages as one column per language', async () => {
    const reg = plain((validateRegistry(await json('/test/fixtures/cases/localized.json')) as { registry: Reg }).registry);
    const [header] = registryToCsv(reg).slice(1).split('\r\n');
    expect(header.split(',')).to.include.members(['Purpose', 'Purpose (en)', 'Purpose (de)', 'Purpose (nl)', 'Retention (en)', 'Retention (de)', 'Notes (es)']);
  });

  it("writes an entry's id as its own column, and reads it back", () => {
    const reg: Reg = { subprocessors: [{ name: 'Amazon Web Services', id: 'aws' }, { name: 'Hetzner' }] };
    const csv = registryToCsv(reg);
    expect(csv.slice(1).split('\r\n')[0]).to.equal('Name,Entry id,Service');
    expect(plain(convert(csv).registry.subprocessors)).to.deep.equal(reg.subprocessors);
    // An "ID" column of the owner's own is not an anchor: it stays private.
    expect(convert('Name,ID\nAcme,V-0042\n').registry.subprocessors[0]).to.deep.equal({ name: 'Acme', 'x-id': 'V-0042' });
  });

  it('defuses formulas and reads them back as written', () => {
    const reg: Reg = { subprocessors: [{ name: '=HYPERLINK("x")', purpose: '+1', notes: "'=already", data: '-', retention: '—', transfer: ' padded ' }] };
    const csv = registryToCsv(reg);
    expect(csv).to.contain(`"'=HYPERLINK(""x"")"`);
    expect(csv).to.not.match(/(^|,)[=+@-]/m);
    expect(plain(convert(csv).registry.subprocessors)).to.deep.equal(reg.subprocessors);
  });

  it('defuses formulas after white space or a line break, and in full-width forms, and reads them back as written', () => {
    const reg: Reg = { subprocessors: [{ name: 'A', purpose: '\n=1+1', data: '  @SUM(1)', retention: '＝1', transfer: "'\t-2", notes: "' =x" }] };
    const csv = registryToCsv(reg);
    expect(csv).to.contain(`"'\n=1+1"`);
    expect(csv).to.contain("'  @SUM(1)");
    expect(csv).to.contain("'＝1");
    expect(csv).to.contain("''\t-2");
    expect(csv).to.contain("'' =x");
    expect(plain(convert(csv).registry.subprocessors)).to.deep.equal(reg.subprocessors);
  });

  it('round-trips any text in the text fields (property)', () => {
    // Text with something visible in it: a cell of spaces alone is empty in any spreadsheet.
    const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
    const entry = fc.record(
      { name: text, service: text, purpose: text, data: text, retention: text, transfer: text, dpa: text, notes: text, url: text },
      { requiredKeys: ['name'] },
    );
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 5 }), fc.constantFrom(',', ';', '\t'), (entries, delimiter) => {
        const reg: Reg = { subprocessors: entries };
        const back = convert(registryToCsv(reg, { delimiter }));
        expect(plain(back.registry.subprocessors)).to.deep.equal(plain(entries));
      }),
      { numRuns: 200 },
    );
  });
});
