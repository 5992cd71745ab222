#!/usr/bin/env node
// The `subprocessor-list` command: see src/cli/main.ts.
import { main } from './cli/main.js';

process.exitCode = main(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
);
