import type { Rule } from './types.js';
import type { ControlRecord } from '../model/types.js';
import { reasonFor } from '../analysis/soa.js';

/** Reasons that say nothing. */
const PLACEHOLDER = /^(n\/?a|na|none|tbd|todo|x+|-+|\.+|see above|as above|same|same as above|not applicable|not relevant|required|needed|yes|no|ok)\.?$/i;

const words = (s: string) => s.split(/\s+/).filter((w) => /\w/.test(w)).length;
const normal = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The SoA must justify each control (27001 6.1.3 d, 42001 6.1.3). Boilerplate passes a presence check but
 * not an auditor: the same sentence pasted onto many controls, placeholders, one-word reasons, or one
 * record deciding dozens of controls with a single reason. Thresholds come from `soa:` in annexa.yaml.
 */
export const rule: Rule = {
  meta: { id: 'justification-boilerplate', description: 'A SoA justification is boilerplate: placeholder or too few words, the same text reused for many controls, or one reason for a record deciding many controls.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    const gates = ctx.config.soa;
    // Per text: the places it is written (a record's justification, or one per-control decision) and the controls it justifies.
    const uses = new Map<string, { text: string; refs: string[]; places: Set<string>; first: { c: ControlRecord; pointer: string } }>();
    for (const c of ctx.model.list('Control')) {
      const per = c.spec.decisions ?? {};
      for (const key of Object.keys(per)) {
        if (!c.spec.implements.includes(key)) ctx.report({ record: c, pointer: `/spec/decisions/${key}`, target: 'key', message: `Control ${c.metadata.id} gives a decision for ${key}, which it does not implement (add it to spec.implements or remove the decision)` });
      }
      const missing = c.spec.implements.filter((ref) => !per[ref]?.justification?.trim());
      if (c.spec.implements.length > gates.maxRefsPerReason && missing.length > 0) {
        ctx.report({ record: c, pointer: '/spec/implements', message: `Control ${c.metadata.id} decides ${c.spec.implements.length} controls (more than ${gates.maxRefsPerReason}) but gives no reason of its own for ${missing.length} of them (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', ...' : ''}); add spec.decisions.<ref>.justification per control` });
      }
      for (const ref of c.spec.implements) {
        const text = reasonFor(c, ref);
        if (!text) continue;
        const own = per[ref]?.justification?.trim() ? `/spec/decisions/${ref}/justification` : '/spec/justification';
        // The record-level reason of an exclusion is exclusion-unjustified's to judge.
        if (own === '/spec/justification' && c.spec.status === 'not-applicable') continue;
        const u = uses.get(normal(text)) ?? { text, refs: [], places: new Set<string>(), first: { c, pointer: own } };
        u.refs.push(ref);
        u.places.add(`${c.metadata.id}${own}`);
        uses.set(normal(text), u);
      }
      const weak = new Set<string>();
      for (const ref of c.spec.implements) {
        const text = reasonFor(c, ref);
        const own = per[ref]?.justification?.trim() ? `/spec/decisions/${ref}/justification` : '/spec/justification';
        if (!text || weak.has(own) || (own === '/spec/justification' && c.spec.status === 'not-applicable')) continue;
        if (PLACEHOLDER.test(text) || words(text) < gates.minWords) {
          weak.add(own);
          ctx.report({ record: c, pointer: own, message: `Control ${c.metadata.id} justifies ${own === '/spec/justification' ? c.spec.implements.join(', ') : ref} with "${text}"; say why the control is needed (${gates.minWords} words or more)` });
        }
      }
    }
    for (const u of uses.values()) {
      if (u.places.size <= gates.maxReuse) continue;
      const short = u.text.length > 60 ? `${u.text.slice(0, 57)}...` : u.text;
      ctx.report({ record: u.first.c, pointer: u.first.pointer, message: `The justification "${short}" is written verbatim in ${u.places.size} places (more than ${gates.maxReuse}) for ${u.refs.length} controls: ${u.refs.slice(0, 4).join(', ')}${u.refs.length > 4 ? ', ...' : ''}; give each control its own reason` });
    }
  },
};
