/**
 * Patches, legend and page metadata put together into one registry, on its
 * own or into an existing one (`into`).
 *
 * Merging keeps what the input cannot know: an existing entry matched by
 * name and service (by name alone when the input has no service) keeps
 * every field the input has no column for, `x-` fields included; the
 * list's categories, groups, changes, notice and other metadata stay. The input's order is the new order; entries the
 * input no longer has are left out and reported.
 *
 * Category codes that no definition covers get one holding the code alone
 * (with a warning), so the result validates and the owner sees what to fill
 * in.
 */
import type { Category, Group, LocalizedText, Registry, Subprocessor } from '../lib/types.js';
import { type LegendField, tristate } from './columns.js';
import { readDate } from './dates.js';
import type { LegendRow } from './document.js';
import { identityKey } from '../model/entry.js';
import { type Patch, type ReadContext, warn } from './rows.js';
import { UniqueIds, clip, collapse, fold, slug } from './text.js';
import type { ConvertOptions, MergeReport } from './types.js';

type Text = LocalizedText;
type Obj = Record<string, unknown>;

export interface PageMeta {
  title?: string;
  intro?: string;
  updated?: string;
  descriptions?: Map<string, string>;
}

const ENTRY_ORDER = ['name', 'id', 'service', 'purpose', 'entityLocation', 'dataLocations', 'categories', 'data', 'retention', 'transfer', 'dpa', 'url', 'group', 'added', 'effective', 'retires', 'notes'];
const REGISTRY_ORDER = ['$schema', 'version', 'title', 'owner', 'updated', 'subscribe', 'intro', 'categories', 'groups', 'subprocessors', 'changes', 'notice', 'feed', 'page'];

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Known keys first, in the format's order, then the others as they were. */
function ordered<T extends Obj>(obj: T, order: string[]): T {
  const out: Obj = {};
  // Defined, not assigned: a key "__proto__" in an existing registry stays a key and does not become a prototype.
  const put = (k: string, value: unknown) => Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
  for (const k of order) if (Object.hasOwn(obj, k) && obj[k] !== undefined) put(k, obj[k]);
  for (const [k, v] of Object.entries(obj)) if (!Object.hasOwn(out, k) && v !== undefined) put(k, v);
  return out as T;
}

/** One language's text of a value, for matching. */
function textOf(v: unknown, lang: string): string {
  if (typeof v === 'string') return v;
  if (isObj(v)) return String(v[lang] ?? Object.values(v)[0] ?? '');
  return '';
}

const nameKey = (name: string) => fold(collapse(name));

/** Name and service as the model's identity (a JSON pair: no separator a name could hold), compared as people write them. */
const entryKey = (name: string, service: unknown, lang: string) => identityKey({ name: nameKey(name), service: nameKey(textOf(service, lang)) });

/** Matches patches to existing entries: name and service first, then name alone, each in order. */
function match(patches: Patch[], existing: Subprocessor<Text>[], lang: string): Map<Patch, number> {
  const found = new Map<Patch, number>();
  const taken = new Set<number>();
  // Each list keeps a cursor past the entries already taken, so a name that repeats a thousand times costs no more than a thousand names.
  type Queue = { items: number[]; next: number };
  const byKey = new Map<string, Queue>();
  const byName = new Map<string, Queue>();
  const add = (map: Map<string, Queue>, key: string, i: number) => {
    const q = map.get(key);
    if (q) q.items.push(i);
    else map.set(key, { items: [i], next: 0 });
  };
  existing.forEach((e, i) => {
    add(byKey, entryKey(e.name, e.service, lang), i);
    add(byName, nameKey(e.name), i);
  });
  const take = (q: Queue | undefined) => {
    if (!q) return undefined;
    while (q.next < q.items.length && taken.has(q.items[q.next])) q.next++;
    if (q.next === q.items.length) return undefined;
    const i = q.items[q.next++];
    taken.add(i);
    return i;
  };
  for (const p of patches) {
    const known = 'service' in p.set || p.clear.has('service');
    if (!known) continue;
    const i = take(byKey.get(entryKey(p.name, p.set.service, lang)));
    if (i !== undefined) found.set(p, i);
  }
  for (const p of patches) {
    if (found.has(p)) continue;
    const i = take(byName.get(nameKey(p.name)));
    if (i !== undefined) found.set(p, i);
  }
  return found;
}

/** Group ids by title and id, growing as the input names new sections. */
class Groups {
  list: Group<Text>[];
  private ids: UniqueIds;
  /** Folded title (in any of its languages) → id. */
  private titles = new Map<string, string>();
  private warned = new Set<string>();

  constructor(
    existing: Group<Text>[] | undefined,
    private readonly descriptions: Map<string, string> | undefined,
  ) {
    this.list = clone(existing) ?? [];
    this.ids = new UniqueIds(this.list.map((g) => g.id));
    for (const g of this.list) {
      const t = g.title;
      for (const v of typeof t === 'string' ? [t] : isObj(t) ? Object.values(t) : []) {
        const key = fold(collapse(String(v)));
        if (!this.titles.has(key)) this.titles.set(key, g.id);
      }
    }
  }

  /** The id for a patch's group: undefined to keep what an existing entry has, null for none. */
  resolve(p: Patch, ctx: ReadContext): string | null | undefined {
    const g = p.group;
    if (g === undefined || g === null) return g;
    if (g.id) {
      if (this.ids.has(g.id)) return g.id;
      if (g.title) return this.add(g.title, g.id);
      if (!this.warned.has(g.id)) {
        this.warned.add(g.id);
        warn(ctx, { where: p.where, path: `subprocessors[${p.index}].group`, text: `group id "${clip(g.id)}" is not among the list's groups; give the group a title to create it` });
      }
      return g.id;
    }
    const title = g.title!;
    return this.titles.get(fold(collapse(title))) ?? (this.ids.has(title) ? title : this.add(title));
  }

  private add(title: string, id?: string): string {
    const groupId = id ?? this.ids.claim(slug(title));
    this.ids.add(groupId);
    this.titles.set(fold(collapse(title)), groupId);
    const group: Group<Text> = { id: groupId, title };
    const description = this.descriptions?.get(title);
    if (description) group.description = description;
    this.list.push(group);
    return groupId;
  }
}

/** Category definitions from a legend table, merged into the existing ones by code. */
function mergeLegend(categories: Category<Text>[], legend: LegendRow[], ctx: ReadContext): void {
  const byCode = new Map(categories.map((c) => [c.code, c]));
  const indexOf = new Map(categories.map((c, i) => [c.code, i]));
  for (const row of legend) {
    const code = row.values.code?.trim();
    if (!code) {
      if (Object.values(row.values).some(Boolean)) warn(ctx, { where: row.where, column: row.headers.code, text: 'no code; the category is skipped' });
      continue;
    }
    const cat: Category<Text> = byCode.get(code) ?? { code };
    const index = indexOf.get(code) ?? categories.length;
    for (const f of ['subject', 'label', 'description'] as LegendField[]) {
      const v = row.values[f]?.trim();
      if (v) (cat as Obj)[f] = v;
    }
    for (const f of ['direct', 'indirect'] as const) {
      const v = row.values[f]?.trim();
      if (!v || /^[-–—]+$/.test(v)) continue;
      const t = tristate(v);
      if (t) cat[f] = t;
      else warn(ctx, { where: row.where, column: row.headers[f], text: `"${clip(v)}" is not yes, no or maybe; left out`, path: `categories[${index}].${f}` });
    }
    if (!byCode.has(code)) {
      byCode.set(code, cat);
      indexOf.set(code, categories.length);
      categories.push(cat);
    }
  }
}

export interface Assembled {
  registry: Registry<Text>;
  merge?: MergeReport;
}

/** Builds the registry. */
export function assemble(patches: Patch[], legend: LegendRow[], page: PageMeta, into: Registry<Text> | undefined, options: ConvertOptions, ctx: ReadContext): Assembled {
  const lang = ctx.language;
  const reg: Obj = clone(into) ?? {};
  const groups = new Groups(into?.groups, page.descriptions);
  const existing = into?.subprocessors ?? [];
  const found = into ? match(patches, existing, lang) : new Map<Patch, number>();

  const entries: Subprocessor<Text>[] = patches.map((p) => {
    const at = found.get(p);
    const e: Obj = at !== undefined ? clone(existing[at]) as Obj : {};
    for (const k of p.clear) delete e[k];
    for (const [k, v] of Object.entries(p.set)) {
      const old = e[k];
      e[k] = p.plainOnly.has(k) && isObj(old) ? { ...old, [lang]: v } : v;
    }
    const group = groups.resolve(p, ctx);
    if (group === null) delete e.group;
    else if (group !== undefined) e.group = group;
    return ordered(e, ENTRY_ORDER) as Subprocessor<Text>;
  });

  // Categories: the existing ones, the page's legend, and a definition for each code left over.
  const categories: Category<Text>[] = clone(into?.categories) ?? [];
  mergeLegend(categories, legend, ctx);
  const defined = new Set(categories.map((c) => c.code));
  const missing = new Map<string, string>();
  entries.forEach((e, i) => {
    for (const code of e.categories ?? []) {
      if (defined.has(code) || missing.has(code)) continue;
      const patch = patches[i];
      missing.set(code, patch.codes.get(code) ?? `${patch.where} (from the existing registry)`);
    }
  });
  if (missing.size) {
    for (const code of missing.keys()) categories.push({ code });
    const shown = [...missing].slice(0, 8).map(([code, where]) => `"${clip(code, 20)}" (${where})`);
    const more = missing.size > 8 ? ` and ${missing.size - 8} more` : '';
    const noun = missing.size === 1 ? 'code has' : 'codes have';
    warn(ctx, {
      text: `${missing.size} category ${noun} no definition: ${shown.join(', ')}${more}; each was added to categories with its code alone (add its subject and label)`,
      path: 'categories',
    });
  }

  reg.version = 1;
  const title = options.title?.trim();
  if (title) reg.title = title;
  else if (reg.title === undefined && page.title) reg.title = page.title;
  if (reg.intro === undefined && page.intro) reg.intro = page.intro;

  const owner: Obj = isObj(reg.owner) ? reg.owner : {};
  if (options.owner?.trim()) owner.name = options.owner.trim();
  if (options.ownerUrl?.trim()) owner.url = options.ownerUrl.trim();
  if (options.dpa?.trim()) owner.dpa = options.dpa.trim();
  if (Object.keys(owner).length) reg.owner = ordered(owner, ['name', 'url', 'contact', 'dpa']);

  let updated: string | undefined;
  if (options.updated !== undefined && options.updated.trim()) {
    const reading = readDate(options.updated, options.dateOrder);
    if ('iso' in reading) updated = reading.iso;
    else warn(ctx, { where: 'option updated', path: 'updated', text: `"${clip(options.updated)}" ${'error' in reading ? reading.error : 'could be day first or month first: set dateOrder'}; left out` });
  }
  updated ??= page.updated;
  if (updated) reg.updated = updated;
  if (options.subscribe?.trim()) reg.subscribe = options.subscribe.trim();
  if (options.page?.trim()) reg.page = options.page.trim();

  reg.categories = categories.length ? categories : undefined;
  reg.groups = groups.list.length ? groups.list : undefined;
  reg.subprocessors = entries;

  let merge: MergeReport | undefined;
  if (into) {
    const matched = new Set(found.values());
    merge = {
      updated: matched.size,
      added: patches.filter((p) => !found.has(p)).map((p) => p.name),
      removed: existing.filter((_, i) => !matched.has(i)).map((e) => e.name),
    };
  }
  return { registry: ordered(reg, REGISTRY_ORDER) as Registry<Text>, merge };
}
