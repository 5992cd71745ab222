import { expect } from '@open-wc/testing';
import { describe as describeValue, isIsoDate, validateRegistry } from '../../src/lib/registry.js';
import type { Problem } from '../../src/lib/types.js';

function ok(input: unknown) {
  const result = validateRegistry(input);
  if (!result.ok) throw new Error(`unexpected fatal: ${result.fatal.message}`);
  return result;
}
const byPath = (problems: Problem[], path: string) => problems.find((p) => p.path === path);

describe('validateRegistry', () => {
  describe('fatal', () => {
    for (const [input, message] of [
      [[], 'got a list'],
      [null, 'got null'],
      ['text', 'got a text'],
      [42, 'got a number'],
    ] as const) {
      it(`rejects ${JSON.stringify(input)} with a path and a sentence`, () => {
        const result = validateRegistry(input);
        expect(result.ok).to.be.false;
        if (result.ok) return;
        expect(result.fatal.path).to.equal('$');
        expect(result.fatal.message).to.contain(message);
      });
    }

    it('rejects a registry without a subprocessors list, naming a likely alias', () => {
      const result = validateRegistry({ vendors: [{ name: 'X' }] });
      expect(result.ok).to.be.false;
      if (result.ok) return;
      expect(result.fatal.path).to.equal('subprocessors');
      expect(result.fatal.kind).to.equal('required');
      expect(result.fatal.message).to.equal('it has no "subprocessors" list (it has "vendors", which the format calls "subprocessors")');
    });

    it('rejects subprocessors that is not a list', () => {
      const result = validateRegistry({ subprocessors: { name: 'X' } });
      expect(result.ok).to.be.false;
      if (result.ok) return;
      expect(result.fatal).to.deep.equal({ path: 'subprocessors', message: 'expected a list, got an object', kind: 'type' });
    });
  });

  it('accepts a minimal registry with no problems', () => {
    const { registry, problems } = ok({ subprocessors: [{ name: 'Acme' }] });
    expect(problems).to.deep.equal([]);
    expect(registry.subprocessors).to.deep.equal([{ name: 'Acme' }]);
  });

  it('keeps unknown fields at every level', () => {
    const { registry, problems } = ok({
      'x-top': 1,
      owner: { name: 'A', 'x-owner': true },
      subprocessors: [{ name: 'Acme', 'x-entry': [1, 2] }],
    });
    expect(problems).to.deep.equal([]);
    expect(registry['x-top']).to.equal(1);
    expect(registry.owner!['x-owner']).to.equal(true);
    expect(registry.subprocessors[0]['x-entry']).to.deep.equal([1, 2]);
  });

  it('does not modify its input', () => {
    const input = { subprocessors: [{ name: 'A', purpose: 3 }] };
    ok(input);
    expect(input.subprocessors[0].purpose).to.equal(3);
  });

  it('type: a field of the wrong type is dropped, the entry kept', () => {
    const { registry, problems } = ok({ subprocessors: [{ name: 'A' }, { name: 'B', purpose: 12, retention: '1 year' }] });
    expect(problems).to.deep.equal([{ path: 'subprocessors[1].purpose', message: 'expected a text, got a number', kind: 'type' }]);
    expect(registry.subprocessors[1]).to.deep.equal({ name: 'B', retention: '1 year' });
  });

  it('type: a list field that is not a list', () => {
    const { registry, problems } = ok({ subprocessors: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D', dataLocations: 3 }] });
    expect(byPath(problems, 'subprocessors[3].dataLocations')!.message).to.equal('expected a list of texts, got a number');
    expect(registry.subprocessors[3].dataLocations).to.be.undefined;
  });

  it('type: bad items of a list are dropped one by one', () => {
    const { registry, problems } = ok({ subprocessors: [{ name: 'A', dataLocations: ['US', 4, null, 'IE'] }] });
    expect(problems.map((p) => p.path)).to.deep.equal(['subprocessors[0].dataLocations[1]', 'subprocessors[0].dataLocations[2]']);
    expect(registry.subprocessors[0].dataLocations).to.deep.equal(['US', 'IE']);
  });

  it('type: an entry that is not an object is skipped', () => {
    const { registry, problems } = ok({ subprocessors: ['Twilio', { name: 'A' }] });
    expect(problems[0]).to.deep.include({ path: 'subprocessors[0]', kind: 'type' });
    expect(registry.subprocessors.map((e) => e.name)).to.deep.equal(['A']);
  });

  it('type: owner, categories and groups of the wrong type', () => {
    const { registry, problems } = ok({ owner: 'Acme', categories: {}, groups: 'x', title: 5, subprocessors: [] });
    expect(problems.map((p) => p.path).sort()).to.deep.equal(['categories', 'groups', 'owner', 'title']);
    expect(registry).to.deep.equal({ subprocessors: [] });
  });

  it('required: an entry without a name is skipped, and the path counts skipped entries', () => {
    const { registry, problems } = ok({ subprocessors: [{ purpose: 'x' }, { name: '  ' }, { name: 'C', categories: ['Q'] }], categories: [] });
    expect(problems.map((p) => [p.path, p.kind])).to.deep.equal([
      ['subprocessors[0].name', 'required'],
      ['subprocessors[1].name', 'required'],
      ['subprocessors[2].categories[0]', 'reference'],
    ]);
    expect(problems[0].message).to.equal('every sub-processor needs a name; it is missing; entry skipped');
    expect(registry.subprocessors).to.have.length(1);
  });

  it('required: categories need a code and groups an id', () => {
    const { registry, problems } = ok({ categories: [{ label: 'x' }], groups: [{ title: 'G' }], subprocessors: [] });
    expect(problems.map((p) => [p.path, p.kind])).to.deep.equal([
      ['categories[0].code', 'required'],
      ['groups[0].id', 'required'],
    ]);
    expect(registry.categories).to.deep.equal([]);
    expect(registry.groups).to.deep.equal([]);
  });

  it('format: dates must be real YYYY-MM-DD dates', () => {
    const { registry, problems } = ok({
      updated: '2026-02-30',
      subprocessors: [{ name: 'A', added: '15/01/2024' }],
      changes: [{ date: '2026-5-1' }],
    });
    expect(problems.map((p) => [p.path, p.kind])).to.deep.equal([
      ['updated', 'format'],
      ['subprocessors[0].added', 'format'],
      ['changes[0].date', 'format'],
    ]);
    expect(registry.updated).to.be.undefined;
  });

  it('value: direct/indirect must be yes, no or maybe', () => {
    const { registry, problems } = ok({ categories: [{ code: 'A', direct: 'Yes', indirect: true }], subprocessors: [] });
    expect(problems.map((p) => p.message)).to.deep.equal([
      'expected "yes", "no" or "maybe", got "Yes"',
      'expected "yes", "no" or "maybe", got true',
    ]);
    expect(registry.categories![0]).to.deep.equal({ code: 'A' });
  });

  it('value: another format version is read as far as possible', () => {
    const { registry, problems } = ok({ version: 2, subprocessors: [{ name: 'A' }] });
    expect(problems[0]).to.deep.include({ path: 'version', kind: 'value' });
    expect(registry.subprocessors).to.have.length(1);
  });

  it('reference: unknown category codes and groups are kept and reported', () => {
    const { registry, problems } = ok({
      categories: [{ code: 'M1' }],
      groups: [{ id: 'g' }],
      subprocessors: [{ name: 'A', categories: ['M1', '12'], group: 'nope' }],
    });
    expect(problems).to.deep.equal([
      { path: 'subprocessors[0].categories[1]', message: 'code "12" is not defined in this list\'s categories', kind: 'reference' },
      { path: 'subprocessors[0].group', message: 'group "nope" is not defined in groups; shown with the ungrouped entries', kind: 'reference' },
    ]);
    expect(registry.subprocessors[0].categories).to.deep.equal(['M1', '12']);
  });

  it('reference: codes used with no categories defined', () => {
    const { problems } = ok({ subprocessors: [{ name: 'A', categories: ['M1'] }] });
    expect(problems).to.deep.equal([{ path: 'subprocessors[0].categories', message: 'codes are used but the list defines no categories', kind: 'reference' }]);
  });

  it('duplicate: a repeated category code or group id keeps the first', () => {
    const { registry, problems } = ok({
      categories: [{ code: 'A', label: 'first' }, { code: 'A', label: 'second' }],
      groups: [{ id: 'g' }, { id: 'g' }],
      subprocessors: [],
    });
    expect(problems.map((p) => [p.path, p.kind])).to.deep.equal([
      ['categories[1]', 'duplicate'],
      ['groups[1]', 'duplicate'],
    ]);
    expect(registry.categories).to.deep.equal([{ code: 'A', label: 'first' }]);
  });

  it('never throws on odd JSON', () => {
    for (const input of [undefined, true, {}, { subprocessors: [[]] }, { subprocessors: [{ name: 'A', categories: [[], {}] }] }, JSON.parse('{"__proto__": {"x": 1}, "subprocessors": []}')]) {
      expect(() => validateRegistry(input)).not.to.throw();
    }
    expect(({} as Record<string, unknown>).x).to.be.undefined;
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).to.be.true;
    expect(isIsoDate('2023-02-29')).to.be.false;
    expect(isIsoDate('2026-13-01')).to.be.false;
    expect(isIsoDate('2026-05-01T00:00')).to.be.false;
  });
});

describe('describe', () => {
  it('names JSON values in words', () => {
    expect([null, [], '', 'x', 1, false, {}].map(describeValue)).to.deep.equal(['null', 'a list', 'an empty text', 'a text', 'a number', 'false', 'an object']);
  });
});

describe('validateRegistry and a polluted Object.prototype', () => {
  const proto = Object.prototype as Record<string, unknown>;
  const polluted = { url: 'https://evil.example/', name: 'Injected', subprocessors: [{ name: 'Ghost' }], dpa: 'javascript:alert(1)', group: 'g', categories: ['X'] };
  beforeEach(() => Object.assign(proto, polluted));
  afterEach(() => {
    for (const key of Object.keys(polluted)) delete proto[key];
  });

  it('reads only own properties', () => {
    expect(validateRegistry({}).ok).to.be.false;
    const result = ok({ subprocessors: [{ name: 'A' }, {}] });
    // The nameless entry stays nameless: an inherited name does not count.
    expect(result.registry.subprocessors.map((e) => e.name)).to.deep.equal(['A']);
    expect(result.problems.map((p) => p.path)).to.deep.equal(['subprocessors[1].name']);
  });

  it('returns data that inherits nothing', () => {
    const { registry } = ok({ owner: { name: 'O' }, subprocessors: [{ name: 'A' }], changes: [{}] });
    const entry = registry.subprocessors[0];
    expect(entry.url).to.be.undefined;
    expect(entry.dpa).to.be.undefined;
    expect(entry.group).to.be.undefined;
    expect(entry.categories).to.be.undefined;
    expect(registry.owner!.url).to.be.undefined;
    expect(registry.changes![0].name).to.be.undefined;
  });
});

describe('problem messages quote registry text safely', () => {
  it('writes odd language keys as quoted, clipped path segments', () => {
    const { problems } = ok({ subprocessors: [{ name: 'A', purpose: { en: 'x', [`de\n${'k'.repeat(100)}`]: 1 } }] });
    const path = problems[0].path;
    expect(path.startsWith('subprocessors[0].purpose["de\\n')).to.be.true;
    expect(path.length).to.be.below(80);
    expect(path).to.not.contain('\n');
  });

  it('closes a right-to-left override it quotes, so it cannot reverse the sentence', () => {
    const { problems } = ok({ groups: [{ id: 'g' }], subprocessors: [{ name: 'A', group: '\u202Eevil' }] });
    expect(problems[0].message).to.equal('group "\u202Eevil\u202C" is not defined in groups; shown with the ungrouped entries');
  });
});
