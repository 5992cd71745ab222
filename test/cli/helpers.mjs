// Shared by the kit's tests: the kit run as users run it (`node dist/cli/cli.js …`,
// built by `npm run test:cli`), standard input when given, and scratch files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli/cli.js');

/** Runs the kit; `input` is its standard input. */
export function run(args, { input, cwd = ROOT } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, cwd });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export const cli = (...args) => run(args);

export const tmp = mkdtempSync(join(tmpdir(), 'spl-kit-'));

/** A scratch file: text as given, anything else as JSON. */
export function file(name, data) {
  const p = join(tmp, name);
  writeFileSync(p, typeof data === 'string' || data instanceof Uint8Array ? data : JSON.stringify(data, null, 2));
  return p;
}

export const read = (path) => readFileSync(path, 'utf8');
export const readJson = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** The schema's own URL: what the kit writes as "$schema". */
export const SCHEMA_ID = readJson('schema/subprocessor-list.schema.json').$id;

export const today = () => new Date().toISOString().slice(0, 10);

/** The lines of standard error, without the trailing empty one. */
export const lines = (text) => text.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);
