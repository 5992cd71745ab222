/**
 * Reads retention periods such as "30 days", "2 years" or "90 Tage" as a
 * number of days, so that "7 days" sorts before "30 days" and "2 years".
 * Anything else ("contract", "until account deletion") is not a duration.
 */
import { MAX_READ_LENGTH } from './text.js';

const UNITS: [RegExp, number][] = [
  [/^(hours?|hrs?|h|stunden?|heures?|uur|horas?)$/, 1 / 24],
  [/^(days?|d|tage?n?|jours?|j|dag(en)?|d[ií]as?)$/, 1],
  [/^(weeks?|wks?|w|wochen?|semaines?|we(e|ke)n|semanas?)$/, 7],
  [/^(months?|mos?|monate?n?|mois|maand(en)?|mes(es)?)$/, 30.44],
  [/^(years?|yrs?|y|jahre?n?|ans?|années?|jaar|jaren|años?)$/, 365.25],
];

const DURATION = /^(\d+(?:[.,]\d+)?)\s*([\p{L}]+)\.?$/u;

/** Days in a retention value, or undefined when it is not a plain duration. */
export function durationDays(value: string | undefined): number | undefined {
  if (!value || value.length > MAX_READ_LENGTH) return undefined;
  const m = DURATION.exec(value.trim().toLowerCase());
  if (!m) return undefined;
  const unit = UNITS.find(([re]) => re.test(m[2]));
  return unit ? Number(m[1].replace(',', '.')) * unit[1] : undefined;
}
