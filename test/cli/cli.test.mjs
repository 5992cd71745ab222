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
  assert.match(r.out, /1 sub-processor, 0 problems, 0 warnings/);
});

test('validate: problems exit 1; policy warnings only with --strict; --json is machine-readable', () => {
  const r = cli('validate', 'demo/registries/ambassify.json', '--json');
  assert.equal(r.code, 1);
  const report = JSON.parse(r.out);
  assert.deepEqual(report.problems, ['subprocessors[3].categories[9] (Intercom, Inc. (Intercom)): code "12" is not defined in this list\'s categories']);
  // Entries are named as the list shows them: the name, and the service beside it.
  assert.ok(report.warnings.includes('subprocessors[0] (Twilio Inc. (Twilio)): data or entity outside the EEA (US) but no transfer safeguard'));
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

// Unknown columns are private now (x- fields), not notes: see convert.test.mjs and private.test.mjs.
test('convert: a messy spreadsheet export becomes a valid registry, its unknown column kept private', () => {
  const r = cli('convert', 'test/fixtures/csv/messy.csv');
  assert.equal(r.code, 0, r.err);
  const reg = JSON.parse(r.out);
  assert.deepEqual(
    reg.subprocessors.map((e) => [e.name, e.purpose, e.dataLocations, e.entityLocation, e.transfer, e.dpa, e.notes, e['x-internal-owner']]),
    [
      ['Twilio Inc.', 'Communication; SMS', ['DE', 'IE'], 'US', 'SCCs', 'https://www.twilio.com/legal/data-protection-addendum', undefined, 'Ops'],
      ['Hetzner Online GmbH', 'Hosting', ['DE'], 'DE', undefined, 'on request', undefined, 'Platform'],
      ['Quote "Inc."', 'Support', ['US', 'EU'], 'US', 'EU-US DPF', undefined, undefined, 'Support'],
    ],
  );
  assert.match(r.err, /^kept private: Internal owner \(/m);
  assert.match(r.err, /^warning: row 4, column 'Company': no name; the row is skipped$/m);
  const back = cli('validate', file('converted.json', r.out));
  assert.match(back.out, /3 sub-processors, 0 problems/);
});

test('export --csv writes every entry, as the spreadsheet convert reads', () => {
  const r = cli('export', 'demo/registries/june.json', '--csv');
  assert.equal(r.code, 0);
  const lines = r.out.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines.length, 10);
  assert.equal(lines[0], 'Name,Service,Purpose,Data locations,Data,DPA,Website,Group,Group id');
  assert.match(r.out, /\r\nSlack,,Internal company communication,US,/);
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

// Registry text reaches the terminal only as text: control, bidi and line
// separator characters are shown as escapes, so no vendor can rewrite a line.
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

test('validate and diff print registry text with control, bidi and line-separator characters visible', () => {
  const forged = 'Evil Corp\r\u001b[2KRemoved: Trusted Ltd\nChanged: x\u202Eesrever\u2028more';
  const before = file('forge-a.json', { subprocessors: [{ name: 'Trusted Ltd' }] });
  const after = file('forge-b.json', {
    updated: '2000-01-01',
    subprocessors: [{ name: 'Trusted Ltd' }, { name: forged, purpose: forged, dataLocations: ['IN', forged] }, { name: 'A', service: forged, group: forged, categories: [forged] }],
    changes: [{ subprocessor: forged }],
  });
  const diff = cli('diff', before, after);
  assert.equal(diff.code, 0, diff.err);
  assert.doesNotMatch(diff.out, RAW);
  const lines = diff.out.trimEnd().split('\n');
  assert.equal(lines.length, 2);
  assert.ok(lines.every((l) => l.startsWith('Added: ')), diff.out);
  assert.match(lines[0], /Evil Corp\\u000d\\u001b\[2KRemoved: Trusted Ltd\\u000aChanged: x\\u202eesrever\\u2028more/);
  for (const args of [['validate', after], ['validate', after, '--json'], ['diff', before, after, '--changes'], ['diff', after, before]]) {
    const r = cli(...args);
    assert.doesNotMatch(r.out + r.err, RAW, args.join(' '));
  }
  const v = cli('validate', after);
  assert.ok(v.out.split('\n').every((l) => /^(problem|warning): |^.*forge-b\.json: \d+ sub-processors|^$/.test(l)), v.out);
  // Machine-readable output escapes the same characters, and stays the same data.
  const report = JSON.parse(cli('validate', after, '--json').out);
  assert.ok(report.warnings.some((w) => w.includes(forged)));
});

test('diff tells entries apart even when names hold the separator it used', () => {
  const a = file('sep-a.json', { subprocessors: [{ name: 'A', service: 'B\u0000C' }] });
  const b = file('sep-b.json', { subprocessors: [{ name: 'A\u0000B', service: 'C' }] });
  assert.deepEqual(cli('diff', a, b).out.trim().split('\n').map((l) => l.split(':')[0]), ['Added', 'Removed']);
});

test('every failure is one line and exit 2: long CSV rows, a non-JSON file for render, an invalid --lang', () => {
  // A row longer than the header: its extra cells have no column name, so they are left out, with a warning naming the row.
  const long = file('long-row.csv', 'Name,Purpose\nAcme,Hosting,extra,more\n');
  const converted = cli('convert', long);
  assert.equal(converted.code, 0, converted.err);
  const reg = JSON.parse(converted.out);
  assert.deepEqual(reg.subprocessors, [{ name: 'Acme', purpose: 'Hosting' }]);
  assert.match(converted.err, /^warning: row 2: has 2 more cells than the header names; they are left out$/m);
  const notJson = file('not-json.json', 'this is \u001b[31mnot JSON');
  for (const args of [
    ['render', notJson],
    ['render', 'test/fixtures/cases/full.json', '--lang', 'not a tag!'],
    ['render', 'test/fixtures/cases/full.json', '--lang', ''],
    ['feed', notJson],
    ['export', notJson, '--csv'],
    ['diff', notJson, notJson],
    ['validate', notJson],
    ['convert', join(tmp, 'missing.csv')],
    ['render', file('arr2.json', '[]')],
  ]) {
    const r = cli(...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.equal(r.out, '', args.join(' '));
    assert.equal(r.err.trimEnd().split('\n').length, 1, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, /^subprocessor-list: /);
    assert.doesNotMatch(r.err, /\n\s+at /);
    assert.doesNotMatch(r.err, RAW);
  }
});

test('convert splits a 50 KB cell of spaces at once', () => {
  const spaces = ' '.repeat(50_000);
  const p = file('spaces.csv', `Name,Data locations,Categories\nAcme,"DE${spaces}x, IE",U1${spaces}U2\n`);
  const start = Date.now();
  const r = cli('convert', p);
  assert.equal(r.code, 0, r.err);
  // About 3 s with a pattern that retries its \s* at every space; a few milliseconds, plus starting Node, when linear.
  assert.ok(Date.now() - start < 1500, `took ${Date.now() - start} ms`);
  const entry = JSON.parse(r.out).subprocessors[0];
  // "DE   x" is no place, so the cell is not a list of places: one location, as written.
  assert.deepEqual(entry.dataLocations, [`DE${spaces}x, IE`]);
  assert.deepEqual(entry.categories, ['U1', 'U2']);
});

test('validate reads 200 KB values at once', () => {
  const big = 'x'.repeat(200_000);
  const p = file('long-values.json', {
    owner: { url: `www.${'.'.repeat(200_000)} `, contact: `a@${'.'.repeat(200_000)}@` },
    subprocessors: [{ name: 'A', dataLocations: [`(${' '.repeat(200_000)}`, `Germany (${big})`, ' '.repeat(200_000) + 'x'], entityLocation: '('.repeat(200_000) }],
  });
  const start = Date.now();
  const r = cli('validate', p);
  assert.ok(r.code <= 1, r.err);
  assert.ok(Date.now() - start < 3000, `took ${Date.now() - start} ms`);
});

test('export --csv quotes tabs and defuses formulas after a line break', () => {
  const p = file('formula.json', { subprocessors: [{ name: 'A', purpose: 'x\t=HYPERLINK("https://evil.example")', notes: '\n=1+1' }] });
  const out = cli('export', p, '--csv').out;
  assert.match(out, /"x\t=HYPERLINK\(""https:\/\/evil.example""\)"/);
  assert.match(out, /"'\n=1\+1"/);
});

test('feed: well-formed XML 1.0 whatever the registry holds, and only safe links', () => {
  const p = file('feed-hostile.json', {
    title: 'T\u0000\u001b\uFFFE\uFFFF\ud800',
    owner: { name: 'O\u0007', url: 'javascript:alert(1)' },
    feed: 'data:text/html,x',
    subprocessors: [{ name: 'A' }],
    changes: [{ date: '2026-05-01', action: 'added', subprocessor: 'A\u0000', description: 'd\u000b\udfff' }],
  });
  const atom = cli('feed', p);
  assert.equal(atom.code, 0, atom.err);
  // The Char production of XML 1.0.
  assert.doesNotMatch(atom.out, /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u);
  assert.doesNotMatch(atom.out, /javascript|data:/);
  const json = JSON.parse(cli('feed', p, '--json-feed').out);
  assert.equal(json.home_page_url, undefined);
  assert.equal(json.feed_url, undefined);
});
