// Nothing private by accident: an `x-` field (what `convert` makes of a
// column it does not know, or what an owner adds by hand) never reaches
// any output of the kit, wherever it sits in the registry and whatever it
// holds. The element's side is test/private-fields.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cli, file, run } from './helpers.mjs';

// One marker per place, so a failure says which x- field got out.
const secret = (where) => `SECRET-${where}-7f3a`;
const x = (where) => ({
  'x-internal-owner': secret(where),
  'x-cost': { amount: 12400, note: secret(`${where}-nested`) },
  'x-tags': [secret(`${where}-list`)],
});

const registry = {
  title: 'Sub-processors',
  owner: { name: 'Acme', url: 'https://acme.example', ...x('owner') },
  updated: '2026-05-01',
  page: 'https://acme.example/subprocessors',
  feed: 'https://acme.example/subprocessors.atom',
  categories: [{ code: 'C1', label: 'Contact details', ...x('category') }],
  groups: [{ id: 'infra', title: 'Infrastructure', ...x('group') }],
  subprocessors: [
    { name: 'Hetzner Online GmbH', id: 'hetzner', purpose: 'Hosting', entityLocation: 'DE', dataLocations: ['DE'], categories: ['C1'], group: 'infra', notes: 'Backups in Finland.', ...x('entry') },
    { name: 'Postmark', purpose: 'Transactional e-mail', dataLocations: ['US'], transfer: 'EU-US DPF', ...x('entry2') },
  ],
  changes: [{ date: '2026-05-01', action: 'added', subprocessor: 'Postmark', description: 'Transactional e-mail.', ...x('change') }],
  notice: { days: 30, ...x('notice') },
  ...x('registry'),
};
const withPrivate = file('private.json', registry);
// The same list with every private value changed, and an entry's x- field only: a diff must see no change.
const changedPrivately = file('private-changed.json', JSON.parse(JSON.stringify(registry).replaceAll('7f3a', '9b1c')));

const LEAK = /SECRET-|x-internal-owner|x-cost|x-tags|12400/;

test('an x- field reaches no output: render, export --csv, feed, validate, diff', () => {
  const outputs = [
    ['render', withPrivate],
    ['render', withPrivate, '--fragment'],
    ['render', withPrivate, '--lang', 'de'],
    ['export', withPrivate, '--csv'],
    ['export', withPrivate, '--csv', '--delimiter', ';'],
    ['export', withPrivate, '--json'],
    ['feed', withPrivate],
    ['feed', withPrivate, '--json-feed'],
    ['validate', withPrivate],
    ['validate', withPrivate, '--json'],
    ['validate', withPrivate, '--strict'],
    ['diff', withPrivate, changedPrivately],
    ['diff', withPrivate, changedPrivately, '--changes'],
  ];
  for (const args of outputs) {
    const r = cli(...args);
    assert.ok(r.code <= 1, `${args.join(' ')}: ${r.err}`);
    assert.ok(r.out.length > 0, args.join(' '));
    assert.doesNotMatch(r.out, LEAK, args.join(' '));
    assert.doesNotMatch(r.err, LEAK, args.join(' '));
  }
  // And it is really there to leak: the published text is, the private text is not.
  assert.match(cli('render', withPrivate).out, /Hetzner Online GmbH[^]*Backups in Finland\./);
  assert.equal(cli('diff', withPrivate, changedPrivately).out, 'No changes.\n');
  assert.deepEqual(JSON.parse(cli('diff', withPrivate, changedPrivately, '--changes').out), []);
  assert.deepEqual(JSON.parse(cli('validate', withPrivate, '--json').out).problems, []);
});

test('export --json: the copy to publish is the registry as written, but for its x- fields', () => {
  const strip = (v) =>
    Array.isArray(v) ? v.map(strip) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith('x-')).map(([k, w]) => [k, strip(w)])) : v;
  const r = cli('export', withPrivate, '--json');
  assert.deepEqual(JSON.parse(r.out), strip(registry));
  // Only x- keys go: "//" explanations, unknown fields and odd keys stay as written.
  const odd = file('odd-keys.json', '{"subprocessors":[{"name":"A","// name":"legal name","X-Upper":"gone","notx-":"kept"}],"__proto__":{"x-a":1,"b":2}}');
  assert.equal(cli('export', odd, '--json').out, '{\n  "subprocessors": [\n    {\n      "name": "A",\n      "// name": "legal name",\n      "notx-": "kept"\n    }\n  ],\n  "__proto__": {\n    "b": 2\n  }\n}\n');
  assert.equal(cli('export', withPrivate).code, 2);
  assert.equal(cli('export', withPrivate, '--csv', '--json').code, 2);
});

test("convert keeps a column it does not know as an x- field, which the exports and feeds then leave out; converting into the registry keeps the owner's x- fields", () => {
  const sheet = file('private.csv', 'Name,Purpose,Location,Internal owner,Budget line\nHetzner Online GmbH,Hosting,Germany,SECRET-sheet-7f3a,SECRET-budget-7f3a\n');
  const converted = cli('convert', sheet);
  const reg = JSON.parse(converted.out);
  assert.equal(reg.subprocessors[0]['x-internal-owner'], 'SECRET-sheet-7f3a');
  assert.match(converted.err, /^kept private: Internal owner, Budget line \(/m);
  const path = file('private-converted.json', converted.out);
  for (const args of [['render', path], ['export', path, '--csv'], ['feed', path], ['feed', path, '--json-feed'], ['validate', path, '--json']]) {
    assert.doesNotMatch(cli(...args).out, /SECRET-|x-internal-owner|x-budget/, args.join(' '));
  }
  // The owner's own copy keeps them across a round trip through the spreadsheet.
  const csv = cli('export', withPrivate, '--csv').out;
  assert.doesNotMatch(csv, LEAK);
  const back = JSON.parse(run(['convert', '-', '--into', withPrivate], { input: csv }).out);
  assert.deepEqual(back.subprocessors[0]['x-cost'], registry.subprocessors[0]['x-cost']);
  assert.equal(back['x-internal-owner'], secret('registry'));
});
