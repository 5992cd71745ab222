/**
 * Row markers: New, Upcoming (with its start date) and Retiring (with its
 * end date), relative to today, in the reader's words. The row builder and
 * the static page show them; the row's part names carry the same kinds.
 */
import type { Change, Subprocessor } from '../lib/types.js';
import { isIsoDate } from '../lib/registry.js';
import { fill, type Strings } from '../lib/strings.js';
import { daysBetween, markersOf } from '../lib/dates.js';
import { formatDate } from '../lib/intl.js';
import { relativeText } from './format.js';

export interface Marker {
  kind: 'new' | 'upcoming' | 'retiring' | 'changed';
  label: string;
  /** "starts December 15, 2026 (in 22 days)". */
  detail?: string;
}

export interface MarkerContext {
  lang: string;
  t: Strings;
  today: string;
  newDays: number;
  /** Vendors (lower-case names) with a `changed` entry in the change log within `newDays`: the date of the latest. */
  changed?: ReadonlyMap<string, string>;
}

/** The vendors the change log says changed within `newDays` of today, with the latest date. */
export function recentlyChanged(changes: readonly Change[] | undefined, today: string, newDays: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of changes ?? []) {
    if (c.action?.trim().toLowerCase() !== 'changed' || !c.subprocessor?.trim() || !c.date || !isIsoDate(c.date)) continue;
    const since = daysBetween(c.date, today);
    if (since < 0 || since > newDays) continue;
    const key = c.subprocessor.trim().toLowerCase();
    if ((out.get(key) ?? '') < c.date) out.set(key, c.date);
  }
  return out;
}

export function rowMarkers(e: Subprocessor, ctx: MarkerContext): Marker[] {
  const m = markersOf(e, ctx.today, ctx.newDays);
  const { t, lang } = ctx;
  const out: Marker[] = [];
  if (m.isNew) out.push({ kind: 'new', label: t.markerNew });
  const changed = ctx.changed?.get(e.name.trim().toLowerCase());
  if (changed && !m.isNew) out.push({ kind: 'changed', label: t.markerChanged, detail: fill(t.changedOn, { date: formatDate(changed, lang) }) });
  if (m.startsIn !== undefined) {
    out.push({ kind: 'upcoming', label: t.markerUpcoming, detail: fill(t.startsOn, { date: formatDate(e.effective!, lang), relative: relativeText(m.startsIn, lang) }) });
  }
  if (m.endsIn !== undefined && m.endsIn >= 0) {
    out.push({ kind: 'retiring', label: t.markerRetiring, detail: fill(t.endsOn, { date: formatDate(e.retires!, lang), relative: relativeText(m.endsIn, lang) }) });
  }
  return out;
}

/** The markers as text: "New", "Upcoming starts … (in 22 days)". */
export function markersText(markers: readonly Marker[]): string {
  return markers.map((m) => (m.detail ? `${m.label} ${m.detail}` : m.label)).join(' ');
}
