#!/usr/bin/env node
/**
 * The package as a new user gets it (CI, after the tests; `npm run test:pack`):
 *
 * 1. Packs it the way `npm publish` would, from nothing built: the build
 *    outputs are removed first, so `prepack` must build everything.
 * 2. Checks the tarball's file list against an explicit allow-list (missing
 *    or unexpected files fail), every path package.json names, and what the
 *    shipped code imports (the npm build only its dependencies, the
 *    command-line kit and the bundle nothing at all).
 * 3. Installs the tarball into two throw-away projects in a temp directory,
 *    from npm's cache where it can (`--prefer-offline`), with the versions
 *    this repository's lockfile already holds:
 *    - Vite + React 19 + TypeScript: type-checks strictly (the React fixture
 *      of test/types, the package root alone) and builds;
 *    - plain Node + TypeScript: type-checks strictly (NodeNext), runs the
 *      package root's validator, and runs the command-line kit from the
 *      installed package (`npx subprocessor-list validate …`, exit codes),
 *      also through the GitHub Action's script.
 * 4. Runs `@arethetypeswrong/cli --profile esm-only` and `publint --strict`
 *    on the tarball.
 *
 * KEEP=1 keeps the temp directory.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'acorn';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'subprocessor-list-pack-'));
const started = Date.now();
const failures = [];
const step = (s) => console.log(`\n── ${s} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Runs a command, output shown; fails the check (and throws) on a non-zero exit. */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}
/** The exit code of a command, its output shown. */
const exitCode = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...opts }).status;
/** The version of a package this repository's lockfile installs. */
function locked(name) {
  const v = lock.packages[`node_modules/${name}`]?.version;
  if (!v) throw new Error(`${name} is not in package-lock.json: add it as a devDependency so the consumer projects can install it from npm's cache`);
  return v;
}
const npmInstall = (cwd) => run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd });

try {
  // 1. Pack from nothing built.
  step('npm pack (prepack builds everything)');
  for (const f of ['dist', 'custom-elements.json', 'web-types.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json']) rmSync(join(root, f), { recursive: true, force: true });
  run('npm', ['pack', '--pack-destination', tmp, '--loglevel=warn'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = join(tmp, `${pkg.name}-${pkg.version}.tgz`);
  if (!existsSync(tarball)) throw new Error(`npm pack wrote no ${tarball}`);

  // 2. The file list.
  step('tarball contents');
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !f.endsWith('/'))
    .map((f) => f.replace(/^package\//, ''))
    .sort();
  const LANGS = ['de', 'fr', 'nl', 'es'];
  // The script-tag build's siblings of the bundle, loaded on demand: the languages, and what only interaction needs.
  const SIBLINGS = [...LANGS, 'interactive', 'export'];
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'schema/subprocessor-list.schema.json',
    'custom-elements.json',
    'web-types.json',
    'vscode.html-custom-data.json',
    'vscode.css-custom-data.json',
    // The script-tag build: the bundle, the files it loads on demand, the iframe page.
    'dist/subprocessor-list.js',
    'dist/subprocessor-list.js.map',
    ...SIBLINGS.flatMap((l) => [`dist/subprocessor-list.${l}.js`, `dist/subprocessor-list.${l}.js.map`]),
    'dist/embed.html',
    'dist/embed.js',
    'dist/embed.css',
    // The editor: its page and module (the chunks it loads come by pattern, below).
    'dist/editor.html',
    'dist/editor.js',
    // The command-line kit, one self-contained file.
    'dist/cli/cli.js',
    // The npm build's entry points and their types.
    'dist/npm/index.js',
    'dist/npm/define.js',
    'dist/npm/subprocessor-list.js',
    'dist/npm/events.js',
    ...LANGS.map((l) => `dist/npm/lib/locales/${l}.js`),
    'dist/types/index.d.ts',
    'dist/types/define.d.ts',
    'dist/types/bundle.d.ts',
    'dist/types/events.d.ts',
    'dist/types/jsx.d.ts',
    'dist/types/react.d.ts',
    'dist/types/vue.d.ts',
    'dist/types/subprocessor-list.d.ts',
  ];
  // The npm build is one module per source module and the types one declaration per module:
  // allowed by pattern (the element's own modules only: not the kit, the converter or the script-tag entry).
  // _virtual/ holds the bundler's helpers, under a versioned path.
  // The editor's chunks (the converter, its languages, what interaction needs) and source maps.
  const allowed = [/^dist\/editor(\.[\w-]+)?\.js(\.map)?$/, /^dist\/npm\/(?!cli\/|cli\.js|convert\/|bundle\.js)[\w/.-]+\.js(\.map)?$/, /^dist\/npm\/_virtual\/[\w@/.-]+\.js(\.map)?$/, /^dist\/types\/(?!cli\/|cli\.d\.ts)[\w/.-]+\.d\.ts$/];
  const missing = required.filter((f) => !files.includes(f));
  const unexpected = files.filter((f) => !required.includes(f) && !allowed.some((re) => re.test(f)));
  if (missing.length) failures.push(`missing from the tarball: ${missing.join(', ')}`);
  if (unexpected.length) {
    failures.push(
      `unexpected in the tarball: ${unexpected.join(', ')} (a new file the package must ship? add it to the list in scripts/pack-check.mjs, and to the README's hosting instructions if a page loads it)`,
    );
  }
  // Every path package.json names is in it.
  const named = new Set([pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types'], ...Object.values(pkg.bin ?? {})]);
  const walk = (v) => (typeof v === 'string' ? named.add(v) : v && Object.values(v).forEach(walk));
  walk(pkg.exports);
  for (const p of named) if (p && !files.includes(p.replace(/^\.\//, ''))) failures.push(`package.json names ${p}, which is not in the tarball`);
  console.log(`${files.length} files: ${required.length} required, ${files.length - required.length} by pattern (dist/npm, dist/types); ${missing.length} missing, ${unexpected.length} unexpected`);

  // What the shipped code imports.
  const extract = join(tmp, 'extract');
  mkdirSync(extract);
  run('tar', ['-xzf', tarball, '-C', extract]);
  const shipped = join(extract, 'package');
  /** The bare specifiers a module imports, exports from, import()s or require()s (parsed, not searched: words in strings are no imports). */
  const bare = (file) => {
    const found = [];
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      const source =
        node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ImportExpression'
          ? node.source
          : node.type === 'CallExpression' && node.callee.type === 'Identifier' && /^(__)?require$/.test(node.callee.name)
            ? node.arguments[0]
            : undefined;
      if (source?.type === 'Literal' && typeof source.value === 'string' && !/^[./]/.test(source.value)) found.push(source.value);
      for (const value of Object.values(node)) for (const child of [value].flat()) if (child && typeof child === 'object') visit(child);
    };
    visit(parse(readFileSync(join(shipped, file), 'utf8'), { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true }));
    return found;
  };
  const builtin = (spec) => spec.startsWith('node:') || builtinModules.includes(spec);
  const depOf = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
  const deps = new Set(Object.keys(pkg.dependencies ?? {}));
  for (const f of files.filter((f) => /^dist\/npm\/.*\.js$/.test(f))) {
    for (const spec of bare(f)) if (!deps.has(depOf(spec))) failures.push(`${f} imports ${spec}, which is not a dependency`);
  }
  for (const f of ['dist/cli/cli.js', ...files.filter((f) => /^dist\/subprocessor-list(\.[\w-]+)?\.js$/.test(f))]) {
    for (const spec of bare(f)) if (!builtin(spec) || !f.startsWith('dist/cli/')) failures.push(`${f} imports ${spec}: it must be self-contained`);
  }

  // 3a. Vite + React + TypeScript.
  step('a Vite + React + TypeScript project');
  const app = join(tmp, 'vite-react');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'consumer-vite-react',
        private: true,
        type: 'module',
        dependencies: { [pkg.name]: `file:${tarball}`, react: locked('react'), 'react-dom': locked('react-dom') },
        devDependencies: { vite: locked('vite'), typescript: locked('typescript'), '@types/react': locked('@types/react'), '@types/react-dom': locked('@types/react-dom') },
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          isolatedModules: true,
          verbatimModuleSyntax: true,
          noUnusedLocals: true,
          skipLibCheck: false,
          types: [],
        },
        include: ['src'],
      },
      null,
      2,
    ),
  );
  writeFileSync(join(app, 'index.html'), '<!doctype html>\n<html lang="en">\n<title>Sub-processors</title>\n<div id="root"></div>\n<script type="module" src="/src/main.tsx"></script>\n</html>\n');
  cpSync(join(root, 'test/types/react.tsx'), join(app, 'src/Subprocessors.tsx'));
  writeFileSync(
    join(app, 'src/main.tsx'),
    [
      "import { StrictMode } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import { validateRegistry, SubprocessorListElement, type Registry, type LocalizedText } from 'subprocessor-list';",
      "import { Subprocessors } from './Subprocessors';",
      '',
      "const result = validateRegistry({ title: 'Sub-processors', subprocessors: [{ name: 'Hetzner Online GmbH', purpose: 'Hosting', dataLocations: ['DE'] }] });",
      "if (!result.ok) throw new Error(result.fatal.message);",
      'const registry: Registry<LocalizedText> = result.registry;',
      "const list: SubprocessorListElement | null = document.querySelector('subprocessor-list');",
      'console.info(list?.sort);',
      "createRoot(document.getElementById('root')!).render(<StrictMode><Subprocessors registry={registry} /></StrictMode>);",
      '',
    ].join('\n'),
  );
  npmInstall(app);
  run(join(app, 'node_modules/.bin/tsc'), ['-p', '.'], { cwd: app });
  console.log('tsc --strict: no errors');
  run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: app });
  const built = readdirSync(join(app, 'dist/assets')).filter((f) => f.endsWith('.js'));
  const code = built.map((f) => readFileSync(join(app, 'dist/assets', f), 'utf8')).join('\n');
  if (!code.includes('subprocessor-list-load') || !code.includes('customElements')) failures.push('the Vite build does not contain the element');
  if (/Papa\.parse|htmlparser2/.test(code)) failures.push("the Vite build contains the command-line kit's parsers");
  console.log(`vite build: ${built.join(', ')}`);

  // 3b. Plain Node + TypeScript.
  step('a plain Node + TypeScript project');
  const node = join(tmp, 'node');
  mkdirSync(node);
  writeFileSync(
    join(node, 'package.json'),
    JSON.stringify(
      {
        name: 'consumer-node',
        private: true,
        type: 'module',
        dependencies: { [pkg.name]: `file:${tarball}` },
        devDependencies: { typescript: locked('typescript'), '@types/node': locked('@types/node') },
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(node, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, outDir: 'out', resolveJsonModule: true, skipLibCheck: true, types: ['node'] }, include: ['check.ts'] }, null, 2),
  );
  writeFileSync(
    join(node, 'check.ts'),
    [
      "import { readFileSync } from 'node:fs';",
      "import { validateRegistry, type Problem } from 'subprocessor-list';",
      "import schema from 'subprocessor-list/schema.json' with { type: 'json' };",
      '',
      "const result = validateRegistry(JSON.parse(readFileSync(process.argv[2], 'utf8')));",
      'const problems: Problem[] = result.ok ? result.problems : [result.fatal];',
      "console.log(`${problems.length} problems; schema ${(schema as { $id: string }).$id}`);",
      'process.exitCode = problems.length ? 1 : 0;',
      '',
    ].join('\n'),
  );
  const today = new Date().toISOString().slice(0, 10);
  const good = { $schema: JSON.parse(readFileSync(join(root, 'schema/subprocessor-list.schema.json'), 'utf8')).$id, title: 'Sub-processors', updated: today, subprocessors: [{ name: 'Hetzner Online GmbH', purpose: 'Hosting', entityLocation: 'DE', dataLocations: ['DE'] }] };
  // A third country and no transfer safeguard: valid, but `--strict` fails on the warning.
  const warned = { ...good, subprocessors: [...good.subprocessors, { name: 'Example Inc.', purpose: 'Support', entityLocation: 'US' }] };
  writeFileSync(join(node, 'subprocessors.json'), JSON.stringify(good, null, 2));
  writeFileSync(join(node, 'warned.json'), JSON.stringify(warned, null, 2));
  npmInstall(node);
  run(join(node, 'node_modules/.bin/tsc'), ['-p', '.'], { cwd: node });
  console.log('tsc --strict (NodeNext): no errors');
  run('node', ['out/check.js', 'subprocessors.json'], { cwd: node });
  const installed = readdirSync(join(node, 'node_modules')).flatMap((d) => (d.startsWith('@') ? readdirSync(join(node, 'node_modules', d)).map((s) => `${d}/${s}`) : [d]));
  for (const p of ['papaparse', 'htmlparser2']) if (installed.includes(p)) failures.push(`installing the package installs ${p}, which only the build needs`);
  const cli = (args) => exitCode('npx', ['--no-install', 'subprocessor-list', ...args], { cwd: node });
  const expectExit = (args, want) => {
    const got = cli(args);
    console.log(`npx subprocessor-list ${args.join(' ')} → exit ${got}`);
    if (got !== want) failures.push(`npx subprocessor-list ${args.join(' ')} exited ${got}, expected ${want}`);
  };
  expectExit(['validate', '--strict', 'subprocessors.json'], 0);
  expectExit(['validate', 'warned.json'], 0);
  expectExit(['validate', '--strict', 'warned.json'], 1);
  expectExit(['validate', 'missing.json'], 2);
  // The GitHub Action's step, as the action runs it: the repository's installed package.
  const action = (path) => exitCode('bash', [join(root, 'scripts/action-validate.sh')], { cwd: node, env: { ...process.env, INPUT_PATH: path, INPUT_STRICT: 'true', INPUT_VERSION: pkg.version } });
  if (action('subprocessors.json') !== 0) failures.push('the action failed on a clean registry');
  if (action('warned.json') !== 1) failures.push('the action passed a registry with warnings under --strict');

  // 4. attw and publint.
  step('@arethetypeswrong/cli --profile esm-only');
  if (exitCode(bin('attw'), [tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'table-flipped', '--no-color'], { cwd: tmp }) !== 0) failures.push('@arethetypeswrong/cli found problems');
  step('publint --strict');
  if (exitCode(bin('publint'), ['run', tarball, '--strict'], { cwd: tmp }) !== 0) failures.push('publint found problems');
} catch (e) {
  failures.push(e.message);
} finally {
  if (process.env.KEEP) console.log(`\nkept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (failures.length) {
  console.error(`\nPackage check failed (${seconds} s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nPackage check passed (${seconds} s).`);
