import { MANAGEMENT_SYSTEM_DEFAULTS, STANDARDS, type Config } from '../../config/types.js';
import type { RuleContext } from '../types.js';

/** The date `months` calendar months after `date` (YYYY-MM-DD), clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Configured management-system intervals with their defaults. */
export function intervals(config: Config): { auditIntervalMonths: number; auditCycleYears: number; reviewIntervalMonths: number } {
  return { ...MANAGEMENT_SYSTEM_DEFAULTS, ...config.managementSystem };
}

/** The standards in scope with their catalog id and the pointer of each in annexa.yaml. */
export function standardsInScope(config: Config): { standard: string; catalog: string; pointer: string }[] {
  return config.standards.map((standard, i) => ({ standard, catalog: STANDARDS[standard], pointer: `/standards/${i}` }));
}

/** Report at a standard's entry in annexa.yaml (the repo as a whole when there is no config file). */
export function reportAtStandard(ctx: RuleContext, pointer: string, message: string, subject: string, control?: string): void {
  ctx.report({ file: ctx.config.file ?? '', doc: 0, pointer, subject, control, message });
}

/** "a, b and c". */
export function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
