/**
 * The change log and notice period as the reader gets them: newest first,
 * actions in the reader's words (the standard ones translated, any other
 * word capitalised, never shown raw), the notice period as sentences.
 */
import type { Registry } from '../lib/types.js';
import { fill, type Strings } from '../lib/strings.js';
import { isIsoDate } from '../lib/registry.js';
import { dateText, count } from './format.js';

export interface ChangeItem {
  /** `YYYY-MM-DD`, when the change gives a valid date. */
  date?: string;
  dateText?: string;
  action: string;
  subprocessor?: string;
  description?: string;
}

export interface ChangesFacts {
  items: ChangeItem[];
  /** "New sub-processors are announced 30 days before …", "Customers can object within 14 days." */
  notice: string[];
}

const filled = (s: unknown): s is string => typeof s === 'string' && s.trim() !== '';

export function actionLabel(action: string | undefined, t: Strings): string {
  const a = filled(action) ? action.trim() : '';
  switch (a.toLowerCase()) {
    case 'added':
      return t.actionAdded;
    case 'removed':
      return t.actionRemoved;
    case 'changed':
      return t.actionChanged;
    default:
      return a ? a[0].toLocaleUpperCase() + a.slice(1) : '';
  }
}

export function changesFacts(r: Registry, t: Strings, lang: string): ChangesFacts | undefined {
  // Newest first; undated last; ties keep the registry's order (sort is stable).
  const dated = (r.changes ?? []).map((c) => ({ c, date: c.date && isIsoDate(c.date) ? c.date : '' }));
  dated.sort((a, b) => b.date.localeCompare(a.date));
  const items = dated.map(({ c, date }) => ({
    date: date || undefined,
    dateText: dateText(date || undefined, lang),
    action: actionLabel(c.action, t),
    subprocessor: filled(c.subprocessor) ? c.subprocessor.trim() : undefined,
    description: filled(c.description) ? c.description.trim() : undefined,
  }));
  const n = r.notice;
  const notice = [
    n?.days !== undefined ? fill(t.noticeDays, { days: count(n.days, lang) }) : '',
    n?.objectionDays !== undefined ? fill(t.noticeObjection, { days: count(n.objectionDays, lang) }) : '',
  ].filter(Boolean);
  if (!items.length && !notice.length && !n) return undefined;
  return { items, notice };
}
