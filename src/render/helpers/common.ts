import type { HelperDelegate } from 'handlebars';
import { formatPercent } from '../format.js';
import { labelOf } from './labels.js';

type Options = { hash?: Record<string, unknown>; data?: { root?: { format?: string; packDate?: string } } };

/** Handlebars passes its options object last; these strip it so variadic helpers see only real arguments. */
function args(list: unknown[]): unknown[] {
  return list.slice(0, -1);
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v];
}

/** Helpers whose result is plain data or text, the same for HTML and Markdown (see docs/pack.md). */
export const commonHelpers: Record<string, HelperDelegate> = {
  eq: (a: unknown, b: unknown) => a === b,
  ne: (a: unknown, b: unknown) => a !== b,
  lt: (a: unknown, b: unknown) => Number(a) < Number(b),
  gt: (a: unknown, b: unknown) => Number(a) > Number(b),
  and: (...list: unknown[]) => args(list).every(Boolean),
  or: (...list: unknown[]) => args(list).some(Boolean),
  not: (a: unknown) => !a || (Array.isArray(a) && a.length === 0),
  add: (a: unknown, b: unknown) => Number(a) + Number(b),
  len: (v: unknown) => asList(v).length,
  /** `{{join list ", "}}`; the separator defaults to a comma and a space. */
  join: (...list: unknown[]) => {
    const [items, sep] = args(list);
    return asList(items).map((x) => String(x)).join(typeof sep === 'string' ? sep : ', ');
  },
  percent: (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? formatPercent(n) : '—'),
  /** `{{date value}}`: a YYYY-MM-DD date, or an em dash when empty. `{{date}}` alone: the pack date. */
  date: (...list: unknown[]) => {
    const options = list[list.length - 1] as Options;
    const d = list.length > 1 ? list[0] : options.data?.root?.packDate;
    return typeof d === 'string' && d !== '' ? d : '—';
  },
  default: (v: unknown, fallback: unknown) => (v === undefined || v === null || v === '' ? fallback : v),
  /** `{{plural n "risk"}}` -> `1 risk`, `3 risks`; an explicit plural form may follow. */
  plural: (...list: unknown[]) => {
    const [n, one, many] = args(list);
    return `${n} ${Number(n) === 1 ? String(one) : typeof many === 'string' ? many : `${String(one)}s`}`;
  },
  labelFor: (v: unknown) => labelOf(v),
  /** Link to another page in the format being rendered: `{{pageLink "gaps"}}` -> `gaps.html` or `gaps.md`. */
  pageLink: (name: unknown, options: Options) => `${String(name)}.${options.data?.root?.format === 'md' ? 'md' : 'html'}`,
  /** Pretty JSON of any view value (escaped like any other output in HTML). */
  json: (v: unknown) => JSON.stringify(v ?? null, null, 2),
};
