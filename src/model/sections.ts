/**
 * Sections: the registry's groups, in its order, then the entries no
 * defined group claims. Decided once, here, for the element and the static
 * page alike: the rest gets a heading of its own ("Other sub-processors")
 * only when some entry sits in a defined group; otherwise the list's title
 * names its only table.
 */
import type { Registry, Subprocessor } from '../lib/types.js';
import type { Strings } from '../lib/strings.js';

export interface Section {
  /** The group's id; '' for the rest. */
  id: string;
  /** What names the section's table: the group's title (else its id), or for the rest as above. */
  title: string;
  /** Whether the section shows `title` as a heading (the rest without groups does not). */
  heading: boolean;
  description?: string;
  entries: Subprocessor[];
}

const filled = (s: string | undefined): s is string => typeof s === 'string' && s.trim() !== '';

/**
 * Partitions `entries` (already in display order) into sections. Which
 * sections exist, and their headings, depend on the whole registry, so
 * they stay put while a search hides rows.
 */
export function sections(r: Registry, entries: readonly Subprocessor[], t: Strings): Section[] {
  const groups = r.groups ?? [];
  const defined = new Set(groups.map((g) => g.id));
  const used = new Set(r.subprocessors.map((e) => e.group).filter((g): g is string => g !== undefined && defined.has(g)));
  const byGroup = new Map<string, Subprocessor[]>([...used].map((id) => [id, []]));
  const rest: Subprocessor[] = [];
  for (const e of entries) (e.group !== undefined ? byGroup.get(e.group) ?? rest : rest).push(e);
  const out: Section[] = groups
    .filter((g) => used.has(g.id))
    .map((g) => ({
      id: g.id,
      title: filled(g.title) ? g.title.trim() : g.id,
      heading: true,
      description: filled(g.description) ? g.description.trim() : undefined,
      entries: byGroup.get(g.id)!,
    }));
  const grouped = used.size > 0;
  if (r.subprocessors.some((e) => e.group === undefined || !used.has(e.group))) {
    out.push({ id: '', title: grouped ? t.otherGroup : filled(r.title) ? r.title.trim() : t.defaultTitle, heading: grouped, entries: rest });
  }
  return out;
}
