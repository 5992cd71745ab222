// `export --csv` followed by `convert` gives back the same registry, for
// every registry fixture the validator accepts (test/fixtures/real,
// test/fixtures/cases, demo/registries): the entries on their own, and the
// whole registry converted into the original. What the converter adds is
// by design: `$schema`, `version: 1`, and a definition holding the code
// alone for each category code the registry cites but does not define.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SCHEMA_ID, cli, file, readJson, run } from './helpers.mjs';

const fixtures = ['test/fixtures/real', 'test/fixtures/cases', 'demo/registries'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${dir}/${f}`),
);

/** The validator's report of a file, or undefined when it is no registry at all. */
function report(path) {
  const r = cli('validate', path, '--json');
  return r.code === 2 ? undefined : JSON.parse(r.out);
}

const reports = new Map(fixtures.map((f) => [f, report(f)]));
const registries = fixtures.filter((f) => reports.get(f));
// Problems that are references the converter resolves (a code it defines); any other problem means the validator dropped part of the file.
const onlyReferences = (problems) => problems.every((p) => /code ".*" is not defined in this list's categories$/.test(p));

/** The registry as converting it back should give it: $schema, version 1, a bare definition for each undefined code. */
function expected(raw) {
  const out = structuredClone(raw);
  out.$schema ??= SCHEMA_ID;
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

const withoutPrivate = (e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('x-')));

test('the round trip covers every registry fixture the validator accepts', () => {
  assert.ok(registries.length >= 20, registries.join(', '));
  for (const f of ['test/fixtures/real/github.json', 'test/fixtures/cases/localized.json', 'test/fixtures/cases/hostile.json', 'test/fixtures/cases/partly-invalid.json', 'demo/registries/acme.json', 'demo/registries/ambassify.json', 'demo/registries/june.json']) {
    assert.ok(registries.includes(f), f);
  }
  assert.ok(!registries.some((f) => f.includes('wrong-shape')));
});

for (const path of registries) {
  test(`export --csv, then convert: ${path}`, () => {
    const raw = readJson(path);
    const csv = cli('export', path, '--csv');
    assert.equal(csv.code, 0, csv.err);

    // On its own: the same entries (x- fields are private and not exported).
    const alone = run(['convert', '-'], { input: csv.out });
    assert.equal(alone.code, raw.subprocessors.length ? 0 : 1, alone.err);
    const entries = JSON.parse(alone.out).subprocessors;
    const problems = reports.get(path).problems;
    if (onlyReferences(problems)) assert.deepEqual(entries, raw.subprocessors.map(withoutPrivate));

    // Into the original: the whole registry.
    const merged = run(['convert', '-', '--into', path], { input: csv.out });
    assert.equal(merged.code, raw.subprocessors.length ? 0 : 1, merged.err);
    const back = JSON.parse(merged.out);
    if (onlyReferences(problems)) assert.deepEqual(back, expected(raw));
    // Whatever the original's problems, the result has none (but a group it names by id alone, which the sheet cannot define), and a second round trip changes nothing.
    const again = file(`roundtrip-${path.replace(/\W+/g, '-')}`, merged.out);
    assert.deepEqual(report(again).problems.filter((p) => !/: group ".*" is not defined in groups;/.test(p)), []);
    const csv2 = cli('export', again, '--csv');
    assert.deepEqual(JSON.parse(run(['convert', '-', '--into', again], { input: csv2.out }).out), back);
  });
}

test('export --csv --delimiter ";" round-trips too', () => {
  const path = 'demo/registries/acme.json';
  const csv = cli('export', path, '--csv', '--delimiter', ';');
  assert.match(csv.out.split('\r\n')[0], /^\uFEFFName;/);
  assert.deepEqual(JSON.parse(run(['convert', '-', '--into', path], { input: csv.out }).out), expected(readJson(path)));
});
