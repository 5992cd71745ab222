#!/usr/bin/env node
/**
 * What the package promises outside its code, checked (part of `npm run lint`):
 *
 * - One version everywhere: the schema's `$id`, `src/lib/schema-url.ts`, the
 *   README's versioned references (CDN URLs, `$schema`, `npx …@`, the Action's
 *   and pre-commit's tags) and the examples in action.yml and
 *   .pre-commit-hooks.yaml name package.json's version. `--write` rewrites
 *   them to it (the `npm version` hook).
 * - The JSON Schema describes every field, and an editor's hover shows each
 *   field's own description: checked with VS Code's JSON language service on
 *   a document that uses every field (a `$ref`'s description would hide the
 *   field's, so shared definitions carry none).
 * - The README's React example is the one `test/types/react.tsx` compiles.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import languageService from 'vscode-json-languageservice';

const { getLanguageService, TextDocument } = languageService;
const write = process.argv.includes('--write');
const failures = [];
const read = (file) => readFileSync(file, 'utf8');

const { version } = JSON.parse(read('package.json'));
const SCHEMA_FILE = 'schema/subprocessor-list.schema.json';
const schemaUrl = (v) => `https://cdn.jsdelivr.net/npm/subprocessor-list@${v}/schema/subprocessor-list.schema.json`;

// 1. One version everywhere.
const versioned = [
  // [file, pattern ending in the version (group 1)]
  [SCHEMA_FILE, /"\$id": "https:\/\/cdn\.jsdelivr\.net\/npm\/subprocessor-list@([^/"]+)(?=\/schema\/subprocessor-list\.schema\.json")/g],
  ['src/lib/schema-url.ts', /SCHEMA_VERSION = '([^']+)(?=')/g],
  // CDN URLs, `npx subprocessor-list@…`, `uses: subprocessor-list/subprocessor-list@v…`, pre-commit's `rev: v…`.
  ['README.md', /(?:subprocessor-list@v?|rev: v)(\d+\.\d+\.\d+(?:-[\w.]+)?)/g],
  ['action.yml', /subprocessor-list@v(\d+\.\d+\.\d+(?:-[\w.]+)?)/g],
  ['.pre-commit-hooks.yaml', /rev: v(\d+\.\d+\.\d+(?:-[\w.]+)?)/g],
];
for (const [file, re] of versioned) {
  const text = read(file);
  const found = [...text.matchAll(re)];
  if (!found.length) failures.push(`${file}: no versioned reference found (${re})`);
  const stale = found.filter((m) => m[1] !== version);
  if (!stale.length) continue;
  if (write) {
    writeFileSync(file, text.replace(re, (whole, v) => whole.slice(0, whole.length - v.length) + version));
    console.log(`${file}: ${stale.length} version reference(s) set to ${version}`);
  } else {
    failures.push(`${file}: names version ${[...new Set(stale.map((m) => m[1]))].join(', ')}, package.json ${version} (run \`node scripts/check-package.mjs --write\`)`);
  }
}

// 2. The schema: every field described, and hover shows the field's own words.
const schema = JSON.parse(read(SCHEMA_FILE));
if (schema.$id !== schemaUrl(version)) failures.push(`${SCHEMA_FILE}: $id is ${schema.$id}, expected ${schemaUrl(version)}`);
const defs = schema.$defs ?? {};
for (const [name, def] of Object.entries(defs)) {
  for (const key of ['title', 'description', 'markdownDescription']) {
    if (def[key] !== undefined && name !== 'subprocessor') failures.push(`${SCHEMA_FILE}: $defs.${name} has a ${key}, which editors show instead of the field's own`);
  }
}
const deref = (node) => (node?.$ref ? defs[node.$ref.replace('#/$defs/', '')] : node);

/** A value for every field of a schema node; each key's line is recorded with the description hover must show. */
function sample(node, path, expected) {
  const n = deref(node);
  if (n.const !== undefined) return n.const;
  if (n.enum) return n.enum[0];
  if (n.type === 'integer') return 1;
  if (n.type === 'array') return [sample(n.items, `${path}[]`, expected)];
  if (n.type === 'object' || n.properties) {
    const out = {};
    for (const [key, child] of Object.entries(n.properties ?? {})) {
      if (!child.description) failures.push(`${SCHEMA_FILE}: ${path}${path ? '.' : ''}${key} has no description`);
      expected.push({ path: `${path}${path ? '.' : ''}${key}`, key, description: child.description ?? '' });
      out[key] = sample(child, `${path}${path ? '.' : ''}${key}`, expected);
    }
    return out;
  }
  if (n.format === 'date') return '2026-05-01';
  return 'x'; // text, strings, nonEmpty
}
const expected = [];
const doc = sample(schema, '', expected);
doc.$schema = schema.$id; // as a registry names it (the service is given the schema under that URL)
// Lay the document out one key a line, in the order the keys were recorded.
const text = JSON.stringify(doc, null, 2);
const service = getLanguageService({});
service.configure({ validate: true, schemas: [{ uri: schema.$id, fileMatch: ['*.json'], schema }] });
const document = TextDocument.create('file:///registry.json', 'json', 1, text);
const json = service.parseJSONDocument(document);
const unescape = (md) => md.replace(/\\(.)/g, '$1');
let next = 0;
const lines = text.split('\n');
for (let line = 0; line < lines.length; line++) {
  const m = /^(\s*)"([^"]+)":/.exec(lines[line]);
  if (!m) continue;
  const want = expected[next++];
  if (want?.key !== m[2]) throw new Error(`sample document out of step at ${m[2]} (expected ${want?.key})`);
  const hover = await service.doHover(document, { line, character: m[1].length + 2 }, json);
  const shown = hover ? unescape([hover.contents].flat().map((c) => (typeof c === 'string' ? c : c.value)).join('\n')) : '';
  if (!shown.includes(want.description)) failures.push(`${SCHEMA_FILE}: hover on ${want.path} shows "${shown || '(nothing)'}", not its description "${want.description}"`);
}
const problems = await service.doValidation(document, json);
if (problems.length) failures.push(`${SCHEMA_FILE}: the every-field sample is invalid: ${problems.map((p) => p.message).join('; ')}`);

// 3. The README's React example compiles (test/types/react.tsx holds it).
const fixture = /\/\/ README:begin\n([\s\S]*?)\/\/ README:end/.exec(read('test/types/react.tsx'))?.[1];
if (!fixture) failures.push('test/types/react.tsx: no README:begin … README:end region');
else if (!read('README.md').includes(`\`\`\`tsx\n${fixture}\`\`\``)) failures.push('README.md: the React example differs from test/types/react.tsx (between README:begin and README:end)');

if (failures.length) {
  console.error(`Package checks failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`Package checks: version ${version} everywhere; ${expected.length} schema fields described and shown on hover; README React example compiled by test/types.`);
