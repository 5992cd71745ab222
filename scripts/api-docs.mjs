#!/usr/bin/env node
/**
 * Writes the README's API tables (attributes, events, CSS parts, CSS custom
 * properties) from the element's class JSDoc, the single source that also
 * feeds custom-elements.json. `--check` fails when the README is stale.
 *
 *   node scripts/api-docs.mjs          rewrite README.md
 *   node scripts/api-docs.mjs --check  exit 1 if README.md is out of date
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const source = readFileSync('src/subprocessor-list.ts', 'utf8');
const jsdoc = /\/\*\*([\s\S]*?)\*\/\s*export class SubprocessorListElement/.exec(source)?.[1];
if (!jsdoc) throw new Error('class JSDoc not found');
const lines = jsdoc.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));

/** Collects `@tag` entries, joining continuation lines. */
function tags(tag) {
  const out = [];
  for (const line of lines) {
    if (line.startsWith('@')) {
      const m = new RegExp(`^@${tag}\\s+(.*)$`).exec(line);
      out.push(m ? m[1] : null);
    } else if (out.length && out[out.length - 1] !== null && line.trim()) {
      out[out.length - 1] += ` ${line.trim()}`;
    }
  }
  return out.filter((x) => x !== null);
}

const cell = (s) => s.replace(/\|/g, '\\|');
const split = (entry) => {
  const i = entry.indexOf(' - ');
  return i < 0 ? [entry, ''] : [entry.slice(0, i), entry.slice(i + 3)];
};

const tables = {
  attributes: ['| Attribute | Description |', '| --- | --- |', ...tags('attr').map((e) => {
    const [name, desc] = split(e);
    return `| \`${name}\` | ${cell(desc)} |`;
  })],
  events: ['| Event | Description |', '| --- | --- |', ...tags('fires').map((e) => {
    // `@fires {CustomEvent<LoadDetail>} name - …`: the type is for the manifest (and editors), not the table.
    const [name, desc] = split(e.replace(/^\{[^}]*\}\s+/, ''));
    return `| \`${name}\` | ${cell(desc)} |`;
  })],
  parts: ['| Part | Description |', '| --- | --- |', ...tags('csspart').map((e) => {
    const [name, desc] = split(e);
    return `| \`${name}\` | ${cell(desc)} |`;
  })],
  cssprops: ['| Custom property | Default | Description |', '| --- | --- | --- |', ...tags('cssprop').map((e) => {
    const [spec, desc] = split(e);
    const m = /^\[(--[\w-]+)=(.*)\]$/.exec(spec);
    if (!m) throw new Error(`@cssprop without a [--name=default]: ${spec}`);
    // Private variables read as the public ones they come from.
    const value = m[2].replace(/--_([\w-]+)/g, '--subprocessor-list-$1');
    return `| \`${m[1]}\` | \`${cell(value)}\` | ${cell(desc)} |`;
  })],
};

// The JSDoc defaults must be the ones the styles really use; public
// variables are read in one place only, the tokens sheet.
const styles = readFileSync('src/styles/tokens.ts', 'utf8');
const elsewhere = readdirSync('src', { recursive: true })
  .map(String)
  .filter((f) => /\.ts$/.test(f) && f !== 'styles/tokens.ts' && f !== 'subprocessor-list.ts')
  .filter((f) => /var\(--subprocessor-list-/.test(readFileSync(`src/${f}`, 'utf8')));
if (elsewhere.length) {
  console.error(`Public CSS variables are read outside src/styles/tokens.ts: ${elsewhere.join(', ')}`);
  process.exit(1);
}
const used = new Map();
// The first use of each is its default (a forced theme sets some again).
for (const m of styles.matchAll(/var\((--subprocessor-list-[\w-]+), ((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)/g)) if (!used.has(m[1])) used.set(m[1], m[2].trim());
const documented = new Map(tags('cssprop').map((e) => /^\[(--[\w-]+)=(.*)\]/.exec(split(e)[0]).slice(1, 3)));
const mismatches = [];
for (const [name, value] of used) if (documented.get(name) !== value) mismatches.push(`${name}: styles ${value}, JSDoc ${documented.get(name) ?? '(missing)'}`);
for (const name of documented.keys()) if (!used.has(name)) mismatches.push(`${name}: documented but not used in the styles`);
if (mismatches.length) {
  console.error(`CSS custom properties and their JSDoc disagree:\n  ${mismatches.join('\n  ')}`);
  process.exit(1);
}

const readme = readFileSync('README.md', 'utf8');
let next = readme;
for (const [name, rows] of Object.entries(tables)) {
  const re = new RegExp(`(<!-- api:${name} -->\\n)[\\s\\S]*?(<!-- /api:${name} -->)`);
  if (!re.test(next)) throw new Error(`README.md lacks the <!-- api:${name} --> markers`);
  next = next.replace(re, (_m, a, b) => `${a}${rows.join('\n')}\n${b}`);
}

if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md API tables are out of date: run `npm run docs`.');
    process.exit(1);
  }
  console.log('README.md API tables are up to date.');
} else if (next !== readme) {
  writeFileSync('README.md', next);
  console.log('README.md API tables updated.');
}
