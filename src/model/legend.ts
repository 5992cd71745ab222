/**
 * The legend of data categories, grouped by subject in the registry's order.
 */
import type { Registry } from '../lib/types.js';
import type { Strings } from '../lib/strings.js';
import { tristateText } from './category.js';

export interface LegendRow {
  /** Position in `categories` (the chip's legend target is built from it). */
  index: number;
  code: string;
  label: string;
  /** Shown after the label when it says more than the label. */
  description?: string;
  direct: string;
  indirect: string;
}

export interface LegendFacts {
  count: number;
  subjects: { subject: string; rows: LegendRow[] }[];
}

export function legendFacts(r: Registry, t: Strings): LegendFacts | undefined {
  const categories = r.categories ?? [];
  if (!categories.length) return undefined;
  const bySubject = new Map<string, LegendRow[]>();
  categories.forEach((c, index) => {
    const subject = c.subject?.trim() ?? '';
    const description = c.description?.trim() && c.description !== c.label ? c.description.trim() : undefined;
    const row = { index, code: c.code, label: c.label?.trim() ?? '', description, direct: tristateText(c.direct, t), indirect: tristateText(c.indirect, t) };
    let rows = bySubject.get(subject);
    if (!rows) bySubject.set(subject, (rows = []));
    rows.push(row);
  });
  return { count: categories.length, subjects: [...bySubject].map(([subject, rows]) => ({ subject, rows })) };
}
