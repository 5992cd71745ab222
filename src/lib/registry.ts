/**
 * Runtime validation of a registry (format version 1).
 *
 * Lenient and precise: only a registry that is not an object, or has no
 * `subprocessors` list, is fatal. Anything else becomes a Problem with a
 * JSON path and a plain sentence; the field, item or entry in question is
 * dropped and everything valid is kept, so a list with one bad row still
 * renders. Unknown fields are kept untouched (forward compatibility).
 *
 * The structural rules mirror `schema/subprocessor-list.schema.json`; a test
 * checks both agree on every fixture. Problems of kind `reference` and
 * `duplicate` are cross-checks no JSON Schema can express.
 *
 * Only own properties count, and every object it returns has no prototype:
 * a page that has polluted `Object.prototype` (`Object.prototype.url = …`)
 * can neither add a field to an entry nor make an invalid registry pass.
 * Registry text quoted in a message is clipped and bidi-balanced.
 */
import { clip } from './text.js';
import type { Category, Change, Group, LocalizedText, Owner, Problem, Registry, Subprocessor } from './types.js';

type Raw = LocalizedText;

export type ValidationResult =
  | { ok: true; registry: Registry<Raw>; problems: Problem[] }
  | { ok: false; fatal: Problem; problems: Problem[] };

type Obj = Record<string, unknown>;

const TRISTATE: readonly string[] = ['yes', 'no', 'maybe'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "a number", "a list", "null" … for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.trim() === '' ? 'an empty text' : 'a text';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The own enumerable properties of `v`, on an object that inherits nothing. */
const own = (v: Obj): Obj => Object.assign(Object.create(null) as Obj, v);
const has = (obj: Obj, key: string) => Object.hasOwn(obj, key) && obj[key] !== undefined;

/** A property name as a JSON path segment: `.en` when plain, else quoted and clipped (`["de\n…"]`). */
function segment(key: string): string {
  return /^[A-Za-z_$][\w$-]{0,39}$/.test(key) ? `.${key}` : `[${JSON.stringify(clip(key))}]`;
}
const hasText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Collects problems while walking one registry. */
class Checker {
  problems: Problem[] = [];

  report(path: string, message: string, kind: Problem['kind']): void {
    this.problems.push({ path, message, kind });
  }

  /** Keeps `obj[key]` only if it is a string (absent is fine). */
  text(obj: Obj, key: string, path: string): void {
    if (!has(obj, key)) return;
    if (typeof obj[key] !== 'string') {
      this.report(`${path}.${key}`, `expected a text, got ${describe(obj[key])}`, 'type');
      delete obj[key];
    }
  }

  /**
   * Keeps `obj[key]` if it is text: a string, or an object of strings by
   * language tag (`{"en": "Hosting", "de": "Hosting"}`); other values in
   * such an object are dropped and reported.
   */
  localText(obj: Obj, key: string, path: string): void {
    const v = obj[key];
    if (!isObject(v)) return this.text(obj, key, path);
    const kept = Object.create(null) as Record<string, string>;
    for (const [lang, text] of Object.entries(v)) {
      if (typeof text === 'string') kept[lang] = text;
      else this.report(`${path}.${key}${segment(lang)}`, `expected a text, got ${describe(text)}`, 'type');
    }
    if (Object.keys(kept).length) obj[key] = kept;
    else {
      if (!Object.keys(v).length) this.report(`${path}.${key}`, 'expected a text, got an empty object', 'type');
      delete obj[key];
    }
  }

  date(obj: Obj, key: string, path: string): void {
    this.text(obj, key, path);
    const v = obj[key];
    if (typeof v === 'string' && !isIsoDate(v)) {
      this.report(`${path}.${key}`, `expected a date written YYYY-MM-DD, got "${clip(v)}"`, 'format');
      delete obj[key];
    }
  }

  tristate(obj: Obj, key: string, path: string): void {
    if (!has(obj, key)) return;
    const v = obj[key];
    if (typeof v !== 'string' || !TRISTATE.includes(v)) {
      const got = typeof v === 'string' ? `"${clip(v)}"` : describe(v);
      this.report(`${path}.${key}`, `expected "yes", "no" or "maybe", got ${got}`, 'value');
      delete obj[key];
    }
  }

  /** Keeps the string items of a list, reporting the others. */
  textList(obj: Obj, key: string, path: string): void {
    if (!has(obj, key)) return;
    const v = obj[key];
    if (!Array.isArray(v)) {
      this.report(`${path}.${key}`, `expected a list of texts, got ${describe(v)}`, 'type');
      delete obj[key];
      return;
    }
    obj[key] = v.filter((item, i) => {
      if (typeof item === 'string') return true;
      this.report(`${path}.${key}[${i}]`, `expected a text, got ${describe(item)}`, 'type');
      return false;
    });
  }

  /**
   * Validates a list of objects with `check`; returns the kept items, or
   * undefined (and reports) when the value is not a list.
   */
  list<T>(value: unknown, path: string, check: (item: Obj, path: string, index: number) => T | undefined): T[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      this.report(path, `expected a list, got ${describe(value)}`, 'type');
      return undefined;
    }
    const out: T[] = [];
    value.forEach((item, i) => {
      const p = `${path}[${i}]`;
      if (!isObject(item)) {
        this.report(p, `expected an object, got ${describe(item)}; skipped`, 'type');
        return;
      }
      const kept = check(own(item), p, i);
      if (kept !== undefined) out.push(kept);
    });
    return out;
  }
}

function checkOwner(c: Checker, value: unknown): Owner<Raw> | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    c.report('owner', `expected an object, got ${describe(value)}`, 'type');
    return undefined;
  }
  const owner = own(value);
  for (const key of ['url', 'contact']) c.text(owner, key, 'owner');
  for (const key of ['name', 'dpa']) c.localText(owner, key, 'owner');
  return owner as Owner<Raw>;
}

function checkNotice(c: Checker, value: unknown): Obj | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    c.report('notice', `expected an object, got ${describe(value)}`, 'type');
    return undefined;
  }
  const notice = own(value);
  for (const key of ['days', 'objectionDays']) {
    const v = notice[key];
    if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v >= 0)) {
      c.report(`notice.${key}`, `expected a whole number of days, got ${typeof v === 'number' ? v : describe(v)}`, 'type');
      delete notice[key];
    }
  }
  return notice;
}

function checkCategory(c: Checker, cat: Obj, path: string): Category<Raw> | undefined {
  if (!hasText(cat.code)) {
    const got = cat.code === undefined ? 'it is missing' : `got ${describe(cat.code)}`;
    c.report(`${path}.code`, `every category needs a code; ${got}; category skipped`, 'required');
    return undefined;
  }
  for (const key of ['subject', 'label', 'description']) c.localText(cat, key, path);
  c.tristate(cat, 'direct', path);
  c.tristate(cat, 'indirect', path);
  return cat as Category<Raw>;
}

function checkGroup(c: Checker, group: Obj, path: string): Group<Raw> | undefined {
  if (!hasText(group.id)) {
    const got = group.id === undefined ? 'it is missing' : `got ${describe(group.id)}`;
    c.report(`${path}.id`, `every group needs an id; ${got}; group skipped`, 'required');
    return undefined;
  }
  c.localText(group, 'title', path);
  c.localText(group, 'description', path);
  return group as Group<Raw>;
}

const ENTRY_TEXT = ['id', 'entityLocation', 'url', 'group'];
const ENTRY_LOCAL_TEXT = ['service', 'purpose', 'data', 'retention', 'transfer', 'dpa', 'notes'];

function checkEntry(c: Checker, entry: Obj, path: string): Subprocessor<Raw> | undefined {
  if (!hasText(entry.name)) {
    const got = entry.name === undefined ? 'it is missing' : `got ${describe(entry.name)}`;
    c.report(`${path}.name`, `every sub-processor needs a name; ${got}; entry skipped`, 'required');
    return undefined;
  }
  for (const key of ENTRY_TEXT) c.text(entry, key, path);
  for (const key of ENTRY_LOCAL_TEXT) c.localText(entry, key, path);
  c.textList(entry, 'dataLocations', path);
  c.textList(entry, 'categories', path);
  c.date(entry, 'added', path);
  c.date(entry, 'effective', path);
  c.date(entry, 'retires', path);
  return entry as Subprocessor<Raw>;
}

function checkChange(c: Checker, change: Obj, path: string): Change<Raw> {
  c.date(change, 'date', path);
  for (const key of ['action', 'subprocessor']) c.text(change, key, path);
  c.localText(change, 'description', path);
  return change as Change<Raw>;
}

/** Drops items whose key repeats an earlier one. */
function dedupe<T>(c: Checker, items: T[] | undefined, key: (t: T) => string, path: string, what: string): T[] | undefined {
  if (!items) return items;
  const seen = new Set<string>();
  return items.filter((item, i) => {
    const k = key(item);
    if (!seen.has(k)) {
      seen.add(k);
      return true;
    }
    c.report(`${path}[${i}]`, `${what} "${clip(k)}" is defined twice; the first one is used`, 'duplicate');
    return false;
  });
}

/** Cross-checks entries against `categories` and `groups`. */
function checkReferences(c: Checker, reg: Registry<Raw>, index: Map<Subprocessor<Raw>, number>): void {
  const codes = reg.categories ? new Set(reg.categories.map((cat) => cat.code)) : undefined;
  const groups = new Set((reg.groups ?? []).map((g) => g.id));
  reg.subprocessors.forEach((entry) => {
    // Paths point into the input, where skipped entries still count.
    const path = `subprocessors[${index.get(entry)}]`;
    if (codes && entry.categories) {
      entry.categories.forEach((code, i) => {
        if (!codes.has(code)) {
          c.report(`${path}.categories[${i}]`, `code "${clip(code)}" is not defined in this list's categories`, 'reference');
        }
      });
    } else if (!codes && entry.categories?.length) {
      c.report(`${path}.categories`, 'codes are used but the list defines no categories', 'reference');
    }
    if (entry.group !== undefined && !groups.has(entry.group)) {
      c.report(`${path}.group`, `group "${clip(entry.group)}" is not defined in groups; shown with the ungrouped entries`, 'reference');
    }
  });
}

/**
 * Validates parsed JSON as a registry. Never throws.
 */
export function validateRegistry(value: unknown): ValidationResult {
  const c = new Checker();
  if (!isObject(value)) {
    return {
      ok: false,
      fatal: { path: '$', message: `expected an object with a "subprocessors" list, got ${describe(value)}`, kind: 'type' },
      problems: [],
    };
  }
  const input = own(value);
  if (!Array.isArray(input.subprocessors)) {
    const hint = ['vendors', 'subProcessors', 'sub_processors', 'processors'].find((k) => Array.isArray(input[k]));
    const message =
      input.subprocessors === undefined
        ? `it has no "subprocessors" list${hint ? ` (it has "${hint}", which the format calls "subprocessors")` : ''}`
        : `expected a list, got ${describe(input.subprocessors)}`;
    return {
      ok: false,
      fatal: { path: 'subprocessors', message, kind: input.subprocessors === undefined ? 'required' : 'type' },
      problems: [],
    };
  }

  const reg = input;
  if (reg.version !== undefined && reg.version !== 1) {
    c.report('version', `this widget reads format version 1, got ${typeof reg.version === 'number' ? reg.version : describe(reg.version)}; shown as far as possible`, 'value');
    delete reg.version;
  }
  for (const key of ['$schema', 'subscribe', 'feed', 'page']) c.text(reg, key, '');
  reg.notice = checkNotice(c, reg.notice);
  for (const key of ['title', 'intro']) c.localText(reg, key, '');
  c.date(reg, 'updated', '');
  reg.owner = checkOwner(c, reg.owner);
  reg.categories = dedupe(c, c.list(reg.categories, 'categories', (o, p) => checkCategory(c, o, p)), (cat) => cat.code, 'categories', 'category code');
  reg.groups = dedupe(c, c.list(reg.groups, 'groups', (o, p) => checkGroup(c, o, p)), (g) => g.id, 'groups', 'group id');
  const index = new Map<Subprocessor<Raw>, number>();
  reg.subprocessors = c.list(reg.subprocessors, 'subprocessors', (o, p, i) => {
    const entry = checkEntry(c, o, p);
    if (entry) index.set(entry, i);
    return entry;
  });
  reg.changes = c.list(reg.changes, 'changes', (o, p) => checkChange(c, o, p));
  for (const key of ['owner', 'categories', 'groups', 'changes', 'notice']) if (reg[key] === undefined) delete reg[key];

  const registry = reg as Registry<Raw>;
  checkReferences(c, registry, index);
  // Top-level paths were built from an empty prefix: `.title` → `title`.
  for (const p of c.problems) if (p.path.startsWith('.')) p.path = p.path.slice(1);
  return { ok: true, registry, problems: c.problems };
}
