// Every command of the kit: help with an example, --version, "-" for
// standard input wherever a file is read, --out wherever output is
// written, counts in words, messages in the owner's words; and `init` and
// `sri`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SCHEMA_ID, cli, file, lines, read, readJson, run, tmp, today } from './helpers.mjs';

const COMMANDS = ['init', 'convert', 'validate', 'export', 'diff', 'feed', 'render', 'sri'];

test('--help and -h: each command its usage, options and an example of itself; help <command> the same', () => {
  const top = cli('--help');
  assert.equal(top.code, 0);
  for (const c of COMMANDS) assert.match(top.out, new RegExp(`^  ${c} +\\S`, 'm'), c);
  assert.equal(cli('-h').out, top.out);
  for (const c of COMMANDS) {
    const help = cli(c, '--help');
    assert.equal(help.code, 0, c);
    assert.equal(help.err, '');
    assert.match(help.out, new RegExp(`^Usage: subprocessor-list ${c} `), c);
    assert.match(help.out, /\nOptions:\n[^]* {2}-h, --help +this help\n/, c);
    assert.match(help.out, new RegExp(`\\nExamples?:\\n  subprocessor-list ${c}\\b`), c);
    assert.equal(cli(c, '-h').out, help.out, c);
    assert.equal(cli('help', c).out, help.out, c);
  }
  // The examples' options are the command's own.
  for (const c of COMMANDS) {
    const help = cli(c, '--help').out;
    const examples = help.slice(help.indexOf('Example')).split('\n').filter((l) => l.startsWith('  subprocessor-list'));
    for (const example of examples) for (const [, flag] of example.matchAll(/\s--([a-z-]+)/g)) assert.match(help, new RegExp(`^  --${flag}\\b`, 'm'), `${c}: --${flag}`);
  }
});

test('--version: the package version', () => {
  const r = cli('--version');
  assert.equal(r.code, 0);
  assert.equal(r.out, `${readJson('package.json').version}\n`);
});

test('usage errors name the command and point to its help, in one line', () => {
  const unknown = cli('convert', 'x.csv', '--frobnicate');
  assert.equal(unknown.code, 2);
  assert.equal(unknown.err, 'subprocessor-list: unknown option --frobnicate (subprocessor-list convert --help)\n');
  const missing = cli('validate');
  assert.equal(missing.err, 'subprocessor-list: validate needs a file (or - for standard input) (subprocessor-list validate --help)\n');
  assert.match(cli('diff', 'a.json').err, /^subprocessor-list: diff needs two registry files \(subprocessor-list diff --help\)\n$/);
  assert.match(cli('validate', 'a.json', 'b.json').err, /^subprocessor-list: unexpected argument "b\.json"/);
  assert.match(cli('feed', 'x.json', '--page').err, /^subprocessor-list: Option '--page <value>' argument missing \(subprocessor-list feed --help\)\n$/);
  assert.equal(cli('frobnicate').err, 'subprocessor-list: unknown command "frobnicate" (subprocessor-list --help)\n');
  assert.equal(cli('help', 'frobnicate').code, 2);
});

const REGISTRY = 'demo/registries/acme.json';

test('"-" reads standard input wherever a file is read', () => {
  const text = read(join(ROOT, REGISTRY));
  for (const [args, same] of [
    [['validate', '-'], ['validate', REGISTRY]],
    [['validate', '-', '--json'], ['validate', REGISTRY, '--json']],
    [['export', '-', '--csv'], ['export', REGISTRY, '--csv']],
    [['export', '-', '--json'], ['export', REGISTRY, '--json']],
    [['diff', '-', 'demo/registries/june.json'], ['diff', REGISTRY, 'demo/registries/june.json']],
    [['diff', 'demo/registries/june.json', '-', '--changes'], ['diff', 'demo/registries/june.json', REGISTRY, '--changes']],
    [['feed', '-'], ['feed', REGISTRY]],
    [['feed', '-', '--json-feed'], ['feed', REGISTRY, '--json-feed']],
    [['render', '-'], ['render', REGISTRY]],
    [['sri', '-'], ['sri', REGISTRY]],
  ]) {
    const piped = run(args, { input: text });
    const direct = cli(...same);
    assert.equal(piped.code, direct.code, args.join(' '));
    // The file's name is "standard input" in what is said about it.
    assert.equal(piped.out, direct.out.replaceAll(REGISTRY, args[0] === 'validate' && args.includes('--json') ? '-' : 'standard input'), args.join(' '));
  }
  assert.match(run(['diff', '-', '-'], { input: text }).err, /standard input \("-"\) can be read only once/);
});

test('--out FILE writes what standard output would get, for every command, and nothing when the command fails', () => {
  const acme = join(ROOT, REGISTRY);
  for (const args of [
    ['init'],
    ['convert', 'test/fixtures/csv/messy.csv'],
    ['validate', REGISTRY],
    ['validate', REGISTRY, '--json'],
    ['export', REGISTRY, '--csv'],
    ['export', REGISTRY, '--json'],
    ['diff', 'demo/registries/june.json', REGISTRY],
    ['diff', 'demo/registries/june.json', REGISTRY, '--changes'],
    ['feed', REGISTRY],
    ['feed', REGISTRY, '--json-feed'],
    ['render', REGISTRY, '--fragment'],
    ['sri', acme],
  ]) {
    const out = join(tmp, `out-${args.join('-').replace(/\W+/g, '-')}`);
    const plain = cli(...args);
    const written = cli(...args, '--out', out);
    assert.equal(written.code, plain.code, args.join(' '));
    assert.equal(written.out, '', args.join(' '));
    assert.equal(read(out), plain.out, args.join(' '));
  }
  const never = join(tmp, 'never.html');
  assert.equal(cli('render', join(tmp, 'missing.json'), '--out', never).code, 2);
  assert.equal(existsSync(never), false);
  assert.match(cli('render', REGISTRY, '--out', join(tmp, 'no-such-dir', 'x.html')).err, /^subprocessor-list: cannot write .*x\.html: ENOENT\n$/);
});

test('counts in words agree in number', () => {
  const one = file('one.json', { updated: today(), subprocessors: [{ name: 'Acme', dataLocations: 'DE' }, { name: 'Acme' }] });
  assert.match(cli('validate', one).out, /one\.json: 2 sub-processors, 1 problem, 1 warning\n$/);
  const two = file('two.json', { subprocessors: [{ name: 'Acme', dataLocations: ['US'], purpose: 7 }] });
  assert.match(cli('validate', two).out, /two\.json: 1 sub-processor, 1 problem, 2 warnings\n$/);
  assert.match(cli('convert', file('one.csv', 'Name,Date added\nAcme,31/02/2024\n')).err, /: 1 sub-processor; 1 warning\n$/);
  assert.match(cli('convert', file('two.csv', 'Name,Date added\nAcme,soon\nBeta,later\n')).err, /: 2 sub-processors; 2 warnings\n$/);
});

test("messages in the owner's words: each problem and warning names the entry beside its path, by its index in the file", () => {
  const r = cli('validate', 'test/fixtures/cases/partly-invalid.json');
  const out = lines(r.out);
  assert.ok(out.includes('problem: subprocessors[3].dataLocations (Bad Locations Inc): expected a list of texts, got a text'), r.out);
  assert.ok(out.includes('problem: subprocessors[6].added (Wrong Types GmbH): expected a date written YYYY-MM-DD, got "yesterday"'), r.out);
  assert.ok(out.includes('problem: categories[0].direct (A1): expected "yes", "no" or "maybe", got "Yes"'), r.out);
  // The validator skipped entries 1, 2 and 5: the warning names the file's entry 4, not the list's 2.
  assert.ok(out.includes('warning: subprocessors[4] (Mixed Items LLC): data or entity outside the EEA (US) but no transfer safeguard'), r.out);
  const json = JSON.parse(cli('validate', 'test/fixtures/cases/partly-invalid.json', '--json').out);
  assert.ok(json.problems.includes('subprocessors[4].dataLocations[1] (Mixed Items LLC): expected a text, got a number'));
  const dup = file('dup.json', { updated: today(), subprocessors: ['skipped', { name: 'Google LLC', service: 'Analytics', dataLocations: ['DE'] }, { name: 'Google LLC', service: 'Analytics', dataLocations: ['DE'] }] });
  assert.match(cli('validate', dup).out, /^warning: subprocessors\[2\] \(Google LLC \(Analytics\)\): same name and service as subprocessors\[1\]$/m);
});

test('init writes a starter registry with $schema and every field explained by the schema; it validates with no problem and no warning', () => {
  const out = join(tmp, 'starter.json');
  const r = cli('init', '--out', out);
  assert.equal(r.code, 0, r.err);
  const starter = JSON.parse(read(out));
  assert.equal(starter.$schema, SCHEMA_ID);
  const check = cli('validate', out, '--strict');
  assert.equal(check.code, 0, check.out);
  assert.match(check.out, /1 sub-processor, 0 problems, 0 warnings\n$/);
  // Every field the schema describes, explained beside it in the schema's words.
  const schema = readJson('schema/subprocessor-list.schema.json');
  const entry = starter.subprocessors[0];
  const places = [
    [starter, schema.properties],
    [starter.owner, schema.properties.owner.properties],
    [starter.categories[0], schema.properties.categories.items.properties],
    [starter.groups[0], schema.properties.groups.items.properties],
    [entry, schema.$defs.subprocessor.properties],
    [starter.changes[0], schema.properties.changes.items.properties],
    [starter.notice, schema.properties.notice.properties],
  ];
  let explained = 0;
  for (const [object, properties] of places) {
    for (const [key, prop] of Object.entries(properties)) {
      assert.ok(object[`// ${key}`]?.startsWith(prop.description), key);
      explained++;
    }
  }
  assert.ok(explained >= 50, `${explained} fields`);
  // What the example leaves out is still explained, and said to be left out.
  assert.match(entry['// retires'], /\(Not in this example\.\)$/);
  assert.equal(entry.retires, undefined);
  assert.equal(starter.updated, today());
  // The same on standard output, and the starter's metadata from flags.
  const mine = JSON.parse(cli('init', '--owner', 'Acme GmbH', '--owner-url', 'https://acme.example/', '--title', 'Unterauftragsverarbeiter', '--page', 'https://acme.example/trust/subprocessors').out);
  assert.deepEqual([mine.title, mine.owner.name, mine.owner.url, mine.owner.dpa, mine.feed, mine.page], [
    'Unterauftragsverarbeiter', 'Acme GmbH', 'https://acme.example', 'https://acme.example/dpa', 'https://acme.example/subprocessors.atom', 'https://acme.example/trust/subprocessors',
  ]);
  // An existing file is replaced only with --force.
  const again = cli('init', '--out', out);
  assert.equal(again.code, 2);
  assert.equal(again.err, `subprocessor-list: ${out} exists; --force replaces it\n`);
  assert.equal(cli('init', '--out', out, '--force').code, 0);
});

test('init --out: the starter converts back and forth like any registry', () => {
  const out = join(tmp, 'starter-roundtrip.json');
  cli('init', '--out', out);
  const csv = cli('export', out, '--csv');
  const back = JSON.parse(run(['convert', '-', '--into', out], { input: csv.out }).out);
  assert.deepEqual(back, JSON.parse(read(out)));
});

test('sri prints the integrity value of a file (sha384, base64); with several, one line each', () => {
  const a = file('bundle.js', 'export const a = 1;\n');
  const b = file('bundle.de.js', 'export const b = 2;\n');
  const hash = (p) => `sha384-${createHash('sha384').update(readFileSync(p)).digest('base64')}`;
  const one = cli('sri', a);
  assert.equal(one.code, 0);
  assert.equal(one.out, `${hash(a)}\n`);
  assert.equal(cli('sri', a, b).out, `${hash(a)}  ${a}\n${hash(b)}  ${b}\n`);
  assert.equal(run(['sri', '-'], { input: 'export const a = 1;\n' }).out, `${hash(a)}\n`);
  const missing = cli('sri', join(tmp, 'missing.js'));
  assert.equal(missing.code, 2);
  assert.match(missing.err, /^subprocessor-list: cannot read .*missing\.js: ENOENT\n$/);
  // Without a file: the package's bundle and the language files it loads.
  const own = cli('sri');
  const names = ['subprocessor-list.js', 'subprocessor-list.de.js', 'subprocessor-list.fr.js', 'subprocessor-list.nl.js', 'subprocessor-list.es.js'];
  if (names.every((n) => existsSync(join(ROOT, 'dist', n)))) {
    assert.equal(own.code, 0, own.err);
    assert.equal(own.out, names.map((n) => `${hash(join(ROOT, 'dist', n))}  ${n}\n`).join(''));
  } else {
    // The bundle is not built (npm run build builds it).
    assert.equal(own.code, 2);
    assert.match(own.err, /^subprocessor-list: cannot read .*dist\/subprocessor-list/);
  }
});
