// `convert`: the spreadsheet or the page a list's owner already has, as a
// registry that validates, in one command; with the flags of the converter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_ID, cli, file, lines, read, readJson, run, tmp } from './helpers.mjs';

const IMPORT = 'test/fixtures/import';

/** Converts, then validates the result: the registry, standard error, and the validation's summary line. */
function convertAndValidate(...args) {
  const out = join(tmp, `converted-${Math.random().toString(36).slice(2)}.json`);
  const r = cli('convert', ...args, '--out', out);
  assert.ok(r.code === 0, `${args.join(' ')}: ${r.err}`);
  assert.equal(r.out, '');
  const v = cli('validate', out, '--json');
  return { registry: JSON.parse(read(out)), err: r.err, problems: JSON.parse(v.out).problems };
}

for (const sheet of ['vendors-libreoffice.csv', 'vendors-google-sheets.csv']) {
  test(`convert ${sheet}: the messy spreadsheet becomes a registry that validates with no problems, its private columns unpublished`, () => {
    const { registry, err, problems } = convertAndValidate(`${IMPORT}/${sheet}`);
    assert.deepEqual(problems, []);
    assert.equal(registry.$schema, SCHEMA_ID);
    assert.equal(Object.keys(registry)[0], '$schema');
    // GitHub's column names, places and dates written every which way.
    assert.deepEqual(
      registry.subprocessors.map((e) => [e.name, e.entityLocation, e.dataLocations.join(' '), e.added]),
      [
        ['Twilio Inc.', 'US', 'US EU', '2024-01-15'],
        ['Hetzner Online GmbH', 'DE', 'DE FI', '2023-03-01'],
        ['Amazon Web Services EMEA SARL', 'LU', 'US EU', '2025-01-03'],
        ['Zendesk, Inc.', 'US', 'DE IE', '2025-01-03'],
        ['Functional Software, Inc. (Sentry)', 'US', 'US', '2024-02-01'],
        ['Mailchimp', 'US', 'US', '2024-06-30'],
        ['Personio SE & Co. KG', 'DE', 'DE', '2024-02-12'],
      ],
    );
    assert.deepEqual(registry.groups.map((g) => g.title), ['Customer support', 'Infrastructure', 'Monitoring']);
    // "Internal owner" and "Annual cost" are x- fields, and nowhere else.
    assert.equal(registry.subprocessors[0]['x-internal-owner'], 'Ops (Maria)');
    assert.equal(registry.subprocessors[0]['x-annual-cost'], '12,400 €');
    const published = JSON.stringify(registry.subprocessors.map((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('x-')))));
    assert.doesNotMatch(published, /Maria|Platform team|€/);
    assert.deepEqual(lines(err), [
      "warning: row 8, column 'Name of Subprocessor': no name; the row is skipped",
      `${IMPORT}/${sheet} (read as a spreadsheet): 7 sub-processors, 3 groups; 1 warning`,
      'kept private: Internal owner, Annual cost (as x- fields: never shown, and left out of the copy to publish, export --json; --public "Internal owner" publishes a column as notes)',
    ]);
  });
}

test("convert GitHub's semicolon CSV (Excel, BOM, CRLF): every entry of GitHub's page, validating with no problems", () => {
  const { registry, err, problems } = convertAndValidate(`${IMPORT}/github-subprocessors.csv`);
  assert.deepEqual(problems, []);
  const github = readJson('test/fixtures/real/github.json');
  assert.deepEqual(
    registry.subprocessors.map((e) => [e.name, e.entityLocation, e.dataLocations]),
    github.subprocessors.map((e) => [e.name, e.entityLocation, e.dataLocations]),
  );
  assert.deepEqual(registry.groups.map((g) => g.title), ['Third Party Subprocessors', 'GitHub Subsidiaries']);
  assert.match(err, /: 30 sub-processors, 2 groups; 0 warnings\n$/);
});

const SEEDS = [
  { name: 'ambassify', entries: 12 },
  { name: 'june', entries: 9 },
];
for (const seed of SEEDS) {
  for (const ext of ['txt', 'html']) {
    const input = `${IMPORT}/${seed.name}-subprocessors.${ext}`;
    test(`convert ${seed.name}-subprocessors.${ext} (${ext === 'txt' ? 'text copied from the browser' : 'the saved page'}): the demo's entries, validating with no problems; into the demo registry, the demo registry`, () => {
      const { registry, problems } = convertAndValidate(input);
      assert.deepEqual(problems, []);
      const demo = readJson(`demo/registries/${seed.name}.json`);
      assert.equal(registry.subprocessors.length, seed.entries);
      assert.deepEqual(registry.subprocessors.map((e) => e.name), demo.subprocessors.map((e) => e.name));
      assert.deepEqual(registry.subprocessors.map((e) => e.dataLocations), demo.subprocessors.map((e) => e.dataLocations));
      // Into the demo registry: the demo registry, plus the definition of the code "12" its own page cites but does not define.
      const merged = cli('convert', input, '--into', `demo/registries/${seed.name}.json`);
      assert.equal(merged.code, 0, merged.err);
      const want = structuredClone(demo);
      if (seed.name === 'ambassify') want.categories.push({ code: '12' });
      assert.deepEqual(JSON.parse(merged.out), want);
      assert.match(merged.err, new RegExp(`^merged: ${seed.entries} updated, 0 added, 0 removed$`, 'm'));
    });
  }
}

test('convert a German spreadsheet from Excel: German column names, places and dates; the cost centre kept private', () => {
  const { registry, err, problems } = convertAndValidate(`${IMPORT}/lieferanten-excel.csv`);
  assert.deepEqual(problems, []);
  assert.ok(registry.subprocessors.every((e) => e.name && e.dataLocations?.length));
  assert.match(err, /^kept private: Kostenstelle \(/m);
});

test('convert names the row, the column and the entry in its warnings, beside the JSON path; --date-order settles an ambiguous date', () => {
  const r = cli('convert', `${IMPORT}/hand-edited.csv`);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(lines(r.err), [
    "warning: row 3: has 3 of the header's 4 cells; the missing ones are read as empty",
    'warning: row 4: has 2 more cells than the header names; they are left out',
    'warning: row 5 (Delta "Quoted" Ltd), column \'Date added\': "01/02/2024" could be 1 February 2024 (day first) or 2 January 2024 (month first); left out: set the date order (--date-order dmy or mdy) (subprocessors[3].added)',
    `${IMPORT}/hand-edited.csv (read as a spreadsheet): 4 sub-processors; 3 warnings`,
  ]);
  assert.equal(JSON.parse(r.out).subprocessors[3].added, undefined);
  const dmy = cli('convert', `${IMPORT}/hand-edited.csv`, '--date-order', 'dmy');
  assert.equal(JSON.parse(dmy.out).subprocessors[3].added, '2024-02-01');
  assert.match(dmy.err, /; 2 warnings$/m);
  assert.equal(JSON.parse(cli('convert', `${IMPORT}/hand-edited.csv`, '--date-order', 'mdy').out).subprocessors[3].added, '2024-01-02');
  const bad = cli('convert', `${IMPORT}/hand-edited.csv`, '--date-order', 'ymd');
  assert.equal(bad.code, 2);
  assert.equal(bad.err, 'subprocessor-list: --date-order: "ymd" is not one of dmy, mdy (subprocessor-list convert --help)\n');
});

test('convert --public publishes a column as notes (repeatable); the others stay private', () => {
  const one = cli('convert', `${IMPORT}/vendors-libreoffice.csv`, '--public', 'Internal owner');
  const reg = JSON.parse(one.out);
  assert.equal(reg.subprocessors[0].notes, 'Internal owner: Ops (Maria)');
  assert.equal(reg.subprocessors[0]['x-internal-owner'], undefined);
  assert.equal(reg.subprocessors[0]['x-annual-cost'], '12,400 €');
  assert.match(one.err, /^kept private: Annual cost \(/m);
  const both = cli('convert', `${IMPORT}/vendors-libreoffice.csv`, '--public', 'internal owner', '--public', 'Annual cost');
  assert.equal(JSON.parse(both.out).subprocessors[0].notes, 'Internal owner: Ops (Maria); Annual cost: 12,400 €');
  assert.doesNotMatch(both.err, /kept private/);
  const missing = cli('convert', `${IMPORT}/vendors-libreoffice.csv`, '--public', 'Budget');
  assert.match(missing.err, /^warning: --public: no column 'Budget' in the input$/m);
});

test('convert --format, --delimiter: what the input is, and how its cells are separated', () => {
  const piped = file('piped.csv', 'Name|Purpose|Location\nHetzner|Hosting|Germany\n');
  assert.deepEqual(JSON.parse(cli('convert', piped, '--delimiter', '|').out).subprocessors, [{ name: 'Hetzner', purpose: 'Hosting', dataLocations: ['DE'] }]);
  const tabbed = file('tabbed.csv', 'Name\tPurpose\nHetzner\tHosting, storage\n');
  assert.deepEqual(JSON.parse(cli('convert', tabbed, '--delimiter', 'tab').out).subprocessors, [{ name: 'Hetzner', purpose: 'Hosting, storage' }]);
  for (const bad of ['"', ';;', '']) {
    const r = cli('convert', piped, '--delimiter', bad);
    assert.equal(r.code, 2, bad);
    assert.match(r.err, /^subprocessor-list: --delimiter: .* cannot separate cells/);
  }
  // A page read as what it is, or as what it is said to be.
  const page = `${IMPORT}/june-subprocessors.html`;
  assert.match(cli('convert', page).err, /read as a web page/);
  const asText = cli('convert', page, '--format', 'text');
  assert.match(asText.err, /read as page text/);
  assert.equal(cli('convert', page, '--format', 'pdf').code, 2);
  // Nothing to convert: the registry is still written, and the exit code says so.
  const nothing = cli('convert', file('prose.txt', 'Our vendors are listed on request.\n\nWrite to privacy@acme.example.\n'));
  assert.equal(nothing.code, 1);
  assert.match(nothing.err, /: 0 sub-processors; \d+ warnings?$/m);
  assert.deepEqual(JSON.parse(nothing.out).subprocessors, []);
});

test("convert --title, --owner, --owner-url, --updated, --dpa, --subscribe, --page: the list's metadata", () => {
  const r = cli('convert', 'test/fixtures/csv/messy.csv', '--title', 'Sub-processors', '--owner', 'Acme GmbH', '--owner-url', 'https://acme.example', '--updated', '1 May 2026',
    '--dpa', 'https://acme.example/dpa', '--subscribe', 'mailto:privacy@acme.example', '--page', 'https://acme.example/subprocessors');
  const reg = JSON.parse(r.out);
  assert.deepEqual(
    { $schema: reg.$schema, title: reg.title, owner: reg.owner, updated: reg.updated, subscribe: reg.subscribe, page: reg.page },
    {
      $schema: SCHEMA_ID,
      title: 'Sub-processors',
      owner: { name: 'Acme GmbH', url: 'https://acme.example', dpa: 'https://acme.example/dpa' },
      updated: '2026-05-01',
      subscribe: 'mailto:privacy@acme.example',
      page: 'https://acme.example/subprocessors',
    },
  );
  const bad = cli('convert', 'test/fixtures/csv/messy.csv', '--updated', 'soon');
  assert.equal(bad.code, 0);
  assert.match(bad.err, /^warning: --updated: "soon" is not a date; left out \(updated\)$/m);
});

test('convert --into: the existing registry updated, its metadata and private fields kept, and what changed said', () => {
  const existing = file('existing.json', {
    $schema: './schema.json',
    title: 'Our sub-processors',
    owner: { name: 'Acme' },
    updated: '2025-01-01',
    subprocessors: [
      { name: 'Hetzner Online GmbH', purpose: 'Old purpose', 'x-contract': 'C-17' },
      { name: 'Gone Ltd', purpose: 'Backups' },
    ],
    changes: [{ date: '2025-01-01', action: 'added', subprocessor: 'Hetzner Online GmbH' }],
  });
  const r = cli('convert', 'test/fixtures/csv/messy.csv', '--into', existing, '--updated', '2026-05-01');
  assert.equal(r.code, 0, r.err);
  const reg = JSON.parse(r.out);
  assert.equal(reg.$schema, './schema.json');
  assert.equal(reg.title, 'Our sub-processors');
  assert.equal(reg.updated, '2026-05-01');
  assert.deepEqual(reg.changes, [{ date: '2025-01-01', action: 'added', subprocessor: 'Hetzner Online GmbH' }]);
  const hetzner = reg.subprocessors.find((e) => e.name === 'Hetzner Online GmbH');
  assert.equal(hetzner.purpose, 'Hosting');
  assert.equal(hetzner['x-contract'], 'C-17');
  assert.match(r.err, /^merged: 1 updated, 2 added \(Twilio Inc\., Quote "Inc\."\), 1 removed \(Gone Ltd\)$/m);
  // An existing registry that cannot be used is an error, not a merge into nothing.
  const notJson = file('not-a-registry.json', '{ nope');
  const failed = cli('convert', 'test/fixtures/csv/messy.csv', '--into', notJson);
  assert.equal(failed.code, 2);
  assert.equal(failed.out, '');
  assert.match(failed.err, /^subprocessor-list: .*not-a-registry\.json is not valid JSON/);
});

test('convert - reads standard input, and --out writes the registry to a file', () => {
  const csv = read(`${IMPORT}/github-subprocessors.csv`);
  const piped = run(['convert', '-'], { input: csv });
  assert.equal(piped.code, 0, piped.err);
  assert.equal(JSON.parse(piped.out).subprocessors.length, 30);
  assert.match(piped.err, /^standard input \(read as a spreadsheet\): 30 sub-processors/m);
  const out = join(tmp, 'from-stdin.json');
  const written = run(['convert', '-', '--out', out], { input: csv });
  assert.equal(written.out, '');
  assert.equal(read(out), piped.out);
  // The existing registry from standard input too, but standard input only once.
  const into = run(['convert', 'test/fixtures/csv/messy.csv', '--into', '-'], { input: JSON.stringify({ title: 'T', subprocessors: [] }) });
  assert.equal(JSON.parse(into.out).title, 'T');
  const twice = run(['convert', '-', '--into', '-'], { input: csv });
  assert.equal(twice.code, 2);
  assert.match(twice.err, /standard input \("-"\) can be read only once/);
});

test('convert --lang: the language of text columns without one, beside translated ones', () => {
  const sheet = file('bilingual.csv', 'Name,Purpose,Purpose (de)\nHetzner,Hosting,Hosting und Speicherung\n');
  assert.deepEqual(JSON.parse(cli('convert', sheet).out).subprocessors[0].purpose, { en: 'Hosting', de: 'Hosting und Speicherung' });
  const nl = file('tweetalig.csv', 'Name,Purpose,Purpose (de)\nHetzner,Hosting en opslag,Hosting und Speicherung\n');
  assert.deepEqual(JSON.parse(cli('convert', nl, '--lang', 'nl').out).subprocessors[0].purpose, { nl: 'Hosting en opslag', de: 'Hosting und Speicherung' });
  assert.equal(cli('convert', nl, '--lang', 'not a tag').code, 2);
});

test('convert reads spreadsheets saved in the other encodings Excel writes: Windows-1252 (said), UTF-16 with a byte-order mark', () => {
  const latin = file('excel-ansi.csv', Buffer.from('Name;Zweck;Standort\r\nM\xfcller Hosting GmbH;Hosting in M\xfcnchen;Deutschland\r\n', 'latin1'));
  const r = cli('convert', latin);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out).subprocessors, [{ name: 'Müller Hosting GmbH', purpose: 'Hosting in München', dataLocations: ['DE'] }]);
  assert.match(r.err, /^warning: .*excel-ansi\.csv is not UTF-8; read as Windows-1252/m);
  const utf16 = file('excel-unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\tPurpose\tLocation\r\nSão Paulo Cloud\tHosting\tBrazil\r\n', 'utf16le')]));
  const u = cli('convert', utf16);
  assert.equal(u.code, 0, u.err);
  assert.deepEqual(JSON.parse(u.out).subprocessors, [{ name: 'São Paulo Cloud', purpose: 'Hosting', dataLocations: ['BR'] }]);
  assert.doesNotMatch(u.err, /not UTF-8/);
});

test('convert: a missing input or --into file is one line and exit 2, and leaves no --out file', () => {
  const out = join(tmp, 'never-written.json');
  for (const args of [['convert', join(tmp, 'missing.csv'), '--out', out], ['convert', 'test/fixtures/csv/messy.csv', '--into', join(tmp, 'missing.json'), '--out', out]]) {
    const r = cli(...args);
    assert.equal(r.code, 2);
    assert.match(r.err, /^subprocessor-list: cannot read .*missing\.(csv|json): ENOENT\n$/);
    assert.equal(existsSync(out), false);
  }
});
