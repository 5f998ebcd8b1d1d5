import { daysBetween } from '../util/dates.js';

/** Risk levels and bands come from the configured risk criteria (config/risk-criteria.ts). */
export type { RiskLevel } from '../config/risk-criteria.js';

/** A link target that is safe to put in href: http(s) and mailto only; anything else renders as text. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  return /^(https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : null;
}

/** Days a date lies in the past (positive) relative to `today`, or null without a date. */
export function daysOverdue(due: string | undefined, today: string): number | null {
  if (!due) return null;
  const late = daysBetween(due, today);
  return late > 0 ? late : null;
}

/** Review state of a next-review date: overdue, due within 30 days, ok, or none. */
export function reviewState(due: string | undefined, today: string): 'overdue' | 'due-soon' | 'ok' | 'none' {
  if (!due) return 'none';
  const d = daysBetween(today, due);
  if (d < 0) return 'overdue';
  return d <= 30 ? 'due-soon' : 'ok';
}

/** `62.4%`, with at most one decimal. */
export function formatPercent(n: number): string {
  const r = Math.round(n * 10) / 10;
  return `${Number.isInteger(r) ? r.toFixed(0) : r.toFixed(1)}%`;
}

/** Catalog-local id of a ref: `iso27001:A.5.1` -> `A.5.1`. */
export function localId(ref: string): string {
  const i = ref.indexOf(':');
  return i < 0 ? ref : ref.slice(i + 1);
}

/** Short display name of a standard, e.g. `ISO/IEC 27001`. */
export function standardLabel(catalogId: string, title: string): string {
  return title.replace(/:\d{4}$/, '') || catalogId;
}

/** Plain string comparison, for stable sorts that do not depend on the locale. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
