#!/usr/bin/env node
/**
 * Editor support from the manifest: reads custom-elements.json (written by
 * `cem analyze`, from the element's JSDoc) and writes, beside it,
 *
 *   vscode.html-custom-data.json  VS Code's HTML custom data: the tag, its attributes and their values
 *   vscode.css-custom-data.json   VS Code's CSS custom data: the custom properties and ::part() names
 *   web-types.json                JetBrains web-types: tag, attributes, properties, events, slot, CSS
 *
 * and checks that the JSX declarations (src/jsx.ts) know every attribute:
 * a warning when it writes the files (`npm run analyze`, and so `npm run
 * build`), a failure with `--check` (`npm run test:types`).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const HOME = 'https://github.com/subprocessor-list/subprocessor-list';
const DOCS = `${HOME}#the-element`;

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
if (!elements.length) throw new Error('custom-elements.json declares no custom element: run `npm run analyze`');

/** `'auto' | 'table' | 'cards'` → ['auto', 'table', 'cards']; anything else → undefined. */
function literals(type) {
  const parts = (type ?? '').split('|').map((s) => s.trim()).filter((s) => s !== 'undefined');
  return parts.length && parts.every((s) => /^'[^']*'$/.test(s)) ? parts.map((s) => s.slice(1, -1)) : undefined;
}
const typeText = (t) => (t?.text ?? 'string').replace(/\s*\|\s*undefined\b/g, '');
const markdown = (value) => ({ kind: 'markdown', value });
const withDefault = (description, value) => (value !== undefined && value !== "''" ? `${description} Default: \`${value}\`.` : description);

function tagDescription(el) {
  const lines = [el.description];
  for (const slot of el.slots ?? []) lines.push(`**${slot.name ? `Slot \`${slot.name}\`` : 'Content'}**: ${slot.description}`);
  if (el.events?.length) {
    lines.push(['**Events**:', ...el.events.map((e) => `- \`${e.name}\`${e.type ? ` (\`${e.type.text}\`)` : ''}: ${e.description}`)].join('\n'));
  }
  return lines.join('\n\n');
}

const publicFields = (el) => (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'));

// VS Code: https://github.com/microsoft/vscode-custom-data
const html = {
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: markdown(tagDescription(el)),
    attributes: el.attributes.map((a) => {
      const values = literals(a.type?.text);
      const boolean = a.type?.text === 'boolean';
      return {
        name: a.name,
        description: markdown(withDefault(a.description, a.default)),
        ...(values ? { values: values.map((name) => ({ name })) } : {}),
        ...(boolean ? { valueSet: 'v' } : {}),
      };
    }),
    references: [{ name: 'Documentation', url: DOCS }],
  })),
};

const css = {
  version: 1.1,
  properties: elements.flatMap((el) =>
    (el.cssProperties ?? []).map((p) => ({
      name: p.name,
      description: markdown(withDefault(`${p.description} (\`<${el.tagName}>\`)`, p.default)),
      references: [{ name: 'Documentation', url: `${HOME}#theming-and-styling` }],
    })),
  ),
  pseudoElements: elements.flatMap((el) =>
    (el.cssParts ?? []).map((p) => ({
      name: `::part(${p.name})`,
      description: markdown(`${p.description} (\`<${el.tagName}>\`)`),
      references: [{ name: 'Documentation', url: `${HOME}#theming-and-styling` }],
    })),
  ),
};

// JetBrains: https://github.com/JetBrains/web-types
const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((el) => ({
        name: el.tagName,
        description: tagDescription(el),
        'doc-url': DOCS,
        attributes: el.attributes.map((a) => ({
          name: a.name,
          description: a.description,
          ...(a.default !== undefined ? { default: a.default } : {}),
          value: a.type?.text === 'boolean' ? { kind: 'no-value', type: 'boolean' } : { type: typeText(a.type) },
        })),
        slots: (el.slots ?? []).map((s) => ({ name: s.name, description: s.description })),
        js: {
          properties: publicFields(el).map((f) => ({
            name: f.name,
            description: f.description,
            ...(f.type ? { type: typeText(f.type) } : {}),
            ...(f.readonly ? { 'read-only': true } : {}),
          })),
          events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description, ...(e.type ? { type: e.type.text } : {}) })),
        },
        css: {
          properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: withDefault(p.description, p.default) })),
          parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: p.description })),
        },
      })),
    },
    css: {
      properties: elements.flatMap((el) => (el.cssProperties ?? []).map((p) => ({ name: p.name, description: withDefault(p.description, p.default) }))),
      parts: elements.flatMap((el) => (el.cssParts ?? []).map((p) => ({ name: p.name, description: p.description }))),
    },
  },
};

// The JSX declarations list the attributes by hand (kebab case, typed): they must know them all.
const jsx = readFileSync('src/jsx.ts', 'utf8');
const block = /export interface SubprocessorListAttributes \{([\s\S]*?)\n\}/.exec(jsx)?.[1] ?? '';
const declared = new Set([...block.matchAll(/^\s*'?([\w-]+)'?\?:/gm)].map((m) => m[1]));
const inManifest = new Set(elements.flatMap((el) => el.attributes.map((a) => a.name)));
const missing = [...inManifest].filter((n) => !declared.has(n));
const extra = [...declared].filter((n) => !inManifest.has(n));
const check = process.argv.includes('--check');
if (missing.length || extra.length) {
  console.error(
    `${check ? '' : 'warning: '}src/jsx.ts SubprocessorListAttributes and the manifest disagree:${missing.length ? ` missing ${missing.join(', ')};` : ''}${extra.length ? ` not in the manifest: ${extra.join(', ')}` : ''} (the JSX types miss the attribute spelling)`,
  );
  if (check) process.exit(1);
}
if (check) {
  console.log('src/jsx.ts types every attribute in the manifest.');
  process.exit(0);
}

const write = (file, data) => writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
write('vscode.html-custom-data.json', html);
write('vscode.css-custom-data.json', css);
write('web-types.json', webTypes);
console.log('Wrote vscode.html-custom-data.json, vscode.css-custom-data.json and web-types.json from custom-elements.json.');
