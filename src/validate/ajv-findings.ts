import type { ErrorObject } from 'ajv';
import type { Location } from '../core/finding.js';
import { pointerSegments, toPointer } from '../load/locate.js';
import { didYouMean } from '../util/did-you-mean.js';

export interface SchemaProblem {
  message: string;
  pointer: string;
  target: 'key' | 'value';
}

/**
 * Turns ajv errors into user-facing problems: one per real issue, with a pointer at the
 * offending key or value. Noise from if/then and anyOf branches is folded into one message.
 */
export function schemaProblems(errors: ErrorObject[]): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.schemaPath);
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    if (anyOfPaths.some((p) => e.schemaPath !== p && e.schemaPath.startsWith(p.replace(/\/(anyOf|oneOf)$/, '/$1/')))) continue;
    const p = describe(e, errors);
    const key = `${p.pointer}|${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}

function describe(e: ErrorObject, all: ErrorObject[]): SchemaProblem {
  const at = dotted(e.instancePath);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { pointer: e.instancePath, target: 'key', message: `${at || 'document'} is missing required property "${String(params.missingProperty)}"` };
    case 'additionalProperties': {
      const prop = String(params.additionalProperty);
      const allowed = Object.keys(((e.parentSchema as { properties?: object } | undefined)?.properties) ?? {});
      const hint = didYouMean(prop, allowed);
      return { pointer: toPointer([...pointerSegments(e.instancePath), prop]), target: 'key', message: `${at || 'document'} has unknown property "${prop}"${hint ? ` (did you mean "${hint}"?)` : ''}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined;
      return { pointer: e.instancePath, target: 'value', message: `${at} must be one of ${allowed.join(', ')} (got ${JSON.stringify(e.data)})${hint ? `; did you mean "${hint}"?` : ''}` };
    }
    case 'const':
      return { pointer: e.instancePath, target: 'value', message: `${at} must be ${JSON.stringify(params.allowedValue)} (got ${JSON.stringify(e.data)})` };
    case 'anyOf':
    case 'oneOf': {
      const branches = all.filter((x) => x.keyword === 'required' && x.instancePath === e.instancePath && x.schemaPath.startsWith(e.schemaPath + '/'));
      const props = [...new Set(branches.map((x) => String((x.params as Record<string, unknown>).missingProperty)))];
      const msg = props.length > 0 ? `${at || 'document'} must have one of: ${props.join(', ')}` : `${at || 'document'} does not match any allowed shape`;
      return { pointer: e.instancePath, target: props.length > 0 ? 'key' : 'value', message: msg };
    }
    case 'format':
      return { pointer: e.instancePath, target: 'value', message: `${at} must be a valid ${String(params.format)}${params.format === 'date' ? ' (YYYY-MM-DD)' : ''} (got ${JSON.stringify(e.data)})` };
    case 'type':
      return { pointer: e.instancePath, target: 'value', message: `${at || 'document'} must be ${String(params.type)} (got ${typeName(e.data)})` };
    default:
      return { pointer: e.instancePath, target: 'value', message: `${at || 'document'} ${e.message ?? 'is invalid'}` };
  }
}

function dotted(pointer: string): string {
  return pointerSegments(pointer)
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

export function toLocation(file: string, doc: number, p: SchemaProblem): Location {
  return { file, doc, pointer: p.pointer, target: p.target };
}
