// `diff --changes`: change-log entries dated and described; `feed`: each
// entry linked to the list's page, the feed named by an absolute rel=self.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cli, file, today } from './helpers.mjs';

const before = file('changes-before.json', {
  updated: '2026-01-10',
  subprocessors: [
    { name: 'Hetzner Online GmbH', purpose: 'Hosting', dataLocations: ['DE'] },
    { name: 'Intercom, Inc.', purpose: 'Customer support', dataLocations: ['US'], transfer: 'SCCs' },
    { name: 'Google LLC', service: 'Analytics', purpose: 'Product analytics', dataLocations: ['US'] },
    { name: 'Google LLC', service: 'Workspace', purpose: 'E-mail', dataLocations: ['US'] },
    { name: 'Old Backup Ltd', purpose: 'Backups', dataLocations: ['GB'] },
    { name: 'Quiet Ltd' },
  ],
});
const after = file('changes-after.json', {
  updated: '2026-05-01',
  subprocessors: [
    { name: 'Hetzner Online GmbH', purpose: 'Hosting', dataLocations: ['DE'] },
    { name: 'Intercom, Inc.', purpose: 'Customer support', dataLocations: ['EU'], transfer: 'EU-US DPF' },
    { name: 'Google LLC', service: 'Analytics', purpose: 'Product analytics', dataLocations: ['US', 'EU'] },
    { name: 'Google LLC', service: 'Workspace', purpose: 'E-mail', dataLocations: ['US'] },
    { name: 'Postmark', service: 'postmark', purpose: 'Transactional e-mail', dataLocations: ['US'] },
    { name: 'Nameless purpose Inc.' },
  ],
});

test("diff --changes: the entries to append, dated with the new registry's updated, each described", () => {
  const r = cli('diff', before, after, '--changes');
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out), [
    { date: '2026-05-01', action: 'added', subprocessor: 'Postmark', description: 'Transactional e-mail (data locations: US)' },
    { date: '2026-05-01', action: 'added', subprocessor: 'Nameless purpose Inc.' },
    { date: '2026-05-01', action: 'removed', subprocessor: 'Old Backup Ltd', description: 'No longer used (Backups).' },
    { date: '2026-05-01', action: 'removed', subprocessor: 'Quiet Ltd', description: 'No longer used.' },
    { date: '2026-05-01', action: 'changed', subprocessor: 'Intercom, Inc.', description: 'data locations: US → EU; transfer safeguard: SCCs → EU-US DPF' },
    // Two entries of one name are told apart by their service, which the description starts with.
    { date: '2026-05-01', action: 'changed', subprocessor: 'Google LLC', description: 'Analytics: data locations: US → US, EU' },
  ]);
});

test('diff --changes --date: the date given; without one and without updated, today', () => {
  const dated = JSON.parse(cli('diff', before, after, '--changes', '--date', '2026-04-30').out);
  assert.ok(dated.every((c) => c.date === '2026-04-30'));
  const undated = file('changes-undated.json', { subprocessors: [{ name: 'New Co' }] });
  assert.deepEqual(JSON.parse(cli('diff', before, undated, '--changes').out).map((c) => c.date), Array(7).fill(today()));
  for (const bad of ['1 May 2026', '2026-02-30', '']) {
    const r = cli('diff', before, after, '--changes', '--date', bad);
    assert.equal(r.code, 2, bad);
    assert.match(r.err, /^subprocessor-list: --date: ".*" is not a date written YYYY-MM-DD \(subprocessor-list diff --help\)\n$/);
  }
});

test('diff in words: entries named as the list shows them (name and service), the same vendor by name and service', () => {
  const r = cli('diff', before, after);
  assert.deepEqual(r.out.trimEnd().split('\n'), [
    'Added: Postmark (Transactional e-mail)',
    'Added: Nameless purpose Inc.',
    'Removed: Old Backup Ltd',
    'Removed: Quiet Ltd',
    'Changed: Intercom, Inc.: data locations: US → EU',
    'Changed: Intercom, Inc.: transfer safeguard: SCCs → EU-US DPF',
    'Changed: Google LLC (Analytics): data locations: US → US, EU',
  ]);
  const notes = file('changes-notes.json', { subprocessors: [{ name: 'Hetzner Online GmbH', purpose: 'Hosting', dataLocations: ['DE'], notes: 'Backups in Finland', added: '2024-01-01' }] });
  const base = file('changes-notes-base.json', { subprocessors: [{ name: 'Hetzner Online GmbH', purpose: 'Hosting', dataLocations: ['DE'] }] });
  assert.deepEqual(cli('diff', base, notes).out.trimEnd().split('\n'), ['Changed: Hetzner Online GmbH: date added: (none) → 2024-01-01', 'Changed: Hetzner Online GmbH: notes: (none) → Backups in Finland']);
});

const listed = {
  title: 'Sub-processors',
  owner: { name: 'Acme', url: 'https://acme.example/' },
  page: 'https://acme.example/trust/subprocessors',
  feed: '/trust/subprocessors.atom',
  subprocessors: [{ name: 'Hetzner Online GmbH', id: 'hetzner' }, { name: 'Postmark' }],
  changes: [
    { date: '2026-05-01', action: 'added', subprocessor: 'Postmark', description: 'Transactional e-mail.' },
    { date: '2026-04-01', action: 'changed', subprocessor: 'Hetzner Online GmbH', description: 'data locations: DE → DE, FI' },
    { date: '2026-03-01', action: 'removed', subprocessor: 'Old Backup Ltd' },
  ],
};

const atomLinks = (atom) => [...atom.matchAll(/<entry>[^]*?<link href="([^"]*)"\/>[^]*?<\/entry>/g)].map((m) => m[1]);

test("feed: each entry links to the list's page, at the entry's row while it is in the list; rel=self absolute, a relative feed resolved against the page", () => {
  const p = file('feed-page.json', listed);
  const atom = cli('feed', p).out;
  assert.deepEqual(atomLinks(atom), ['https://acme.example/trust/subprocessors#postmark', 'https://acme.example/trust/subprocessors#hetzner', 'https://acme.example/trust/subprocessors']);
  // The rows' anchors are the element's and the static page's own.
  const page = cli('render', p).out;
  assert.match(page, /<tr id="hetzner"/);
  assert.match(page, /<tr id="postmark"/);
  assert.match(atom, /^ {2}<link href="https:\/\/acme\.example\/trust\/subprocessors"\/>\n {2}<link rel="self" href="https:\/\/acme\.example\/trust\/subprocessors\.atom"\/>$/m);
  const json = JSON.parse(cli('feed', p, '--json-feed').out);
  assert.equal(json.home_page_url, 'https://acme.example/trust/subprocessors');
  assert.equal(json.feed_url, 'https://acme.example/trust/subprocessors.atom');
  assert.deepEqual(json.items.map((i) => i.url), ['https://acme.example/trust/subprocessors#postmark', 'https://acme.example/trust/subprocessors#hetzner', 'https://acme.example/trust/subprocessors']);
});

test('feed --page and --self: for a registry that does not say where it is published', () => {
  const bare = file('feed-bare.json', { ...listed, page: undefined, feed: undefined, owner: { name: 'Acme' } });
  const none = cli('feed', bare).out;
  assert.doesNotMatch(none, /rel="self"/);
  const atom = cli('feed', bare, '--page', 'https://acme.example/subprocessors', '--self', 'https://acme.example/subprocessors.atom').out;
  assert.deepEqual(atomLinks(atom), ['https://acme.example/subprocessors#postmark', 'https://acme.example/subprocessors#hetzner', 'https://acme.example/subprocessors']);
  assert.match(atom, /<link rel="self" href="https:\/\/acme\.example\/subprocessors\.atom"\/>/);
  const json = JSON.parse(cli('feed', bare, '--json-feed', '--page', 'https://acme.example/subprocessors', '--self', 'https://acme.example/subprocessors.json').out);
  assert.equal(json.feed_url, 'https://acme.example/subprocessors.json');
  assert.equal(json.home_page_url, 'https://acme.example/subprocessors');
  // The flags override the registry's own.
  assert.match(cli('feed', file('feed-override.json', listed), '--page', 'https://acme.example/elsewhere').out, /<entry>[^]*<link href="https:\/\/acme\.example\/elsewhere#hetzner"\/>/);
  // A name two entries share: the page, not one of their rows.
  const twice = file('feed-twice.json', { ...listed, subprocessors: [{ name: 'Google LLC', service: 'Analytics' }, { name: 'Google LLC', service: 'Workspace' }], changes: [{ date: '2026-05-01', action: 'changed', subprocessor: 'Google LLC' }] });
  assert.deepEqual(atomLinks(cli('feed', twice).out), ['https://acme.example/trust/subprocessors']);
  for (const flag of ['--page', '--self']) {
    for (const bad of ['/subprocessors', 'javascript:alert(1)', 'mailto:a@b.example']) {
      const r = cli('feed', bare, flag, bad);
      assert.equal(r.code, 2, `${flag} ${bad}`);
      assert.match(r.err, /is not an http\(s\) address/);
    }
  }
});

test("feed: the registry's page and feed pass the element's link rules; ids stay what they were", () => {
  const hostile = file('feed-hostile-page.json', { ...listed, page: 'javascript:alert(1)//', feed: 'https://trusted.example@evil.example/x.atom', subprocessors: [{ name: 'Hetzner Online GmbH', id: '"><script>' }] });
  const atom = cli('feed', hostile).out;
  assert.doesNotMatch(atom, /javascript|evil\.example|<script>/);
  // A link to the owner's site instead, and no rel=self.
  assert.deepEqual(atomLinks(atom), ['https://acme.example/', 'https://acme.example/', 'https://acme.example/']);
  assert.doesNotMatch(atom, /rel="self"/);
  // Entry ids come from the feed's or the owner's host, as before the page was known.
  const withPage = cli('feed', file('feed-ids.json', listed)).out;
  const withoutPage = cli('feed', file('feed-ids-nopage.json', { ...listed, page: undefined })).out;
  const ids = (a) => [...a.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
  assert.deepEqual(ids(withPage), ids(withoutPage));
  assert.equal(ids(withPage)[1], 'tag:acme.example,2026-05-01:subprocessors/2026-05-01-added-postmark');
});
