/**
 * The editor's state, and everything derived from it, as pure functions:
 * the registry being edited (`draft`) and the version that was opened
 * (`original`); what the validator and the policy checks say about the
 * draft; the `changes` entries it proposes; and the files a save writes.
 * DOM-free: the element only renders this state and calls these functions.
 *
 * The draft is the registry as JSON, exactly as it will be written: fields
 * the editor has no form for (`x-` fields, future ones) stay untouched, and
 * values the validator rejects stay too, shown as problems beside their
 * field, until the owner fixes them.
 */
import { validateRegistry } from '../lib/registry.js';
import { localizeRegistry } from '../lib/localize.js';
import { visibleJson } from '../lib/text.js';
import { SCHEMA_URL } from '../lib/schema-url.js';
import type { Change, LocalizedText, Problem, Registry } from '../lib/types.js';
import { policyWarnings } from '../cli/policy.js';
import { changesFor } from '../cli/diff.js';
import { atomFeed } from '../cli/feed.js';
import { buildListModel } from '../model/list-model.js';
import { resolveStrings } from '../model/locales.js';
import { staticPage } from '../serialize/static-html.js';
import type { ConvertOptions, ConvertWarning, InputFormat } from '../convert/index.js';
import { identityKey } from '../model/entry.js';
import { getIn, parsePath, pathString, setIn, type Path } from './paths.js';
import { starter } from './starter.js';
import { ITEM_FIELDS, LIST_FIELDS } from './fields.js';

export type Json = Record<string, unknown>;

/** The lists of the registry that the editor edits item by item. */
export type ListName = 'subprocessors' | 'groups' | 'categories' | 'changes';
export const LISTS: readonly ListName[] = ['categories', 'groups', 'subprocessors', 'changes'];

export type SourceKind = 'file' | 'url' | 'paste' | 'new';

export interface Source {
  kind: SourceKind;
  /** The file's name, the URL, or '' for pasted text and a new list. */
  name: string;
  /** What was read: a registry (`json`) or what the converter took in. */
  format: 'json' | InputFormat;
}

/** What an import through the converter reported. */
export interface ImportReport {
  summary: string;
  warnings: ConvertWarning[];
  privateColumns: string[];
}

/** An edit to a proposed change, kept while the generated text it started from is the same. */
export interface ProposalEdit {
  /** The generated description the edit started from. */
  from: string;
  description?: string;
  action?: string;
  include?: boolean;
}

export interface EditorState {
  /** The state's own format, for what is kept in local storage. */
  format: 1;
  source: Source;
  /** The registry as it was opened (for a new list: an empty one). */
  original: Json;
  /** The registry being edited. */
  draft: Json;
  /** The entries as of the last changes added to the draft (at first, the original's): proposals compare against them. */
  baseline: unknown[];
  /** A stable key per item of each list, so that forms keep their place when items move. */
  keys: Record<ListName, string[]>;
  nextKey: number;
  /** The `changes` entries added in this session, in order. */
  recorded: Change[];
  /** The date the proposed changes get. */
  changeDate: string;
  proposalEdits: Record<string, ProposalEdit>;
  /** Edited since the last download of the registry. */
  dirty: boolean;
  /** When the list was opened (an ISO time stamp). */
  openedAt: string;
  importReport?: ImportReport;
}

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
const listOf = (draft: Json, list: ListName): unknown[] => (Array.isArray(draft[list]) ? (draft[list] as unknown[]) : []);

function keysFor(draft: Json, start: number): { keys: Record<ListName, string[]>; nextKey: number } {
  let n = start;
  const keys = {} as Record<ListName, string[]>;
  for (const list of LISTS) keys[list] = listOf(draft, list).map(() => `k${n++}`);
  return { keys, nextKey: n };
}

function stateFor(original: Json, draft: Json, source: Source, today: string, now: string): EditorState {
  const { keys, nextKey } = keysFor(draft, 1);
  return {
    format: 1,
    source,
    original,
    draft,
    baseline: clone(listOf(original, 'subprocessors')),
    keys,
    nextKey,
    recorded: [],
    changeDate: today,
    proposalEdits: {},
    dirty: false,
    openedAt: now,
  };
}

export type OpenResult = { ok: true; state: EditorState } | { ok: false; reason: 'not-json' | 'not-registry'; message: string };

/** Opens parsed JSON as a registry: anything the validator can read, problems and all. */
export function openRegistry(value: unknown, source: Omit<Source, 'format'>, today: string, now: string): OpenResult {
  const check = validateRegistry(value);
  if (!check.ok) return { ok: false, reason: 'not-registry', message: `${check.fatal.path === '$' ? '' : `${check.fatal.path}: `}${check.fatal.message}` };
  const raw = clone(value) as Json;
  return { ok: true, state: stateFor(raw, clone(raw), { ...source, format: 'json' }, today, now) };
}

/** Whether text is JSON (an object or list), rather than a spreadsheet or a page. */
export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text.replace(/^\uFEFF/, ''));
}

/** The converter (src/convert/), which the editor loads only when it is needed. */
export type Converter = Pick<typeof import('../convert/index.js'), 'convert' | 'summarize'>;

/**
 * Opens text: JSON as a registry; anything else (a spreadsheet, a saved
 * page, page text) through the converter, as `convert` reads it (without
 * `converter`, only JSON opens). With `into`, the converter updates that
 * state's draft instead (entries matched by name and service), and the
 * version it was compared with stays.
 */
export function openText(
  text: string,
  source: Omit<Source, 'format'>,
  today: string,
  now: string,
  converter?: Converter,
  into?: EditorState,
  options: ConvertOptions = {},
): OpenResult {
  if (looksLikeJson(text) || !converter) {
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      return { ok: false, reason: 'not-json', message: e instanceof Error ? e.message : String(e) };
    }
    return openRegistry(value, source, today, now);
  }
  const result = converter.convert(text, into ? { ...options, into: into.draft } : options);
  const report: ImportReport = { summary: converter.summarize(result), warnings: result.warnings, privateColumns: result.privateColumns };
  const registry = result.registry as unknown as Json;
  if (into) {
    const keyed = keysFor(registry, into.nextKey);
    return { ok: true, state: { ...into, draft: registry, keys: keyed.keys, nextKey: keyed.nextKey, dirty: true, importReport: report } };
  }
  const state = stateFor(clone(registry), registry, { ...source, format: result.format }, today, now);
  return { ok: true, state: { ...state, importReport: report } };
}

/** A new list: `init`'s starter content, compared with an empty list (so every entry is new). */
export function newList(today: string, now: string): EditorState {
  return stateFor({ subprocessors: [] }, starter({ today }), { kind: 'new', name: '', format: 'json' }, today, now);
}

// — Edits —

/** Objects that mean nothing once empty. */
const PRUNED = new Set(['owner', 'notice']);

/** Sets the value at `path` in the draft (`undefined` removes the field). */
export function edit(s: EditorState, path: Path, value: unknown): EditorState {
  let draft = setIn(s.draft, path, value);
  const top = path[0];
  if (path.length > 1 && typeof top === 'string' && PRUNED.has(top)) {
    const v = draft[top];
    if (isObj(v) && !Object.keys(v).length) draft = setIn(draft, [top], undefined);
  }
  return { ...s, draft, dirty: true };
}

function withList(s: EditorState, list: ListName, items: unknown[], keys: string[], nextKey = s.nextKey): EditorState {
  const draft = items.length || list === 'subprocessors' ? setIn(s.draft, [list], items) : setIn(s.draft, [list], undefined);
  return { ...s, draft, keys: { ...s.keys, [list]: keys }, nextKey, dirty: true };
}

/** What a new item of each list starts as. */
export function blankItem(list: ListName, s: EditorState, today: string): Json {
  switch (list) {
    case 'subprocessors':
      return { name: '', added: today };
    case 'categories':
      return { code: uniqueName(listOf(s.draft, 'categories'), 'code', 'C') };
    case 'groups':
      return { id: uniqueName(listOf(s.draft, 'groups'), 'id', 'group-') };
    case 'changes':
      return { date: today, action: 'changed' };
  }
}

/** `C1`, `C2`…: the first such name no item has yet. */
function uniqueName(items: unknown[], key: string, prefix: string): string {
  const taken = new Set(items.map((i) => (isObj(i) ? i[key] : undefined)));
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** Adds `item` to `list` at `at` (default: the end). Returns the new state and the item's index. */
export function addItem(s: EditorState, list: ListName, item: unknown, at?: number): { state: EditorState; index: number } {
  const items = listOf(s.draft, list).slice();
  const keys = s.keys[list].slice();
  const i = at === undefined ? items.length : Math.max(0, Math.min(at, items.length));
  items.splice(i, 0, item);
  keys.splice(i, 0, `k${s.nextKey}`);
  return { state: withList(s, list, items, keys, s.nextKey + 1), index: i };
}

/** A copy of item `i` right after it (a copied entry's `id` is left out: ids must stay unique). */
export function duplicateItem(s: EditorState, list: ListName, i: number): { state: EditorState; index: number } {
  const item = clone(listOf(s.draft, list)[i]);
  if (isObj(item)) {
    if (list === 'subprocessors') delete item.id;
    if (list === 'categories' && typeof item.code === 'string') item.code = uniqueName(listOf(s.draft, 'categories'), 'code', `${item.code}-`);
    if (list === 'groups' && typeof item.id === 'string') item.id = uniqueName(listOf(s.draft, 'groups'), 'id', `${item.id}-`);
  }
  return addItem(s, list, item, i + 1);
}

/** Moves item `from` to position `to`. */
export function moveItem(s: EditorState, list: ListName, from: number, to: number): EditorState {
  const items = listOf(s.draft, list).slice();
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return s;
  const keys = s.keys[list].slice();
  items.splice(to, 0, ...items.splice(from, 1));
  keys.splice(to, 0, ...keys.splice(from, 1));
  return withList(s, list, items, keys);
}

export function removeItem(s: EditorState, list: ListName, i: number): EditorState {
  const items = listOf(s.draft, list).slice();
  const keys = s.keys[list].slice();
  items.splice(i, 1);
  keys.splice(i, 1);
  return withList(s, list, items, keys);
}

// — What the checks say —

export interface Issue {
  /** JSON path in the draft, as the validator writes it. */
  path: string;
  message: string;
  severity: 'problem' | 'warning';
}

export interface Checked {
  /** The draft as the element reads it (every language kept). */
  registry: Registry<LocalizedText>;
  problems: Problem[];
  /** Problems and warnings together, in the order of the form. */
  issues: Issue[];
}

/** Where an issue's field comes in the form: the list's own fields in their order, then its categories, groups, entries and change log, item by item, field by field. */
function formRank(path: string): number[] {
  const p = parsePath(path);
  const top = String(p[0] ?? '');
  const list = LISTS.indexOf(top as ListName);
  if (list === -1) {
    // The list as a whole (its version, a field of the wrong kind), then its fields.
    const key = p.slice(0, 2).join('.');
    const i = LIST_FIELDS.findIndex((f) => f.key === key || f.key === top);
    return [0, i];
  }
  const fields = ITEM_FIELDS[top as ListName];
  const f = typeof p[2] === 'string' ? fields.findIndex((x) => x.key === p[2]) : -1;
  return [1 + list, typeof p[1] === 'number' ? p[1] : -1, f === -1 ? (p.length > 2 ? fields.length : -1) : f];
}

function formOrder(a: Issue, b: Issue): number {
  const ra = formRank(a.path);
  const rb = formRank(b.path);
  for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
    const d = (ra[i] ?? -1) - (rb[i] ?? -1);
    if (d) return d;
  }
  return a.severity === b.severity ? 0 : a.severity === 'problem' ? -1 : 1;
}

/**
 * For each item the validator kept, its index in the draft: the validator
 * skips items that are not objects, and entries without a name, and the
 * policy checks count what it kept.
 */
function keptIndexes(items: unknown, kept: (item: unknown) => boolean): (i: number) => number {
  const at: number[] = [];
  (Array.isArray(items) ? items : []).forEach((item, i) => kept(item) && at.push(i));
  return (i) => at[i] ?? i;
}

/** Where in the form a policy warning belongs: the field it is about. */
function warningPath(w: string): { path: string; message: string } {
  const m = /^([a-z]+(?:\[\d+\])?)(?: \([^\n]*?\))?: (.*)$/s.exec(w);
  if (!m) return { path: '', message: w };
  const [, where, message] = m;
  if (where.startsWith('subprocessors[')) {
    if (/no transfer safeguard/.test(message)) return { path: `${where}.transfer`, message };
    if (/^same name/.test(message)) return { path: `${where}.name`, message };
  }
  if (where.startsWith('changes[')) return { path: `${where}.subprocessor`, message };
  return { path: where, message };
}

/** The validator's problems and the policy warnings about the draft, as of `today`. */
export function check(s: EditorState, today: string): Checked {
  const result = validateRegistry(s.draft);
  // The draft always has a list of entries, so the validator can always read it.
  const registry = result.ok ? result.registry : { subprocessors: [] };
  const problems = result.ok ? result.problems : [result.fatal];
  const fileIndex = keptIndexes(s.draft.subprocessors, (e) => isObj(e) && typeof e.name === 'string' && e.name.trim() !== '');
  const changeIndex = keptIndexes(s.draft.changes, isObj);
  const warnings = policyWarnings(localizeRegistry(registry, 'en'), today, { fileIndex, changeIndex }).map((w) => ({ ...warningPath(w), severity: 'warning' as const }));
  const issues: Issue[] = [...problems.map((p) => ({ path: p.path === '$' ? '' : p.path, message: p.message, severity: 'problem' as const })), ...warnings];
  issues.sort(formOrder);
  return { registry, problems, issues };
}

// — Proposed changes —

export interface Proposal {
  key: string;
  /** What `changesFor` wrote. */
  generated: string;
  change: Change;
  include: boolean;
}

const proposalKey = (c: Change) => `${c.action ?? ''}\u0000${(c.subprocessor ?? '').toLowerCase()}\u0000${c.description ?? ''}`.slice(0, 400);

/** Only the entries the validator reads, as `changesFor` compares them. */
function entriesOf(list: unknown[], lang: string): Registry {
  const checked = validateRegistry({ subprocessors: list });
  return localizeRegistry(checked.ok ? checked.registry : { subprocessors: [] }, lang);
}

/**
 * The `changes` entries the edits since the last recorded changes call
 * for (what was added, removed or changed: `changesFor`, as `diff
 * --changes` writes them), with the owner's edits applied.
 */
export function proposals(s: EditorState, lang = 'en'): Proposal[] {
  const before = entriesOf(s.baseline, lang);
  const after = entriesOf(listOf(s.draft, 'subprocessors'), lang);
  const seen = new Map<string, number>();
  return changesFor(before, after, s.changeDate).map((c) => {
    const generated = c.description ?? '';
    // Action and name, numbered when two entries share a name (their services tell them apart).
    const base = proposalKey({ ...c, description: '' });
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const key = n > 1 ? `${base}\u0000${n}` : base;
    const e = s.proposalEdits[key];
    const edited = e && e.from === generated ? e : undefined;
    const change: Change = { ...c };
    if (edited?.action !== undefined) change.action = edited.action;
    if (edited?.description !== undefined) {
      if (edited.description.trim()) change.description = edited.description;
      else delete change.description;
    }
    return { key, generated, change, include: edited?.include ?? true };
  });
}

export function editProposal(s: EditorState, p: Proposal, patch: Omit<ProposalEdit, 'from'>): EditorState {
  const was = s.proposalEdits[p.key];
  const base = was && was.from === p.generated ? was : { from: p.generated };
  return { ...s, proposalEdits: { ...s.proposalEdits, [p.key]: { ...base, ...patch } } };
}

export function setChangeDate(s: EditorState, date: string): EditorState {
  return { ...s, changeDate: date };
}

/**
 * Adds the included proposals to the draft's `changes` (and, with
 * `setUpdated`, makes their date the list's `updated`); what follows is
 * compared with the list as it is now.
 */
export function recordChanges(s: EditorState, list: Proposal[], setUpdated: boolean): EditorState {
  const added = list.filter((p) => p.include).map((p) => p.change);
  if (!added.length) return { ...s, baseline: clone(listOf(s.draft, 'subprocessors')), proposalEdits: {} };
  const changes = [...listOf(s.draft, 'changes'), ...clone(added)];
  let next = withList(s, 'changes', changes, [...s.keys.changes, ...added.map((_, i) => `k${s.nextKey + i}`)], s.nextKey + added.length);
  if (setUpdated && s.changeDate) next = edit(next, ['updated'], s.changeDate);
  return { ...next, baseline: clone(listOf(next.draft, 'subprocessors')), recorded: [...s.recorded, ...clone(added)], proposalEdits: {} };
}

// — Publishing —

export interface OutFile {
  name: string;
  type: string;
  text: string;
}

export interface Published {
  registry: OutFile;
  changes: OutFile;
  feed: OutFile;
  page: OutFile;
}

const json = (value: unknown) => `${visibleJson(JSON.stringify(value, null, 2))}\n`;

/** The registry as it is saved: `$schema` first (the package's schema unless the file names its own), then the draft. */
export function registryJson(s: EditorState): string {
  const { $schema, ...rest } = s.draft;
  return json({ $schema: typeof $schema === 'string' && $schema.trim() ? $schema : SCHEMA_URL, ...rest });
}

/** The file name a save starts from: the opened file's, without its extension, else `subprocessors`. */
export function baseName(s: EditorState): string {
  const name = s.source.name.replace(/[?#].*$/s, '').split(/[\\/]/).filter(Boolean).pop() ?? '';
  const stem = s.source.kind === 'file' || s.source.kind === 'url' ? name.replace(/\.[^.]*$/, '') : '';
  return stem.replace(/[^\w.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'subprocessors';
}

/**
 * Everything one save gives the site: the registry JSON, the changes added
 * in this session (as `diff --changes` writes them), the Atom feed of the
 * change log, and the static page, in `lang` (the language the preview
 * shows).
 */
export function publish(s: EditorState, today: string, lang: string): Published {
  const base = baseName(s);
  const checked = validateRegistry(s.draft);
  const registry = checked.ok ? checked.registry : { subprocessors: [] };
  const problems = checked.ok ? checked.problems : [];
  const model = buildListModel({ registry, problems }, { today, headingLevel: 1 }, lang, resolveStrings(lang));
  return {
    registry: { name: `${base}.json`, type: 'application/json', text: registryJson(s) },
    changes: { name: `${base}.changes.json`, type: 'application/json', text: json(s.recorded) },
    feed: { name: `${base}.atom`, type: 'application/atom+xml', text: atomFeed(localizeRegistry(registry, lang), today) },
    page: { name: `${base}.html`, type: 'text/html', text: staticPage(model) },
  };
}

export function markSaved(s: EditorState): EditorState {
  return { ...s, dirty: false };
}

// — Kept in local storage —

/** The state as text, for local storage. */
export function serialize(s: EditorState): string {
  return JSON.stringify(s);
}

/** A state read back from local storage, or undefined when it is not one (another version, damaged). */
export function restore(text: string | null): EditorState | undefined {
  if (!text) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObj(v) || v.format !== 1 || !isObj(v.draft) || !Array.isArray(v.draft.subprocessors) || !isObj(v.original) || !isObj(v.keys) || !isObj(v.source)) return undefined;
  const s = v as unknown as EditorState;
  // Keys must match the lists, item for item; if not, make them afresh.
  const fits = LISTS.every((l) => Array.isArray(s.keys[l]) && s.keys[l].length === listOf(s.draft, l).length);
  const keyed = fits ? { keys: s.keys, nextKey: typeof s.nextKey === 'number' ? s.nextKey : 1 } : keysFor(s.draft, 1);
  return {
    ...s,
    ...keyed,
    baseline: Array.isArray(s.baseline) ? s.baseline : clone(listOf(s.original, 'subprocessors')),
    recorded: Array.isArray(s.recorded) ? s.recorded : [],
    proposalEdits: isObj(s.proposalEdits) ? s.proposalEdits : {},
    changeDate: typeof s.changeDate === 'string' ? s.changeDate : '',
  };
}

// — Small helpers the form uses —

export { getIn, pathString };

/** An entry's identity (name and service), for telling entries apart in the form. */
export function entryIdentity(e: unknown): string {
  return isObj(e) && typeof e.name === 'string' ? identityKey(e as never) : '';
}

/** Whether the draft differs from what was opened. */
export function changedSinceOpened(s: EditorState): boolean {
  return JSON.stringify(s.draft) !== JSON.stringify(s.original);
}
