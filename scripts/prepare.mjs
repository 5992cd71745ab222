#!/usr/bin/env node
/**
 * npm's `prepare`: npm runs it after a plain `npm install` in this tree and
 * when it installs the package from git (`npm install github:…`, pre-commit's
 * hooks). It builds once when nothing is built yet (dist/cli/cli.js absent),
 * so that a git install is a working package; a tree already built is left
 * alone (`prepack` rebuilds everything before a pack or a publish). The
 * build's output goes to standard error: tools read npm's standard output.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('dist/cli/cli.js')) {
  const r = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', process.stderr, 'inherit'], shell: process.platform === 'win32' });
  process.exitCode = r.status ?? 1;
}
