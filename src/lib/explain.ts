/**
 * The words that explain a category code or a location badge, for the
 * tooltip and for screen readers (the same text in both).
 */
import type { Category } from './types.js';
import type { Strings } from './strings.js';
import { fill } from './strings.js';
import { adequacyIsPartial, type RegionClass } from './regions.js';

/** "User · Contact information · indirect personal data". */
export function categoryText(category: Category | undefined, t: Strings): string {
  if (!category) return t.unknownCode;
  const { direct, indirect } = category;
  let nature: string | undefined;
  if (direct === 'maybe' && indirect === 'maybe') nature = t.maybeDirectOrIndirect;
  else {
    const parts = [
      direct === 'yes' ? t.direct : direct === 'maybe' ? t.maybeDirect : undefined,
      indirect === 'yes' ? t.indirect : indirect === 'maybe' ? t.maybeIndirect : undefined,
    ].filter(Boolean);
    nature = parts.length ? parts.join(', ') : direct === 'no' && indirect === 'no' ? t.notPersonal : undefined;
  }
  return [category.subject, category.label ?? category.description, nature].filter((s) => s && s.trim()).join(' · ');
}

/** Where data in this place stands under the GDPR, in a sentence. */
export function regionText(region: RegionClass, code: string | undefined, t: Strings): string {
  switch (region) {
    case 'eea':
      return t.regionEea;
    case 'adequate':
      return code === 'US' ? t.regionUs : code && adequacyIsPartial(code) ? t.regionAdequatePartial : t.regionAdequate;
    case 'third':
      return t.regionThird;
    default:
      return t.regionUnknown;
  }
}

/** The tooltip of a location badge: the place, its standing, and the entry's safeguard. */
export function locationTip(label: string, region: RegionClass, code: string | undefined, transfer: string | undefined, t: Strings): string {
  const lines = [`${label}: ${regionText(region, code, t)}`];
  if (region !== 'eea' && transfer?.trim()) lines.push(fill(t.transferNamed, { transfer: transfer.trim() }));
  else if (region === 'third' || (region === 'adequate' && code && adequacyIsPartial(code))) lines.push(t.transferMissing);
  return lines.join(' ');
}
