import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'custom-elements.json', 'screenshots/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,js}', 'test/**/*.{ts,js}', 'demo/**/*.{ts,js}'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    languageOptions: { globals: globals.browser },
    // A leading underscore marks a parameter that only types a signature (Lit directives' render()).
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: globals.mocha },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  { files: ['*.{js,mjs,ts}', 'scripts/**', 'bench/**', '.ci/**'], languageOptions: { globals: globals.node } },
  { files: ['src/cli.ts', 'src/cli/**', 'test/cli/**'], languageOptions: { globals: globals.node } },
  // Benchmark code runs partly in the page (vanilla.js, page.evaluate callbacks).
  { files: ['bench/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
