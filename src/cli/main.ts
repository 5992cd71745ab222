/**
 * `subprocessor-list`: the command-line kit for the people who keep the
 * list. The same validator as the element, plus policy checks, a CSV
 * converter, a diff, feeds and a static HTML rendering.
 *
 * Exit codes: 0 fine, 1 problems found, 2 usage or I/O error (input that
 * cannot be used). Every command reads its input through `readInput` (and
 * a registry through `loadRegistry`), and every failure is one line on
 * standard error. Registry text printed for people goes through `visible`,
 * so control, bidi and line-separator characters show as escapes and no
 * value can rewrite or reorder the lines around it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { validateRegistry } from '../lib/registry.js';
import { localizeRegistry } from '../lib/localize.js';
import { visible, visibleJson } from '../lib/text.js';
import type { LocalizedText, Problem, Registry } from '../lib/types.js';
import { policyWarnings } from './policy.js';
import { fromCsv, toCsvFile } from './csv.js';
import { diffRegistries, changesFor } from './diff.js';
import { atomFeed, jsonFeed } from './feed.js';
import { renderHtml } from './render.js';
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

/** A command used wrongly: exit 2, with a pointer to the usage. */
class UsageError extends Error {}
/** Input that cannot be used (missing, unreadable, not JSON, not a registry): exit 2. */
class InputError extends Error {}

/** The one way a command reads a file: its text, without a byte-order mark. */
function readInput(path: string | undefined): string {
  if (!path) throw new UsageError('a file is needed');
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** A language tag for --lang, or a usage error (Intl would throw on it later). */
function languageTag(lang: string | undefined): string {
  if (lang === undefined) return 'en';
  try {
    const [tag] = Intl.getCanonicalLocales(lang);
    if (tag) return tag;
  } catch {
    /* not a tag */
  }
  throw new UsageError(`--lang: "${lang}" is not a language tag (such as en, de or pt-BR)`);
}

/** --base: where the registry is published, so that its relative links resolve; an http(s) address. */
function baseUrl(base: string | undefined): string | undefined {
  if (base === undefined) return undefined;
  try {
    const url = new URL(base);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    /* not an address */
  }
  throw new UsageError(`--base: "${base}" is not an http(s) address`);
}

/** A registry file, validated, in one language; problems as sentences (and the validated registry, all its languages kept). */
function loadRegistry(path: string | undefined, lang = 'en'): { registry: Registry; problems: string[]; validated: { registry: Registry<LocalizedText>; problems: Problem[] } } {
  const text = readInput(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  const result = validateRegistry(data);
  if (!result.ok) throw new InputError(`${path} is not a sub-processor registry: ${result.fatal.path}: ${result.fatal.message}`);
  return { registry: localizeRegistry(result.registry, lang), problems: result.problems.map((p) => `${p.path}: ${p.message}`), validated: result };
}

/** JSON for standard output: two-space indented, with nothing a terminal would act on. */
const json = (value: unknown) => `${visibleJson(JSON.stringify(value, null, 2))}\n`;

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void, today = new Date().toISOString().slice(0, 10)): number {
  // Lines for people: one line each, whatever the registry text in them holds.
  const say = (line: string) => out(`${visible(line)}\n`);
  const warn = (line: string) => err(`${visible(line)}\n`);
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
        const { registry, problems } = loadRegistry(positionals[0]);
        const warnings = policyWarnings(registry, today);
        if (values.json) out(json({ file: positionals[0], problems, warnings }));
        else {
          for (const p of problems) say(`problem: ${p}`);
          for (const w of warnings) say(`warning: ${w}`);
          say(`${positionals[0]}: ${registry.subprocessors.length} sub-processors, ${problems.length} problems, ${warnings.length} warnings`);
        }
        return problems.length || (values.strict && warnings.length) ? 1 : 0;
      }
      case 'convert': {
        const { registry, problems } = fromCsv(readInput(positionals[0]));
        for (const p of problems) warn(`warning: ${p}`);
        out(json(registry));
        return 0;
      }
      case 'export': {
        if (!values.csv) throw new UsageError('export needs --csv');
        out(toCsvFile(loadRegistry(positionals[0]).registry));
        return 0;
      }
      case 'diff': {
        const before = loadRegistry(positionals[0]).registry;
        const after = loadRegistry(positionals[1]).registry;
        if (values.changes) {
          out(json(changesFor(before, after, today)));
          return 0;
        }
        const lines = diffRegistries(before, after);
        if (!lines.length) say('No changes.');
        for (const line of lines) say(line);
        return 0;
      }
      case 'feed': {
        const { registry } = loadRegistry(positionals[0]);
        out(values['json-feed'] ? jsonFeed(registry, today) : atomFeed(registry, today));
        return 0;
      }
      case 'render': {
        const lang = languageTag(values.lang);
        const { validated } = loadRegistry(positionals[0]);
        out(renderHtml({ ...validated, base: baseUrl(values.base) }, { lang, fragment: values.fragment, today }));
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      warn(`subprocessor-list: ${message} (subprocessor-list help: usage)`);
    } else if (e instanceof InputError) {
      warn(`subprocessor-list: ${message}`);
    } else {
      // A fault of the kit itself: still one line, and the input is what could not be used.
      warn(`subprocessor-list: cannot process this input: ${message}`);
    }
    return 2;
  }
}
