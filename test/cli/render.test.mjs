// `render`, `validate` and `diff` read the same model as the element: the
// defects that the separate rule sets had, each as a test.
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
const tmp = mkdtempSync(join(tmpdir(), 'spl-render-'));
const file = (name, data) => {
  const p = join(tmp, name);
  writeFileSync(p, JSON.stringify(data));
  return p;
};
const headers = (html) => [...html.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]);

test('render --lang de: German words with German dates', () => {
  const r = cli('render', 'test/fixtures/cases/full.json', '--lang', 'de');
  assert.equal(r.code, 0, r.err);
  // The column names, with the places where a printed header may break (no hyphenation is needed for that).
  assert.deepEqual(headers(r.out).slice(0, 4), ['Unter&shy;auftrags&shy;verarbeiter', 'Zweck', 'Unter&shy;nehmens&shy;sitz', 'Daten&shy;standort']);
  assert.match(r.out, /<html lang="de">/);
  assert.match(r.out, /Zuletzt aktualisiert am <time datetime="2026-05-01">1\. Mai 2026<\/time>/);
  assert.match(r.out, /Datenkategorien \(2\)/);
});

test('render: the whole list — header, links, summary, sections, legend, notice and changes', () => {
  const r = cli('render', 'demo/registries/acme.json', '--base', 'https://acme.example/subprocessors.json');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /<a href="https:\/\/acme\.example\/subprocessors\.atom" rel="noopener noreferrer">Feed of changes<\/a>/);
  for (const part of ['spl-title', 'spl-meta', 'spl-links', 'spl-summary', 'spl-group-heading', 'spl-group-description', 'spl-legend', 'spl-changes', 'spl-notice']) {
    assert.ok(r.out.includes(`class="${part}`), `has ${part}`);
  }
  assert.match(r.out, /Data Processing Agreement<\/a>/);
  assert.match(r.out, /Subscribe to changes<\/a>/);
  assert.match(r.out, /Feed of changes<\/a>/);
  assert.match(r.out, /<meta name="viewport"/);
  assert.match(r.out, /@container \(max-width: 40rem\)/);
  assert.match(r.out, /@media print/);
});

test('render: no stray separator when the list names no publisher', () => {
  const r = cli('render', file('no-owner.json', { updated: '2026-01-01', subprocessors: [{ name: 'A' }] }));
  assert.match(r.out, /<p class="spl-meta"><span>Last updated/);
  assert.doesNotMatch(r.out, /· Last updated/);
});

test('render: "Other sub-processors" only when some entry sits in a defined group, as the element does', () => {
  const unused = cli('render', file('unused-groups.json', { title: 'Vendors', groups: [{ id: 'x', title: 'X' }], subprocessors: [{ name: 'A' }] }));
  assert.doesNotMatch(unused.out, /Other sub-processors/);
  const used = cli('render', file('used-groups.json', { groups: [{ id: 'x', title: 'X' }], subprocessors: [{ name: 'A', group: 'x' }, { name: 'B' }] }));
  assert.match(used.out, /<h2 class="spl-group-heading">Other sub-processors<\/h2>/);
});

test('render --fragment: the list alone, its styles scoped under one class', () => {
  const r = cli('render', 'demo/registries/june.json', '--fragment');
  assert.equal(r.code, 0, r.err);
  assert.ok(r.out.startsWith('<div class="subprocessor-list" lang="en">'));
  assert.doesNotMatch(r.out, /<html|<head|<body/);
  const css = /<style>([\s\S]*?)<\/style>/.exec(r.out)[1].replace(/@(container|media)[^{]*\{/g, '');
  for (const rule of css.split('}').map((x) => x.trim()).filter(Boolean)) {
    const selectors = rule.split('{')[0].trim();
    if (!selectors) continue;
    // Selector lists split at commas outside parentheses (":is(th,td)" is one selector).
    let depth = 0;
    let current = '';
    const list = [];
    for (const ch of selectors) {
      if (ch === ',' && depth === 0) {
        list.push(current);
        current = '';
      } else current += ch;
      if (ch === '(') depth++;
      if (ch === ')') depth--;
    }
    list.push(current);
    for (const sel of list) assert.ok(sel.trim().startsWith('.subprocessor-list'), `scoped: ${sel}`);
  }
  assert.match(r.out, /<h2 class="spl-title">/);
});

test('validate: a US location needs a safeguard however it is written, as the badges say', () => {
  const p = file('us.json', {
    updated: new Date().toISOString().slice(0, 10),
    subprocessors: [
      { name: 'A', dataLocations: ['US'] },
      { name: 'B', dataLocations: ['United States'] },
      { name: 'C', dataLocations: ['USA (Virginia)'] },
      { name: 'D', dataLocations: ['United States'], transfer: 'EU-US DPF' },
    ],
  });
  const r = cli('validate', p, '--json');
  const warnings = JSON.parse(r.out).warnings;
  for (const name of ['A', 'B', 'C']) assert.ok(warnings.some((w) => w.includes(`(${name})`) && /no transfer safeguard/.test(w)), name);
  assert.ok(!warnings.some((w) => w.includes('(D)')));
});

test('diff: a service that repeats the name is not a second name', () => {
  const before = file('before.json', { subprocessors: [{ name: 'Twilio', service: 'Twilio ' }] });
  const after = file('after.json', { subprocessors: [{ name: 'Twilio', service: 'Twilio ', purpose: 'SMS' }] });
  assert.equal(cli('diff', before, after).out, 'Changed: Twilio: purpose: (none) → SMS\n');
});
