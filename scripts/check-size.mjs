#!/usr/bin/env node
/**
 * Size budgets, as CI enforces them. Run `npm run build` first.
 * - The self-contained bundle (Lit included): min, gzip and brotli bytes of
 *   dist/subprocessor-list.js, failing when gzip exceeds the budget.
 * - What an app pays for part of the npm build: a consumer that imports
 *   only `validateRegistry` is bundled with Vite as an app would, and must
 *   stay small (the npm build ships one module per source module, and the
 *   package says which ones have side effects, so the element drops out).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const FILE = 'dist/subprocessor-list.js';
// What an English page downloads for the first paint of a list (Lit
// included): a ceiling against regressions (see the README, "Size").
const BUDGET_GZIP = 36 * 1024;
// The files the bundle loads when a list needs them: the four other
// languages, and what only interaction needs (tooltips and the keyboard
// within rows; the export buttons). Each must stay small.
const SIBLING_BUDGET_GZIP = 2.5 * 1024;

let code;
try {
  code = readFileSync(FILE);
} catch {
  console.error(`${FILE} not found: run \`npm run build\` first.`);
  process.exit(2);
}
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(`${FILE}: ${kb(code.length)} min, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(BUDGET_GZIP)} gzip)`);
let failed = gzip > BUDGET_GZIP;
if (failed) console.error(`Over budget by ${kb(gzip - BUDGET_GZIP)} gzip.`);
const siblings = readdirSync('dist').filter((f) => /^subprocessor-list\.[\w-]+\.js$/.test(f));
if (!siblings.length) {
  console.error('No sibling files beside the bundle: the languages and lazy parts should be split out.');
  failed = true;
}
for (const f of siblings.sort()) {
  const size = gzipSync(readFileSync(join('dist', f)), { level: 9 }).length;
  console.log(`  dist/${f}: ${kb(size)} gzip (budget ${kb(SIBLING_BUDGET_GZIP)})`);
  if (size > SIBLING_BUDGET_GZIP) {
    console.error(`  ${f} is over its budget by ${kb(size - SIBLING_BUDGET_GZIP)} gzip.`);
    failed = true;
  }
}

const CONSUMER_BUDGET_GZIP = 6 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'spl-consumer-'));
try {
  writeFileSync(join(dir, 'main.js'), "import { validateRegistry } from 'subprocessor-list';\nconsole.log(validateRegistry({ subprocessors: [] }).ok);\n");
  await build({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: [{ find: /^subprocessor-list$/, replacement: resolve('dist/npm/index.js') }] },
    build: { outDir: join(dir, 'out'), lib: { entry: join(dir, 'main.js'), formats: ['es'], fileName: 'app' }, minify: true },
  });
  const out = readdirSync(join(dir, 'out')).map((f) => readFileSync(join(dir, 'out', f)));
  const consumer = out.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  console.log(`an app importing only validateRegistry: ${kb(consumer)} gzip (budget ${kb(CONSUMER_BUDGET_GZIP)})`);
  if (consumer > CONSUMER_BUDGET_GZIP) {
    console.error(`Over budget by ${kb(consumer - CONSUMER_BUDGET_GZIP)} gzip: something in the npm build keeps the element alive.`);
    failed = true;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
