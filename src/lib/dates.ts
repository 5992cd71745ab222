/**
 * Calendar arithmetic for the change markers and the freshness line, on
 * `YYYY-MM-DD` dates only (no time zones: a day is a day everywhere).
 */
import type { Subprocessor } from './types.js';
import { isIsoDate } from './registry.js';

const DAY = 86_400_000;

function utc(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY);
}

/** Today in the reader's own calendar, as `YYYY-MM-DD`. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface Markers {
  /** Added within the last `newDays` days. */
  isNew: boolean;
  /** Days until it starts, when `effective` is in the future. */
  startsIn?: number;
  /** Days until it ends, when `retires` is given (negative once past). */
  endsIn?: number;
}

export function markersOf(e: Subprocessor, today: string, newDays: number): Markers {
  const since = e.added && isIsoDate(e.added) ? daysBetween(e.added, today) : undefined;
  const startsIn = e.effective && isIsoDate(e.effective) ? daysBetween(today, e.effective) : undefined;
  const endsIn = e.retires && isIsoDate(e.retires) ? daysBetween(today, e.retires) : undefined;
  return {
    isNew: since !== undefined && since >= 0 && since <= newDays && !(startsIn !== undefined && startsIn > 0),
    startsIn: startsIn !== undefined && startsIn > 0 ? startsIn : undefined,
    endsIn,
  };
}

/** A day count as the unit people use: days under 45, months under a year and a half, else years. */
export function relativeUnit(days: number): [number, Intl.RelativeTimeFormatUnit] {
  const abs = Math.abs(days);
  if (abs < 45) return [days, 'day'];
  if (abs < 548) return [Math.round(days / 30.44), 'month'];
  return [Math.round(days / 365.25), 'year'];
}
