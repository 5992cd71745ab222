// The command-line kit, run as users run it: `node dist/cli/cli.js …`
// (built by `npm run test:cli`), on fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args) => {
  const r = spawnSync(process.execPath, ['dist/cli/cli.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'spl-'));
const file = (name, data) => {
  const p = join(tmp, name);
  writeFileSync(p, typeof data === 'string' ? data : JSON.stringify(data));
  return p;
};

test('validate: a clean registry exits 0', () => {
  const p = file('ok.json', { updated: new Date().toISOString().slice(0, 10), subprocessors: [{ name: 'A', dataLocations: ['DE'] }] });
  const r = cli('validate', p);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /1 sub-processors, 0 problems, 0 warnings/);
});

test('validate: problems exit 1; policy warnings only with --strict; --json is machine-readable', () => {
  const r = cli('validate', 'demo/registries/ambassify.json', '--json');
  assert.equal(r.code, 1);
  const report = JSON.parse(r.out);
  assert.deepEqual(report.problems, ['subprocessors[3].categories[9]: code "12" is not defined in this list\'s categories']);
  assert.ok(report.warnings.some((w) => /Twilio Inc\.\): data or entity outside the EEA \(US\) but no transfer safeguard/.test(w)));
  assert.ok(report.warnings.includes('updated: the list has no date'));
  const warnOnly = file('warn.json', { subprocessors: [{ name: 'A', dataLocations: ['IN'] }, { name: 'A' }], changes: [{ action: 'added', subprocessor: 'Ghost' }] });
  assert.equal(cli('validate', warnOnly).code, 0);
  const strict = cli('validate', warnOnly, '--strict');
  assert.equal(strict.code, 1);
  assert.match(strict.out, /same name as subprocessors\[0\]/);
  assert.match(strict.out, /changes\[0\]: "Ghost" is not among the sub-processors/);
});

test('usage and I/O errors exit 2 with a clear message', () => {
  assert.equal(cli().code, 2);
  const missing = cli('validate', join(tmp, 'nope.json'));
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read .*nope\.json: ENOENT/);
  assert.match(cli('validate', file('bad.json', '{ nope')).err, /is not valid JSON/);
  assert.match(cli('validate', file('arr.json', [])).err, /is not a sub-processor registry/);
  assert.equal(cli('frobnicate').code, 2);
  assert.equal(cli('export', 'demo/registries/june.json').code, 2);
});

test('convert: a messy spreadsheet export becomes a valid registry', () => {
  const r = cli('convert', 'test/fixtures/csv/messy.csv');
  assert.equal(r.code, 0, r.err);
  const reg = JSON.parse(r.out);
  assert.deepEqual(
    reg.subprocessors.map((e) => [e.name, e.purpose, e.dataLocations, e.entityLocation, e.transfer, e.dpa, e.notes]),
    [
      ['Twilio Inc.', 'Communication; SMS', ['Germany', 'Ireland'], 'United States', 'SCCs', 'https://www.twilio.com/legal/data-protection-addendum', 'Internal owner: Ops'],
      ['Hetzner Online GmbH', 'Hosting', ['DE'], 'Germany', undefined, 'on request', 'Internal owner: Platform'],
      ['Quote "Inc."', 'Support', ['US', 'EU'], 'USA', 'EU-US DPF', undefined, 'Internal owner: Support'],
    ],
  );
  assert.match(r.err, /column "Internal owner" is not a known field/);
  assert.match(r.err, /row 4: no name; skipped/);
  const back = cli('validate', file('converted.json', r.out));
  assert.match(back.out, /3 sub-processors, 0 problems/);
});

test('export --csv writes every entry', () => {
  const r = cli('export', 'demo/registries/june.json', '--csv');
  assert.equal(r.code, 0);
  const lines = r.out.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines.length, 10);
  assert.match(lines[0], /^Name,Service,Purpose,/);
  assert.match(r.out, /Slack,,Internal company communication,,US,/);
});

test('diff: added, removed and changed in words, and --changes entries dated today', () => {
  const before = file('a.json', { subprocessors: [{ name: 'Keep', dataLocations: ['DE'], purpose: 'Hosting' }, { name: 'Gone' }] });
  const after = file('b.json', { subprocessors: [{ name: 'Keep', dataLocations: ['DE', 'US'], purpose: 'Hosting' }, { name: 'New', purpose: 'Mail' }] });
  const r = cli('diff', before, after);
  assert.equal(r.code, 0);
  assert.deepEqual(r.out.trim().split('\n'), ['Added: New (Mail)', 'Removed: Gone', 'Changed: Keep: data locations: DE → DE, US']);
  const changes = JSON.parse(cli('diff', before, after, '--changes').out);
  const today = new Date().toISOString().slice(0, 10);
  assert.deepEqual(changes.map((c) => [c.date, c.action, c.subprocessor]), [[today, 'added', 'New'], [today, 'removed', 'Gone'], [today, 'changed', 'Keep']]);
  assert.equal(cli('diff', before, before).out, 'No changes.\n');
});

test('feed: a well-formed Atom 1.0 feed with stable ids, and JSON Feed 1.1', () => {
  const r = cli('feed', 'test/fixtures/cases/changes.json');
  assert.equal(r.code, 0);
  const atom = r.out;
  assert.match(atom, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  for (const tag of ['id', 'title', 'updated', 'author']) assert.match(atom, new RegExp(`<feed[^]*<${tag}>`));
  const entries = atom.match(/<entry>[^]*?<\/entry>/g);
  assert.equal(entries.length, 4);
  for (const e of entries) for (const tag of ['id', 'title', 'updated']) assert.match(e, new RegExp(`<${tag}>[^<]+</${tag}>`));
  const ids = entries.map((e) => /<id>([^<]+)<\/id>/.exec(e)[1]);
  assert.equal(new Set(ids).size, 4);
  assert.deepEqual(cli('feed', 'test/fixtures/cases/changes.json').out, atom); // stable
  assert.match(entries[0], /<updated>2026-11-20T00:00:00Z<\/updated>/); // newest first
  assert.doesNotMatch(atom, /<[^>]*[<&](?!amp;|lt;|gt;|quot;)/); // escaped
  const json = JSON.parse(cli('feed', 'test/fixtures/cases/changes.json', '--json-feed').out);
  assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(json.items.length, 4);
  assert.ok(json.items.every((i) => i.id && i.date_published));
});

test('render: a static accessible table with the same columns, hostile text escaped', () => {
  const r = cli('render', 'test/fixtures/cases/full.json');
  assert.equal(r.code, 0);
  assert.match(r.out, /<!doctype html>/);
  assert.match(r.out, /<h2 class="spl-group-heading">Infrastructure<\/h2>/);
  assert.match(r.out, /<th scope="col">Sub-processor<\/th><th scope="col">Purpose<\/th>/);
  assert.match(r.out, /<th scope="row"><span class="spl-name"><a href="https:\/\/www.twilio.com\/" rel="noopener noreferrer">Twilio Inc.<\/a>/);
  const hostile = cli('render', 'test/fixtures/cases/hostile.json');
  assert.doesNotMatch(hostile.out, /<script>window/);
  assert.doesNotMatch(hostile.out, /href="(javascript|data|vbscript)/i);
  assert.match(hostile.out, /&lt;script&gt;window.__pwned=11&lt;\/script&gt;Vendor/);
  assert.match(cli('render', 'test/fixtures/cases/localized.json', '--lang', 'de').out, /<h1 class="spl-title">Unterauftragsverarbeiter<\/h1>/);
});
