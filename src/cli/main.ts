/**
 * `subprocessor-list`: the command-line kit for the people who keep the
 * list. From a spreadsheet or the page they already have to a registry
 * (`convert`, or `init` for a new one), the same validator as the element
 * plus policy checks, the spreadsheet back (`export --csv`), a diff,
 * feeds, a static HTML rendering, and integrity values for self-hosting.
 *
 * Exit codes: 0 fine, 1 problems found, 2 usage or I/O error (input that
 * cannot be used). Every command reads its input through `readInput` (and
 * a registry through `loadRegistry`); `-` is standard input wherever a file
 * is read, and `--out FILE` writes the result to a file instead of standard
 * output. Every failure is one line on standard error. Registry text
 * printed for people goes through `visible`, so control, bidi and
 * line-separator characters show as escapes and no value can rewrite or
 * reorder the lines around it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isatty } from 'node:tty';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { validateRegistry, isIsoDate } from '../lib/registry.js';
import { localizeRegistry } from '../lib/localize.js';
import { visible, visibleJson } from '../lib/text.js';
import { SCHEMA_URL, SCHEMA_VERSION } from '../lib/schema-url.js';
import type { LocalizedText, Problem, Registry } from '../lib/types.js';
import { convert, registryToCsv, type ConvertOptions, type InputFormat } from '../convert/index.js';
import { policyWarnings } from './policy.js';
import { diffRegistries, changesFor } from './diff.js';
import { atomFeed, jsonFeed } from './feed.js';
import { renderHtml } from './render.js';
import { starterRegistry } from './init.js';
import { BUNDLE_FILES, integrity } from './sri.js';
import { convertSummary, convertWarning, count, problemLine } from './words.js';
import { registerLocale } from '../model/locales.js';
import { de } from '../lib/locales/de.js';
import { fr } from '../lib/locales/fr.js';
import { nl } from '../lib/locales/nl.js';
import { es } from '../lib/locales/es.js';

// Every UI language at hand: the kit is one file for Node, nothing to load later.
for (const [code, strings] of Object.entries({ de, fr, nl, es })) registerLocale(code, strings);

const NAME = 'subprocessor-list';

/** A command used wrongly: exit 2, with a pointer to the command's help. */
class UsageError extends Error {}
/** Input that cannot be used (missing, unreadable, not JSON, not a registry), or output that cannot be written: exit 2. */
class InputError extends Error {}

// — The commands and their options —

interface Option {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** The value's name in the help ("FILE", "csv|html|text"). */
  arg?: string;
  help: string;
}

interface Command {
  args: string;
  summary: string;
  about: string;
  options: Record<string, Option>;
  examples: string[];
  /** How many file arguments: at least, at most. */
  files: [number, number];
}

const OUT: Option = { type: 'string', arg: 'FILE', help: 'write the result to FILE instead of standard output' };
const LANG: Option = { type: 'string', arg: 'TAG', help: 'the language to read text in several languages in (default en)' };
const METADATA: Record<string, Option> = {
  title: { type: 'string', arg: 'TEXT', help: "the list's title" },
  owner: { type: 'string', arg: 'NAME', help: 'the publishing company (owner.name)' },
  'owner-url': { type: 'string', arg: 'URL', help: "the company's web site (owner.url)" },
  dpa: { type: 'string', arg: 'URL|TEXT', help: 'your DPA: its URL, or a note such as "on request" (owner.dpa)' },
  subscribe: { type: 'string', arg: 'URL', help: 'where readers subscribe to changes' },
  page: { type: 'string', arg: 'URL', help: 'where the list is published (feeds link there)' },
};

const COMMANDS: Record<string, Command> = {
  init: {
    args: '[options]',
    summary: 'a starter registry, every field explained',
    about: 'Writes a starter registry that validates as it is: "$schema" (so editors check it and explain each field), an example of every field, and beside each field the schema\'s explanation of it (keys starting with //, which nothing reads; delete them when you like).',
    options: { ...METADATA, out: OUT, force: { type: 'boolean', help: 'replace the --out file if it exists' } },
    examples: ['subprocessor-list init --owner "Acme GmbH" --owner-url https://acme.example --out subprocessors.json'],
    files: [0, 0],
  },
  convert: {
    args: '<file|-> [options]',
    summary: 'a spreadsheet (CSV), a saved web page or page text, as a registry',
    about:
      'Reads the list you already have: a spreadsheet saved as CSV (any delimiter, with or without a byte-order mark), a web page saved from the browser (its tables, or its list of vendors with "Location: …", "Purpose: …" lines), or the page\'s text (copied from the browser, or Markdown). Writes a registry (JSON) that validates. Columns it does not know are kept private: x- fields, which the element, render, the exports and the feeds never show. Warnings (with the row and column), a summary and the private columns go to standard error.',
    options: {
      format: { type: 'string', arg: 'csv|html|text', help: 'what the input is (default: detected)' },
      delimiter: { type: 'string', arg: 'CHAR', help: 'the CSV delimiter, e.g. ";" or tab (default: detected)' },
      'date-order': { type: 'string', arg: 'dmy|mdy', help: 'how to read dates such as 01/02/2024: day first or month first' },
      public: { type: 'string', multiple: true, arg: 'COLUMN', help: 'publish a column it does not know, as notes (repeatable)' },
      into: { type: 'string', arg: 'FILE|-', help: "update this registry: its metadata, categories, changes and the entries' other fields (x- ones too) are kept" },
      ...METADATA,
      updated: { type: 'string', arg: 'DATE', help: 'when the list last changed (any date it reads; written YYYY-MM-DD)' },
      lang: { type: 'string', arg: 'TAG', help: 'the language of text columns without one, beside "Purpose (de)" (default en)' },
      out: OUT,
    },
    examples: [
      'subprocessor-list convert vendors.csv --owner "Acme GmbH" --updated 2026-05-01 --out subprocessors.json',
      'subprocessor-list convert saved-page.html --public "Internal owner" > subprocessors.json',
      'subprocessor-list convert edited.csv --into subprocessors.json --out subprocessors.json',
    ],
    files: [1, 1],
  },
  validate: {
    args: '<registry.json|-> [--json] [--strict]',
    summary: 'problems and policy warnings (exit 1 on problems)',
    about:
      "Checks a registry with the element's own validator (problems: what the element cannot show) and the warnings an auditor would raise (data outside the EEA with no transfer safeguard, duplicates, an old or missing date, changes naming an unknown sub-processor). Exit 1 on problems; with --strict on warnings too.",
    options: {
      json: { type: 'boolean', help: 'the report as JSON: { file, problems, warnings }' },
      strict: { type: 'boolean', help: 'exit 1 on warnings too (for CI)' },
      out: OUT,
    },
    examples: ['subprocessor-list validate subprocessors.json --strict'],
    files: [1, 1],
  },
  export: {
    args: '<registry.json|-> --csv|--json [options]',
    summary: 'the registry as a spreadsheet (--csv), or the copy to publish (--json)',
    about:
      "--csv writes the entries as the spreadsheet convert reads: one row per sub-processor, every field a column (a column per language for text in several), UTF-8 with a byte-order mark; converting it back into the registry gives the same registry. --json writes the registry as it is but for its x- fields, at every level: the copy to publish where readers (and the element) fetch it. Neither ever holds an x- field.",
    options: {
      csv: { type: 'boolean', help: 'the entries as CSV' },
      json: { type: 'boolean', help: 'the registry without its x- fields' },
      delimiter: { type: 'string', arg: 'CHAR', help: 'the CSV delimiter: "," (default) or ";" for spreadsheets in a European locale' },
      lang: { type: 'string', arg: 'TAG', help: 'the language of group titles in the CSV (default en)' },
      out: OUT,
    },
    examples: ['subprocessor-list export subprocessors.json --csv --out subprocessors.csv', 'subprocessor-list export subprocessors.json --json --out public/subprocessors.json'],
    files: [1, 1],
  },
  diff: {
    args: '<old.json> <new.json> [--changes]',
    summary: 'what changed, in words (--changes: entries for the change log)',
    about:
      'Compares two versions of a registry: entries added, removed and changed, field by field. With --changes, writes the "changes" entries to append to the new registry instead: dated with its "updated" (or --date, else today), each with a description ("data locations: US → EU").',
    options: {
      changes: { type: 'boolean', help: 'the changes entries, as JSON' },
      date: { type: 'string', arg: 'YYYY-MM-DD', help: "the changes' date (default: the new registry's updated, else today)" },
      lang: LANG,
      out: OUT,
    },
    examples: ['subprocessor-list diff published.json subprocessors.json', 'subprocessor-list diff published.json subprocessors.json --changes --date 2026-05-01'],
    files: [2, 2],
  },
  feed: {
    args: '<registry.json|-> [options]',
    summary: 'an Atom feed of the changes (--json-feed: JSON Feed)',
    about:
      'Writes the changes as an Atom 1.0 feed (or JSON Feed 1.1), newest first, with stable ids. Each entry links to the list\'s page ("page", or --page); the feed names itself with an absolute URL ("feed", or --self). Publish it and point the registry\'s "feed" at it.',
    options: {
      'json-feed': { type: 'boolean', help: 'JSON Feed 1.1 instead of Atom' },
      page: { type: 'string', arg: 'URL', help: "the list's page, where entries link (default: the registry's page)" },
      self: { type: 'string', arg: 'URL', help: "the feed's own address (default: the registry's feed)" },
      lang: LANG,
      out: OUT,
    },
    examples: ['subprocessor-list feed subprocessors.json --page https://acme.example/subprocessors --self https://acme.example/subprocessors.atom --out subprocessors.atom'],
    files: [1, 1],
  },
  render: {
    args: '<registry.json|-> [options]',
    summary: 'the list as a static HTML page',
    about: 'Writes the same columns and text as the element as a standalone HTML page (or the list alone, --fragment): for hosts that allow no scripts, for search engines, or an archive copy.',
    options: {
      lang: { type: 'string', arg: 'TAG', help: 'the language of the page and of localised text (default en)' },
      fragment: { type: 'boolean', help: 'the list alone, to paste into a page' },
      base: { type: 'string', arg: 'URL', help: "where the registry is published, for its relative links" },
      out: OUT,
    },
    examples: ['subprocessor-list render subprocessors.json --lang de --out unterauftragsverarbeiter.html'],
    files: [1, 1],
  },
  sri: {
    args: '[file …]',
    summary: 'the integrity value (sha384-…) of a file, for a pinned <script>',
    about:
      "Prints the Subresource Integrity value of each file: one value for one file, else one line per file (value, then name). Without a file: the package's own bundle and its language files (subprocessor-list.js, subprocessor-list.{de,fr,nl,es}.js), for a page that hosts them itself.",
    options: { out: OUT },
    examples: ['subprocessor-list sri public/subprocessor-list.js', 'subprocessor-list sri'],
    files: [0, Infinity],
  },
};

function optionLines(options: Record<string, Option>): string[] {
  const rows = Object.entries(options).map(([name, o]) => [`${o.short ? `-${o.short}, ` : ''}--${name}${o.arg ? ` ${o.arg}` : ''}`, o.help]);
  rows.push(['-h, --help', 'this help']);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`);
}

function commandHelp(name: string): string {
  const c = COMMANDS[name];
  return [`Usage: ${NAME} ${name} ${c.args}`, '', c.about, '', 'Options:', ...optionLines(c.options), '', c.examples.length > 1 ? 'Examples:' : 'Example:', ...c.examples.map((e) => `  ${e}`), ''].join('\n');
}

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    `Usage: ${NAME} <command> [options]`,
    '',
    'From the spreadsheet or page you keep to a registry the element shows, and the checks, diffs, feeds and pages made from it.',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`),
    '',
    'A file named "-" is standard input; --out FILE writes the result to a file.',
    `${NAME} <command> --help: its options and an example.  ${NAME} --version: the version.`,
    'Exit codes: 0 fine, 1 problems found, 2 usage or input error.',
    '',
    'Example:',
    `  ${NAME} convert vendors.csv --out subprocessors.json && ${NAME} validate subprocessors.json`,
    '',
  ].join('\n');
}

// — Files —

/** The package's own directory: the kit is dist/cli/cli.js inside it. */
const packageRoot = () => join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { name?: string; version?: string };
    if (pkg.name === NAME && pkg.version) return pkg.version;
  } catch {
    /* not beside its package.json: the schema's version is the package's */
  }
  return SCHEMA_VERSION;
}

/** Reads files and standard input ("-", once) as bytes. */
class Files {
  private stdinRead = false;

  constructor(private readonly warn: (line: string) => void) {}

  /** The name of a file for messages. */
  static label(path: string): string {
    return path === '-' ? 'standard input' : path;
  }

  bytes(path: string | undefined): Buffer {
    if (!path) throw new UsageError('a file is needed');
    if (path === '-') {
      if (this.stdinRead) throw new UsageError('standard input ("-") can be read only once');
      this.stdinRead = true;
      if (isatty(0)) this.warn('reading standard input (end it with Ctrl-D)');
      try {
        return readFileSync(0);
      } catch (e) {
        throw new InputError(`cannot read standard input: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    }
    try {
      return readFileSync(path);
    } catch (e) {
      throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }

  /**
   * The one way a command reads text: UTF-8 (a byte-order mark dropped),
   * UTF-16 with a byte-order mark (Excel's "Unicode text"), else
   * Windows-1252 (Excel's plain "CSV"), which is said.
   */
  text(path: string | undefined): string {
    const bytes = this.bytes(path);
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
    if (utf16) return decoder(utf16).decode(bytes);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      this.warn(`warning: ${Files.label(path!)} is not UTF-8; read as Windows-1252 (what Excel's plain "CSV" writes): check its accented letters, or save it as "CSV UTF-8"`);
      return decoder('windows-1252').decode(bytes);
    }
  }
}

/** A decoder for `encoding`, or Latin-1 where the platform has no such decoder (Node without full ICU). */
function decoder(encoding: string): { decode(bytes: Uint8Array): string } {
  try {
    return new TextDecoder(encoding);
  } catch {
    return { decode: (bytes) => Buffer.from(bytes).toString(encoding.startsWith('utf-16') ? 'utf16le' : 'latin1') };
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** For each item the validator kept, its index in the file (the validator skips what it cannot read; the messages name the file's items). */
function fileIndexes(raw: unknown, kept: readonly unknown[] | undefined, same: (raw: Record<string, unknown>, item: unknown) => boolean): (i: number) => number {
  const list = Array.isArray(raw) ? raw : [];
  const at: number[] = [];
  let j = 0;
  for (const item of kept ?? []) {
    while (j < list.length && !(isObj(list[j]) && same(list[j], item))) j++;
    at.push(j++);
  }
  return (i) => at[i] ?? i;
}

interface LoadedRegistry {
  /** In one language. */
  registry: Registry;
  /** The validated registry, all its languages kept, and its problems. */
  validated: { registry: Registry<LocalizedText>; problems: Problem[] };
  /** Problems as sentences, each path with what it points at. */
  problems: string[];
  /** The file as parsed. */
  raw: Record<string, unknown>;
  fileIndex: (i: number) => number;
  changeIndex: (i: number) => number;
}

/** A registry file, validated, in one language. */
function loadRegistry(files: Files, path: string | undefined, lang = 'en'): LoadedRegistry {
  const text = files.text(path);
  const name = Files.label(path!);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${name} is not valid JSON: ${(e as Error).message}`);
  }
  const result = validateRegistry(data);
  if (!result.ok) throw new InputError(`${name} is not a sub-processor registry: ${result.fatal.path}: ${result.fatal.message}`);
  const raw = data as Record<string, unknown>;
  return {
    registry: localizeRegistry(result.registry, lang),
    validated: result,
    problems: result.problems.map((p) => problemLine(p, raw)),
    raw,
    fileIndex: fileIndexes(raw.subprocessors, result.registry.subprocessors, (r, e) => r.name === (e as { name: string }).name),
    changeIndex: fileIndexes(raw.changes, result.registry.changes, () => true),
  };
}

// — Option values —

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

/** An absolute http(s) address for --base, --page, --self. */
function webAddress(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    /* not an address */
  }
  throw new UsageError(`--${flag}: "${value}" is not an http(s) address`);
}

/** --delimiter: one character ("tab" or "\t" for a tab), not a quote or a line break. */
function delimiterOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const d = value === 'tab' || value === '\\t' ? '\t' : value;
  if (d.length === 1 && !/["\r\n]/.test(d)) return d;
  throw new UsageError(`--delimiter: "${value}" cannot separate cells (one character such as , or ; or tab, not a quote or a line break)`);
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag}: "${value}" is not one of ${allowed.join(', ')}`);
}

/** A parsed JSON value without its `x-` keys, at every depth (keys are defined, so a "__proto__" key stays a key). */
function withoutPrivate(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrivate);
  if (!isObj(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !/^x-/i.test(k)).map(([k, v]) => [k, withoutPrivate(v)]));
}

/** JSON for output: two-space indented, with nothing a terminal would act on. */
const json = (value: unknown) => `${visibleJson(JSON.stringify(value, null, 2))}\n`;

// — Running a command —

interface Run {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  files: string[];
  io: Files;
  today: string;
  /** The command's output (standard output, or --out). */
  emit: (text: string) => void;
  /** A line of output for people. */
  say: (line: string) => void;
  /** A line on standard error. */
  warn: (line: string) => void;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

const RUN: Record<string, (r: Run) => number> = {
  init({ values, today, emit }) {
    const out = str(values.out);
    if (out && out !== '-' && existsSync(out) && !values.force) throw new InputError(`${out} exists; --force replaces it`);
    const schemaPath = join(packageRoot(), 'schema', 'subprocessor-list.schema.json');
    let schema: Record<string, unknown>;
    try {
      schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new InputError(`cannot read the package's schema (${schemaPath}): ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const starter = starterRegistry(schema, {
      today,
      title: str(values.title),
      owner: str(values.owner),
      ownerUrl: str(values['owner-url']),
      dpa: str(values.dpa),
      subscribe: str(values.subscribe),
      page: str(values.page),
    });
    emit(json(starter));
    return 0;
  },

  convert({ values, files, io, emit, warn }) {
    const [file] = files;
    const format = oneOf<InputFormat>('format', str(values.format), ['csv', 'html', 'text']);
    const dateOrder = oneOf<'dmy' | 'mdy'>('date-order', str(values['date-order']), ['dmy', 'mdy']);
    const language = values.lang === undefined ? undefined : languageTag(str(values.lang));
    const input = io.text(file);
    let into: Record<string, unknown> | undefined;
    const intoPath = str(values.into);
    if (intoPath !== undefined) into = loadRegistry(io, intoPath).raw;
    const options: ConvertOptions = {
      format,
      delimiter: delimiterOf(str(values.delimiter)),
      dateOrder,
      publicColumns: Array.isArray(values.public) ? values.public.filter((v): v is string => typeof v === 'string') : undefined,
      into,
      language,
      title: str(values.title),
      owner: str(values.owner),
      ownerUrl: str(values['owner-url']),
      updated: str(values.updated),
      dpa: str(values.dpa),
      subscribe: str(values.subscribe),
      page: str(values.page),
    };
    const result = convert(input, options);
    for (const w of result.warnings) warn(`warning: ${convertWarning(w, result)}`);
    for (const line of convertSummary(Files.label(file), result)) warn(line);
    // "$schema" first, so editors check the file (an existing registry's own is kept).
    const schema = typeof into?.$schema === 'string' ? into.$schema : SCHEMA_URL;
    emit(json({ $schema: schema, ...result.registry }));
    return result.registry.subprocessors.length ? 0 : 1;
  },

  validate({ values, files, io, today, emit, say }) {
    const [file] = files;
    const { registry, problems, fileIndex, changeIndex } = loadRegistry(io, file);
    const warnings = policyWarnings(registry, today, { fileIndex, changeIndex });
    if (values.json) emit(json({ file, problems, warnings }));
    else {
      for (const p of problems) say(`problem: ${p}`);
      for (const w of warnings) say(`warning: ${w}`);
      say(`${Files.label(file)}: ${count(registry.subprocessors.length, 'sub-processor')}, ${count(problems.length, 'problem')}, ${count(warnings.length, 'warning')}`);
    }
    return problems.length || (values.strict && warnings.length) ? 1 : 0;
  },

  export({ values, files, io, emit }) {
    if (!values.csv === !values.json) throw new UsageError('export needs --csv or --json');
    const delimiter = delimiterOf(str(values.delimiter));
    const lang = languageTag(str(values.lang));
    const loaded = loadRegistry(io, files[0]);
    emit(values.json ? json(withoutPrivate(loaded.raw)) : registryToCsv(loaded.validated.registry, { delimiter, language: lang }));
    return 0;
  },

  diff({ values, files, io, today, emit, say }) {
    const lang = languageTag(str(values.lang));
    const date = str(values.date);
    if (date !== undefined && !isIsoDate(date)) throw new UsageError(`--date: "${date}" is not a date written YYYY-MM-DD`);
    const before = loadRegistry(io, files[0], lang).registry;
    const after = loadRegistry(io, files[1], lang).registry;
    if (values.changes) {
      emit(json(changesFor(before, after, date ?? after.updated ?? today)));
      return 0;
    }
    const lines = diffRegistries(before, after);
    if (!lines.length) say('No changes.');
    for (const line of lines) say(line);
    return 0;
  },

  feed({ values, files, io, today, emit }) {
    const lang = languageTag(str(values.lang));
    const page = webAddress('page', str(values.page));
    const self = webAddress('self', str(values.self));
    const { registry } = loadRegistry(io, files[0], lang);
    emit(values['json-feed'] ? jsonFeed(registry, today, { page, self }) : atomFeed(registry, today, { page, self }));
    return 0;
  },

  render({ values, files, io, today, emit }) {
    const lang = languageTag(str(values.lang));
    const base = webAddress('base', str(values.base));
    const { validated } = loadRegistry(io, files[0]);
    emit(renderHtml({ ...validated, base }, { lang, fragment: values.fragment === true, today }));
    return 0;
  },

  sri({ files, io, emit }) {
    const dist = join(packageRoot(), 'dist');
    const targets = files.length ? files.map((f) => ({ path: f, name: Files.label(f) })) : BUNDLE_FILES.map((f) => ({ path: join(dist, f), name: f }));
    const values = targets.map((t) => ({ name: t.name, value: integrity(io.bytes(t.path)) }));
    emit(values.length === 1 && files.length === 1 ? `${values[0].value}\n` : values.map((v) => `${v.value}  ${visible(v.name)}\n`).join(''));
    return 0;
  },
};

/** A parse error of node:util, as one short sentence. */
function parseError(e: Error & { code?: string }): string {
  const unknown = /^Unknown option '([^']+)'/.exec(e.message);
  if (unknown) return `unknown option ${unknown[1]}`;
  return e.message.split('. ')[0].replace(/\.$/, '');
}

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void, today = new Date().toISOString().slice(0, 10)): number {
  const warn = (line: string) => err(`${visible(line)}\n`);
  const [command, ...rest] = argv;
  const spec = command === undefined ? undefined : COMMANDS[command];
  try {
    if (command === undefined) {
      out(usage());
      return 2;
    }
    if (command === '--version' || command === '-v') {
      out(`${version()}\n`);
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      const topic = command === 'help' ? rest[0] : undefined;
      if (topic && !COMMANDS[topic]) throw new UsageError(`unknown command "${topic}"`);
      out(topic ? commandHelp(topic) : usage());
      return 0;
    }
    if (!spec) throw new UsageError(`unknown command "${command}"`);

    const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = { help: { type: 'boolean', short: 'h' } };
    for (const [name, o] of Object.entries(spec.options)) options[name] = { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.short ? { short: o.short } : {}) };
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: rest, allowPositionals: true, strict: true, options });
    } catch (e) {
      if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError(parseError(e as Error));
      throw e;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      out(commandHelp(command));
      return 0;
    }
    const [min, max] = spec.files;
    if (positionals.length < min) {
      throw new UsageError(min === 2 ? `${command} needs two registry files` : `${command} needs a file (or - for standard input)`);
    }
    if (positionals.length > max) throw new UsageError(`unexpected argument "${positionals[max]}"`);

    // The output goes to --out, or standard output, once the command has succeeded: a failure leaves no half-written file.
    const target = typeof values.out === 'string' && values.out !== '-' ? values.out : undefined;
    let output = '';
    const emit = (text: string) => {
      output += text;
    };
    const run: Run = { values, files: positionals, io: new Files(warn), today, emit, say: (line) => emit(`${visible(line)}\n`), warn };
    const code = RUN[command](run);
    if (target) {
      try {
        writeFileSync(target, output);
      } catch (e) {
        throw new InputError(`cannot write ${target}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    } else out(output);
    return code;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof UsageError) {
      warn(`${NAME}: ${message} (${spec ? `${NAME} ${command} --help` : `${NAME} --help`})`);
    } else if (e instanceof InputError) {
      warn(`${NAME}: ${message}`);
    } else {
      // A fault of the kit itself: still one line, and the input is what could not be used.
      warn(`${NAME}: cannot process this input: ${message}`);
    }
    return 2;
  }
}
