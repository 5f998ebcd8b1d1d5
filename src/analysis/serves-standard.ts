import type { AnyRecord } from '../model/types.js';

/**
 * Whether a record serves a standard (`iso27001:2022`, catalog `iso27001`): records with a `standards`
 * list serve those; a Control serves the standards whose controls it implements; any other record
 * without a list serves every standard in scope.
 */
export function servesStandard(r: AnyRecord, standard: string, catalog: string): boolean {
  const spec = r.spec as { standards?: string[] };
  if (Array.isArray(spec.standards)) return spec.standards.includes(standard);
  if (r.kind === 'Control') return r.spec.implements.some((ref) => ref.startsWith(`${catalog}:`));
  return true;
}
