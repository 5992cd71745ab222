/**
 * Category facts: what a data-category code means, in the words the chip's
 * tooltip, its screen-reader description and the legend share.
 */
import type { Category, Registry, Tristate } from '../lib/types.js';
import type { Strings } from '../lib/strings.js';

export interface ChipFacts {
  code: string;
  /** Position in the registry's `categories`; undefined for a code the list does not define. */
  index?: number;
  /** "User · Contact information · indirect personal data", or that the code is not defined. */
  explanation: string;
  /** What the category is (its label), where the list says: exports give it beside the code. */
  label?: string;
}

/** Codes to categories, with their positions (ids are built from positions, as codes may hold any character). */
export type CategoryIndex = ReadonlyMap<string, { category: Category; index: number }>;

export function categoryIndex(r: Registry): CategoryIndex {
  const map = new Map<string, { category: Category; index: number }>();
  (r.categories ?? []).forEach((category, index) => {
    if (!map.has(category.code)) map.set(category.code, { category, index });
  });
  return map;
}

/** Whether a category is direct or indirect personal data, in words (or nothing when the list does not say). */
function nature(c: Category, t: Strings): string | undefined {
  const { direct, indirect } = c;
  if (direct === 'maybe' && indirect === 'maybe') return t.maybeDirectOrIndirect;
  const parts = [
    direct === 'yes' ? t.direct : direct === 'maybe' ? t.maybeDirect : undefined,
    indirect === 'yes' ? t.indirect : indirect === 'maybe' ? t.maybeIndirect : undefined,
  ].filter(Boolean);
  if (parts.length) return parts.join(', ');
  return direct === 'no' && indirect === 'no' ? t.notPersonal : undefined;
}

/** "User · Contact information · indirect personal data". */
export function categoryText(category: Category | undefined, t: Strings): string {
  if (!category) return t.unknownCode;
  return [category.subject, category.label ?? category.description, nature(category, t)].filter((s) => s && s.trim()).join(' · ');
}

export function chipFacts(code: string, categories: CategoryIndex, t: Strings): ChipFacts {
  const found = categories.get(code);
  const label = found?.category.label?.trim() || undefined;
  return { code, index: found?.index, explanation: categoryText(found?.category, t), label };
}

/** A yes / no / maybe answer in words, a dash when the list does not say. */
export function tristateText(value: Tristate | undefined, t: Strings): string {
  return value ? t[value] : '—';
}
