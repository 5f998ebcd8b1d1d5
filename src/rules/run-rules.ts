import type { Finding, Severity } from '../core/finding.js';
import { ConfigError } from '../core/errors.js';
import { didYouMean } from '../util/did-you-mean.js';
import { flatString } from '../util/flat-string.js';
import { locate } from '../load/locate.js';
import { RENAMED_RULES, RULES, getRule } from './registry.js';
import type { ReportInput, RuleContext } from './types.js';
import { forgetObligations } from './support/ai-act.js';

export type RuleRunContext = Omit<RuleContext, 'report'>;

/**
 * Runs every rule of the scope (validate rules also run in check) that config does not turn off.
 * `afterRule` is called after each one (large runs collect the rule's garbage there).
 */
export async function runRules(base: RuleRunContext, scope: 'validate' | 'check', afterRule?: () => void): Promise<Finding[]> {
  checkRuleConfig(base);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!rule.check) continue;
    if (scope === 'validate' && rule.meta.scope !== 'validate') continue;
    const setting = base.config.rules[rule.meta.id] ?? renamedSetting(base, rule.meta.id) ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    const severity: Severity = setting;
    const report = (i: ReportInput) => {
      const rec = i.record;
      // Flat strings: a message built from parts is a chain of string nodes, 2-3x its length (33,000 findings at 100k records).
      findings.push({
        ruleId: rule.meta.id,
        severity,
        message: flatString(i.message),
        record: rec ? flatString(`${rec.kind}/${rec.metadata.id}`) : undefined,
        control: i.control,
        subject: i.subject,
        location: { file: i.file ?? rec?.source.file ?? '', doc: i.doc ?? rec?.source.doc, pointer: i.pointer, target: i.target },
      });
    };
    await rule.check({ ...base, report });
    afterRule?.();
  }
  forgetObligations(base);
  return findings;
}

/** Unknown rule ids in annexa.yaml are config errors, located in the file like any finding. */
function checkRuleConfig(base: RuleRunContext): void {
  for (const id of Object.keys(base.config.rules)) {
    if (getRule(id)) continue;
    const hint = didYouMean(id, RULES.map((r) => r.meta.id));
    const src = base.config.source;
    const doc = src?.documents[0]?.doc;
    const pos = src && doc ? locate(doc, src.lineCounter, `/rules/${id}`, 'key') : undefined;
    const where = `${base.config.file ?? 'annexa.yaml'}${pos ? `:${pos.line}:${pos.column}` : ''}`;
    throw new ConfigError(`${where}: unknown rule "${id}" in rules${hint ? ` (did you mean "${hint}"?)` : ''}`);
  }
}

/** A severity set under a rule's old id still applies to the renamed rule. */
function renamedSetting(base: RuleRunContext, id: string) {
  const old = Object.keys(RENAMED_RULES).find((k) => RENAMED_RULES[k] === id && base.config.rules[k] !== undefined);
  return old ? base.config.rules[old] : undefined;
}
