// The README's examples for the people who keep the list work as written:
// every `npx subprocessor-list …` line of the section's shell blocks runs,
// in order, in a folder holding the files they name, and succeeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const start = readme.indexOf('\n## For the people who keep the list\n');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
const blocks = [...section.matchAll(/```sh\n([^]*?)```/g)].map((m) => m[1].split('\n').filter((l) => l.startsWith('npx subprocessor-list ')));

/** A folder with the files the examples name: the messy spreadsheet, a registry and its published version, a bundle to hash. */
function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'spl-readme-'));
  copyFileSync(join(ROOT, 'test/fixtures/import/vendors-libreoffice.csv'), join(dir, 'vendors.csv'));
  const acme = JSON.parse(readFileSync(join(ROOT, 'demo/registries/acme.json'), 'utf8'));
  writeFileSync(join(dir, 'subprocessors.json'), JSON.stringify(acme, null, 2));
  const published = structuredClone(acme);
  published.subprocessors = published.subprocessors.slice(1);
  published.subprocessors[0].dataLocations = ['US'];
  writeFileSync(join(dir, 'published.json'), JSON.stringify(published, null, 2));
  mkdirSync(join(dir, 'public'));
  writeFileSync(join(dir, 'public/subprocessor-list.js'), 'export {};\n');
  return dir;
}

test('the README shows the kit at work: convert, init, export, the round trip, diff, feed, sri', () => {
  const all = blocks.flat().join('\n');
  for (const command of ['convert', 'validate', 'init', 'export', 'diff', 'feed', 'sri']) assert.match(all, new RegExp(`^npx subprocessor-list ${command} `, 'm'), command);
  assert.ok(blocks.length >= 6, `${blocks.length} blocks`);
});

blocks.forEach((lines, b) => {
  test(`README example ${b + 1}: ${lines[0]}`, () => {
    const dir = folder();
    for (const line of lines) {
      // `init` starts from nothing: it does not replace a registry.
      if (line.includes(' init ')) rmSync(join(dir, 'subprocessors.json'));
      const command = line.replace(/^npx subprocessor-list /, `"${process.execPath}" "${join(ROOT, 'dist/cli/cli.js')}" `);
      const r = spawnSync('bash', ['-c', command], { cwd: dir, encoding: 'utf8' });
      const bundleMissing = line === 'npx subprocessor-list sri' && !existsSync(join(ROOT, 'dist/subprocessor-list.js'));
      if (bundleMissing) assert.equal(r.status, 2, line);
      else assert.equal(r.status, 0, `${line}\n${r.stderr}`);
    }
  });
});
