/**
 * The editor's store, without the page: paths as the validator writes
 * them, edits, item keys, proposals and what a save writes, all pure
 * functions of the state.
 */
import { expect } from '@open-wc/testing';
import { getIn, parsePath, pathString, setIn, within } from '../../src/editor/paths.js';
import { placeLabel, placeOptions, placeValue } from '../../src/editor/places.js';
import {
  addItem,
  baseName,
  check,
  duplicateItem,
  edit,
  editProposal,
  moveItem,
  newList,
  openRegistry,
  openText,
  proposals,
  publish,
  recordChanges,
  registryJson,
  removeItem,
  restore,
  serialize,
  type EditorState,
} from '../../src/editor/store.js';
import * as converter from '../../src/convert/index.js';
import { SCHEMA_URL } from '../../src/lib/schema-url.js';
import { validateRegistry } from '../../src/lib/registry.js';

const TODAY = '2026-12-01';
const NOW = '2026-12-01T10:00:00.000Z';

function opened(value: unknown, name = 'list.json'): EditorState {
  const r = openRegistry(value, { kind: 'file', name }, TODAY, NOW);
  if (!r.ok) throw new Error(r.message);
  return r.state;
}

const LIST = {
  title: 'T',
  'x-internal': { owner: 'ops' },
  subprocessors: [
    { name: 'A', purpose: 'Hosting', dataLocations: ['US'], transfer: 'SCCs', 'x-cost': '12' },
    { name: 'B', purpose: 'Mail', dataLocations: ['DE'] },
    { name: 'C', purpose: 'Chat', dataLocations: ['IE'] },
  ],
  changes: [{ date: '2026-01-01', action: 'added', subprocessor: 'C' }],
};

describe('editor store: paths', () => {
  it('writes and reads paths as the validator does', () => {
    for (const p of ['subprocessors[3].dataLocations[1]', 'owner.name', 'title', 'owner.name["de\\n"]', 'categories[0].code']) {
      expect(pathString(parsePath(p))).to.equal(p);
    }
    expect(parsePath('subprocessors[3].name')).to.deep.equal(['subprocessors', 3, 'name']);
    expect(within('subprocessors[1].categories[0]', 'subprocessors[1].categories')).to.be.true;
    expect(within('subprocessors[10].name', 'subprocessors[1]')).to.be.false;
    expect(within('version', '')).to.be.true;
  });

  it('sets without touching the original, and deletes with undefined', () => {
    const a = { owner: { name: 'X' }, list: [1, 2] };
    const b = setIn(a, ['owner', 'url'], 'https://x.example');
    expect(a.owner).to.deep.equal({ name: 'X' });
    expect(b).to.deep.equal({ owner: { name: 'X', url: 'https://x.example' }, list: [1, 2] });
    expect(b.list).to.equal(a.list);
    expect(setIn(b, ['owner', 'name'], undefined).owner).to.deep.equal({ url: 'https://x.example' });
    expect(getIn(setIn({}, ['notice', 'days'], 30), ['notice', 'days'])).to.equal(30);
  });
});

describe('editor store: places', () => {
  it('offers EU, EEA and the countries by name, and keeps codes', () => {
    const fr = placeOptions('fr');
    expect(fr.slice(0, 2).map((o) => o.code)).to.deep.equal(['EU', 'EEA']);
    expect(fr.find((o) => o.code === 'DE')!.label).to.equal('Allemagne');
    expect(fr.some((o) => o.code === 'ZZ' || o.code === 'UN')).to.be.false;
    expect(placeValue('allemagne', 'fr')).to.equal('DE');
    expect(placeValue('Germany', 'fr')).to.equal('DE');
    expect(placeValue('uk', 'en')).to.equal('GB');
    expect(placeValue('eea', 'en')).to.equal('EEA');
    expect(placeValue('  Frankfurt (eu-central-1) ', 'en')).to.equal('Frankfurt (eu-central-1)');
    expect(placeLabel('NL', 'nl')).to.equal('Nederland');
    expect(placeLabel('Worldwide', 'de')).to.equal('Worldwide');
  });
});

describe('editor store: edits', () => {
  it('keeps what it has no form for, and drops empty owner and notice', () => {
    let s = opened(LIST);
    s = edit(s, ['owner', 'name'], 'Acme');
    s = edit(s, ['owner', 'name'], undefined);
    expect(s.draft.owner).to.equal(undefined);
    s = edit(s, ['subprocessors', 0, 'purpose'], 'Cloud hosting');
    expect(s.draft['x-internal']).to.deep.equal({ owner: 'ops' });
    expect((s.draft.subprocessors as Record<string, unknown>[])[0]['x-cost']).to.equal('12');
    expect(s.dirty).to.be.true;
    expect(s.original).to.deep.equal(LIST);
  });

  it('moves keys with their items', () => {
    let s = opened(LIST);
    const [ka, kb, kc] = s.keys.subprocessors;
    s = moveItem(s, 'subprocessors', 0, 2);
    expect(s.keys.subprocessors).to.deep.equal([kb, kc, ka]);
    const d = duplicateItem(s, 'subprocessors', 2);
    expect(d.index).to.equal(3);
    expect(d.state.keys.subprocessors.slice(0, 3)).to.deep.equal([kb, kc, ka]);
    expect(new Set(d.state.keys.subprocessors).size).to.equal(4);
    s = removeItem(d.state, 'subprocessors', 0);
    expect((s.draft.subprocessors as { name: string }[]).map((e) => e.name)).to.deep.equal(['C', 'A', 'A']);
    const c = addItem(s, 'categories', { code: 'C1' });
    expect(c.state.draft.categories).to.deep.equal([{ code: 'C1' }]);
    expect(removeItem(c.state, 'categories', 0).draft.categories).to.equal(undefined);
  });

  it('finds problems and warnings where they are, in the order of the form', () => {
    let s = opened({ updated: '2020-01-01', subprocessors: [{ name: 'A', dataLocations: ['US'] }, { name: '' }, { name: 'A' }], version: 3 });
    const paths = check(s, TODAY).issues.map((i) => `${i.severity} ${i.path}`);
    expect(paths).to.deep.equal([
      'problem version',
      'warning updated',
      'warning subprocessors[0].transfer',
      'problem subprocessors[1].name',
      // The third entry is the validator's second: the warning names its place in the file.
      'warning subprocessors[2].name',
    ]);
    s = edit(s, ['subprocessors', 0, 'transfer'], 'EU-US DPF');
    expect(check(s, TODAY).issues.some((i) => i.path === 'subprocessors[0].transfer')).to.be.false;
  });
});

describe('editor store: proposals and publishing', () => {
  it('proposes what changed since it was opened, and records it', () => {
    let s = opened(LIST);
    s = edit(s, ['subprocessors', 0, 'dataLocations'], ['DE']);
    s = addItem(s, 'subprocessors', { name: 'D', purpose: 'Search', dataLocations: ['FI'] }).state;
    s = removeItem(s, 'subprocessors', 1);
    const list = proposals(s);
    expect(list.map((p) => p.change)).to.deep.equal([
      { date: TODAY, action: 'added', subprocessor: 'D', description: 'Search (data locations: FI)' },
      { date: TODAY, action: 'removed', subprocessor: 'B', description: 'No longer used (Mail).' },
      { date: TODAY, action: 'changed', subprocessor: 'A', description: 'data locations: US → DE' },
    ]);
    s = editProposal(s, list[1], { description: 'Mail moved in-house.' });
    s = editProposal(s, list[0], { include: false });
    const edited = proposals(s);
    expect(edited[1].change.description).to.equal('Mail moved in-house.');
    expect(edited[0].include).to.be.false;
    s = recordChanges(s, edited, true);
    expect(s.draft.updated).to.equal(TODAY);
    expect((s.draft.changes as unknown[]).slice(1)).to.deep.equal([edited[1].change, edited[2].change]);
    expect(s.recorded).to.deep.equal([edited[1].change, edited[2].change]);
    // Compared with the list as recorded: nothing more, until the next edit.
    expect(proposals(s)).to.deep.equal([]);
    s = edit(s, ['subprocessors', 0, 'retention'], '30 days');
    expect(proposals(s).map((p) => p.change.description)).to.deep.equal(['retention: (none) → 30 days']);
  });

  it('an edit to a proposal lasts while the change it describes is the same', () => {
    let s = opened(LIST);
    s = edit(s, ['subprocessors', 0, 'purpose'], 'Cloud');
    s = editProposal(s, proposals(s)[0], { description: 'Renamed.' });
    expect(proposals(s)[0].change.description).to.equal('Renamed.');
    s = edit(s, ['subprocessors', 0, 'purpose'], 'Cloud hosting');
    expect(proposals(s)[0].change.description).to.equal('purpose: Hosting → Cloud hosting');
  });

  it('writes the registry with $schema first, the changes, the feed and the page', () => {
    let s = opened(LIST, 'https://acme.example/lists/subprocessors.json?x=1');
    s = { ...s, source: { ...s.source, kind: 'url' } };
    expect(baseName(s)).to.equal('subprocessors');
    s = edit(s, ['subprocessors', 1, 'purpose'], 'E-mail');
    s = recordChanges(s, proposals(s), false);
    const out = publish(s, TODAY, 'de');
    const saved = JSON.parse(out.registry.text);
    expect(Object.keys(saved)[0]).to.equal('$schema');
    expect(saved.$schema).to.equal(SCHEMA_URL);
    expect(validateRegistry(saved).ok).to.be.true;
    expect(JSON.parse(out.changes.text)).to.deep.equal([{ date: TODAY, action: 'changed', subprocessor: 'B', description: 'purpose: Mail → E-mail' }]);
    expect(out.feed.text).to.contain('<title>Changed: B</title>');
    expect(new DOMParser().parseFromString(out.feed.text, 'application/xml').getElementsByTagName('parsererror').length).to.equal(0);
    expect(out.page.text).to.contain('<html lang="de">');
    expect(registryJson(opened({ $schema: './schema.json', subprocessors: [] }))).to.contain('"$schema": "./schema.json"');
  });

  it('imports through the converter, and updates a list with it', () => {
    const csv = 'Name,Purpose,Location\nHetzner,Hosting,Germany\nPostmark,E-mail,United States\n';
    const r = openText(csv, { kind: 'paste', name: '' }, TODAY, NOW, converter);
    expect(r.ok).to.be.true;
    const s = (r as { state: EditorState }).state;
    expect(s.source.format).to.equal('csv');
    expect((s.draft.subprocessors as { dataLocations: string[] }[]).map((e) => e.dataLocations)).to.deep.equal([['DE'], ['US']]);
    expect(proposals(s)).to.deep.equal([]);
    const u = openText('Name,Purpose,Location\nHetzner,Hosting,Finland\n', { kind: 'file', name: 'u.csv' }, TODAY, NOW, converter, s);
    const next = (u as { state: EditorState }).state;
    expect(next.original).to.equal(s.original);
    expect(proposals(next).map((p) => p.change.action)).to.deep.equal(['removed', 'changed']);
    // Without the converter, only JSON opens.
    expect(openText('{"subprocessors": []}', { kind: 'paste', name: '' }, TODAY, NOW).ok).to.be.true;
    expect(openText('{"subprocessors": [}', { kind: 'paste', name: '' }, TODAY, NOW)).to.deep.include({ ok: false, reason: 'not-json' });
    expect(openText('[1, 2]', { kind: 'paste', name: '' }, TODAY, NOW)).to.deep.include({ ok: false, reason: 'not-registry' });
  });

  it('comes back from storage as it was, and refuses what is not its own', () => {
    let s = newList(TODAY, NOW);
    s = addItem(s, 'subprocessors', { name: 'X' }).state;
    expect(restore(serialize(s))).to.deep.equal(s);
    expect(restore(null)).to.equal(undefined);
    expect(restore('{')).to.equal(undefined);
    expect(restore(JSON.stringify({ ...s, format: 2 }))).to.equal(undefined);
    // Keys that do not fit the lists are made afresh.
    const bad = restore(JSON.stringify({ ...s, keys: { subprocessors: ['k1'] } }))!;
    expect(bad.keys.subprocessors).to.have.length(2);
  });
});
