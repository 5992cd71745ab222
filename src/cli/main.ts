/**
 * `subprocessor-list`: the command-line kit for the people who keep the
 * list. The same validator as the element, plus policy checks, a CSV
 * converter, a diff, feeds and a static HTML rendering.
 *
 * Exit codes: 0 fine, 1 problems found, 2 usage or I/O error.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { validateRegistry } from '../lib/registry.js';
import { localizeRegistry } from '../lib/localize.js';
import type { Registry } from '../lib/types.js';
import { policyWarnings } from './policy.js';
import { fromCsv, toCsvFile } from './csv.js';
import { diffRegistries, changesFor } from './diff.js';
import { atomFeed, jsonFeed } from './feed.js';
import { renderHtml } from './render.js';
import { supportedLocale } from '../lib/intl.js';
import { registerLocale } from '../model/locales.js';
import { de } from '../lib/locales/de.js';
import { fr } from '../lib/locales/fr.js';
import { nl } from '../lib/locales/nl.js';
import { es } from '../lib/locales/es.js';

// Every UI language at hand: the kit is one file for Node, nothing to load later.
for (const [code, strings] of Object.entries({ de, fr, nl, es })) registerLocale(code, strings);

const USAGE = `Usage: subprocessor-list <command> [options]

Commands:
  validate <registry.json> [--json] [--strict]   check a registry (exit 1 on problems; --strict: on warnings too)
  convert <list.csv>                             a spreadsheet export as registry JSON, on standard output
  export <registry.json> --csv                   the registry as CSV, on standard output
  diff <old.json> <new.json> [--changes]         what changed, in words (--changes: the changes entries to append)
  feed <registry.json> [--json-feed]             an Atom 1.0 feed of the changes (--json-feed: JSON Feed 1.1)
  render <registry.json> [--lang xx] [--fragment] [--base URL]
                                                 the static page of the list (--fragment: the list alone, to paste into a page;
                                                 --base: where the registry is published, for its relative links)
`;

class UsageError extends Error {}

function read(path: string | undefined): string {
  if (!path) throw new UsageError('a file is needed');
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function load(path: string | undefined): { registry: Registry<never> | Registry; problems: string[] } {
  const text = read(path);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  const result = validateRegistry(data);
  if (!result.ok) throw new UsageError(`${path} is not a sub-processor registry: ${result.fatal.path}: ${result.fatal.message}`);
  return { registry: localizeRegistry(result.registry, 'en'), problems: result.problems.map((p) => `${p.path}: ${p.message}`) };
}

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void, today = new Date().toISOString().slice(0, 10)): number {
  const [command, ...rest] = argv;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        strict: { type: 'boolean' },
        csv: { type: 'boolean' },
        changes: { type: 'boolean' },
        'json-feed': { type: 'boolean' },
        lang: { type: 'string' },
        fragment: { type: 'boolean' },
        base: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (!command || command === 'help' || values.help) {
      out(USAGE);
      return command ? 0 : 2;
    }
    switch (command) {
      case 'validate': {
        const { registry, problems } = load(positionals[0]);
        const warnings = policyWarnings(registry as Registry, today);
        if (values.json) out(`${JSON.stringify({ file: positionals[0], problems, warnings }, null, 2)}\n`);
        else {
          for (const p of problems) out(`problem: ${p}\n`);
          for (const w of warnings) out(`warning: ${w}\n`);
          out(`${positionals[0]}: ${registry.subprocessors.length} sub-processors, ${problems.length} problems, ${warnings.length} warnings\n`);
        }
        return problems.length || (values.strict && warnings.length) ? 1 : 0;
      }
      case 'convert': {
        const { registry, problems } = fromCsv(read(positionals[0]));
        for (const p of problems) err(`warning: ${p}\n`);
        out(`${JSON.stringify(registry, null, 2)}\n`);
        return 0;
      }
      case 'export': {
        if (!values.csv) throw new UsageError('export needs --csv');
        out(toCsvFile(load(positionals[0]).registry as Registry));
        return 0;
      }
      case 'diff': {
        const before = load(positionals[0]).registry as Registry;
        const after = load(positionals[1]).registry as Registry;
        if (values.changes) {
          out(`${JSON.stringify(changesFor(before, after, today), null, 2)}\n`);
          return 0;
        }
        const lines = diffRegistries(before, after);
        out(lines.length ? `${lines.join('\n')}\n` : 'No changes.\n');
        return 0;
      }
      case 'feed': {
        const { registry } = load(positionals[0]);
        out(values['json-feed'] ? jsonFeed(registry as Registry, today) : atomFeed(registry as Registry, today));
        return 0;
      }
      case 'render': {
        const text = read(positionals[0]);
        const result = validateRegistry(JSON.parse(text.replace(/^\uFEFF/, '')));
        if (!result.ok) throw new UsageError(`${positionals[0]} is not a sub-processor registry: ${result.fatal.message}`);
        const lang = supportedLocale(values.lang ?? 'en');
        out(renderHtml({ registry: result.registry, problems: result.problems, base: values.base }, { lang, fragment: values.fragment, today }));
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`subprocessor-list: ${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}
