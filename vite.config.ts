import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.mjs';

/** Adds the iframe page (dist/embed.html, embed.js, embed.css) beside the bundle. */
function embedPage(): Plugin {
  return {
    name: 'embed-page',
    generateBundle() {
      for (const file of ['embed.html', 'embed.js', 'embed.css']) {
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(new URL(`./src/embed/${file}`, import.meta.url), 'utf8') });
      }
    },
  };
}

// Builds from one source:
//   vite build             -> dist/subprocessor-list.js  one self-contained, minified ES module
//                             (lit and @lit/task inlined) for <script type="module" src=…>
//   vite build --mode npm  -> dist/npm/**: one module per source module (Lit's publishing
//                             guidance), lit external, so an app tree-shakes what it does not
//                             import (`validateRegistry` alone costs only the validator) and an
//                             app that already uses Lit does not ship it twice.
//   vite build --mode cli  -> dist/cli/cli.js, the command-line kit, self-contained (its
//                             parsers bundled: `npx subprocessor-list` installs nothing else).
export default defineConfig(({ mode }) => {
  // — The editor (src/editor/): its own build, after the bundle's —
  //   vite build --mode editor -> dist/editor.html, dist/editor.js (and its chunks, editor.*.js):
  //                             the page that edits a registry in the browser. It imports the
  //                             element and the shared modules from source; the element's bundle
  //                             never loads any of it. Written beside the bundle, so it must not
  //                             empty dist/.
  if (mode === 'editor') {
    return {
      root: `${import.meta.dirname}/src/editor`,
      // Relative links to its modules: the page works from any folder it is copied to.
      base: './',
      publicDir: false,
      plugins: [minifyLiterals()],
      build: {
        target: 'es2022',
        outDir: `${import.meta.dirname}/dist`,
        emptyOutDir: false,
        sourcemap: true,
        reportCompressedSize: false,
        modulePreload: { polyfill: false },
        rolldownOptions: {
          input: { editor: `${import.meta.dirname}/src/editor/editor.html` },
          output: { minify: true, entryFileNames: 'editor.js', chunkFileNames: 'editor.[name].js', assetFileNames: 'editor.[name][extname]' },
        },
      },
    };
  }
  // — end of the editor's build —
  if (mode === 'cli') {
    return {
      publicDir: false,
      // Bundle every dependency (Papa Parse, htmlparser2): an SSR build would leave them external.
      ssr: { noExternal: true },
      build: {
        target: 'node20',
        outDir: 'dist/cli',
        emptyOutDir: true,
        ssr: 'src/cli.ts',
        minify: false,
        rolldownOptions: { external: [/^node:/], output: { entryFileNames: 'cli.js' } },
      },
    };
  }
  const npm = mode === 'npm';
  return {
    publicDir: false,
    plugins: npm ? [] : [minifyLiterals(), embedPage()],
    build: {
      target: 'es2022',
      outDir: npm ? 'dist/npm' : 'dist',
      emptyOutDir: true,
      sourcemap: true,
      // Terser packs this bundle about 1 % smaller than oxc after gzip.
      minify: npm ? false : 'terser',
      terserOptions: { module: true, ecma: 2020, compress: { passes: 2 } },
      reportCompressedSize: false,
      lib: npm
        ? { entry: { index: 'src/index.ts', define: 'src/define.ts' }, formats: ['es'] }
        : { entry: 'src/bundle.ts', formats: ['es'], fileName: () => 'subprocessor-list.js' },
      // Vite keeps ES library output readable (codegen off) so that app
      // bundlers can tree-shake it; nobody tree-shakes the script-tag
      // bundle, so minify it fully.
      rolldownOptions: npm
        ? { external: [/^lit($|\/)/, /^@lit\//], output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' } }
        : // The languages other than English: sibling files, loaded when a list speaks them.
          // Code the lazy chunks share with the bundle stays in the bundle (which may then export it to them).
          { preserveEntrySignatures: 'allow-extension', output: { minify: true, chunkFileNames: 'subprocessor-list.[name].js' } },
    },
  };
});
