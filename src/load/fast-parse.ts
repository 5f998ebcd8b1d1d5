import { FAILSAFE_SCHEMA, Type, loadAll } from 'js-yaml';
import { CORE_TYPES } from './fast-schema.js';
import { scanPlainYaml } from './fast-scan.js';

/** js-yaml with the plain-scalar rules of the `yaml` library's core schema (dates stay strings). */
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: CORE_TYPES.map((t) => new Type(t.tag, { kind: 'scalar', resolve: (s: string) => typeof s === 'string' && t.test(s), construct: t.construct })) });

/** Keys a record uses; anything else (numbers, booleans, null, flow collections as keys) goes to the full parser. */
const KEY = /^[A-Za-z_$][\w$.\-/: ]*$/;
const IMPLICIT_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** Far below MAX_NESTING_DEPTH: a record needs fewer than ten levels, so the limits cannot disagree. */
const MAX_DEPTH = 32;

export interface FastDocument {
  index: number;
  value: Record<string, unknown>;
  lines: [number, number];
}

/**
 * The documents of a plain YAML file read with js-yaml, about ten times faster than the `yaml`
 * library, or undefined whenever the file uses anything whose reading could differ (anchors, tags,
 * merge keys, directives, empty documents, odd keys...) or would give a finding: the caller then
 * parses it with `yaml`, which stays the reference. test/load/fast-parse.test.ts holds both to the same values.
 */
export function fastParse(text: string): FastDocument[] | undefined {
  const sections = scanPlainYaml(text);
  if (!sections) return undefined;
  let values: unknown[];
  let warned = false;
  try {
    values = loadAll(text, undefined, { schema: SCHEMA, json: false, onWarning: () => void (warned = true) });
  } catch {
    return undefined;
  }
  if (warned || values.length !== sections.length) return undefined;
  const out: FastDocument[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!isPlainObject(value) || !plainTree(value)) return undefined;
    out.push({ index: i, value, lines: sections[i]! });
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** Every key ordinary and every collection within the depth limit; iterative, so it cannot overflow. */
function plainTree(root: Record<string, unknown>): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > MAX_DEPTH) return false;
    if (Array.isArray(node)) {
      for (const v of node) stack.push([v, depth + 1]);
      continue;
    }
    if (Object.getPrototypeOf(node) !== Object.prototype) return false;
    for (const k of Object.keys(node)) {
      if (!KEY.test(k) || IMPLICIT_KEY.test(k) || FORBIDDEN.has(k)) return false;
      stack.push([(node as Record<string, unknown>)[k], depth + 1]);
    }
  }
  return true;
}
