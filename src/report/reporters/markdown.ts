import type { Finding, Severity } from '../../core/finding.js';
import { ruleDocUrl } from '../../rules/registry.js';
import type { Reporter } from './types.js';
import { summarize } from './json.js';

/** Rows in the findings table; a job summary over 1 MiB is rejected, so long lists are cut. */
export const MAX_ROWS = 1000;

const BADGES: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' };

/** GitHub-flavoured Markdown for a job summary ($GITHUB_STEP_SUMMARY): counts, findings, per-rule totals for `check`. */
export const markdown: Reporter = (data) => {
  const s = summarize(data.findings);
  const total = s.errors + s.warnings + s.infos;
  const out = [`## annexa ${data.command}`, ''];
  out.push(total === 0 ? '✅ No problems found.' : `${s.errors > 0 ? '❌' : '⚠️'} ${total} problem${total === 1 ? '' : 's'} found.`, '');
  out.push('| Errors | Warnings | Info | Records | Files |', '| ---: | ---: | ---: | ---: | ---: |');
  out.push(`| ${s.errors} | ${s.warnings} | ${s.infos} | ${data.stats.records} | ${data.stats.files} |`, '');
  if (total > 0) {
    out.push('### Findings', '', '| Severity | Location | Rule | Message |', '| --- | --- | --- | --- |');
    for (const f of data.findings.slice(0, MAX_ROWS)) {
      out.push(`| ${BADGES[f.severity]} | ${cell(where(f))} | ${ruleLink(f.ruleId)} | ${cell(f.message)} |`);
    }
    if (data.findings.length > MAX_ROWS) out.push('', `… and ${data.findings.length - MAX_ROWS} more (use \`--format json\` for all of them).`);
    out.push('');
  }
  if (data.command === 'check' && total > 0) {
    out.push('### By rule', '', '| Rule | Errors | Warnings | Info |', '| --- | ---: | ---: | ---: |');
    for (const [id, list] of byRule(data.findings, data.rules.map((r) => r.id))) {
      const c = summarize(list);
      out.push(`| ${ruleLink(id)} | ${c.errors} | ${c.warnings} | ${c.infos} |`);
    }
    out.push('');
  }
  return out.join('\n');
};

function where(f: Finding): string {
  const { file, line, column } = f.location;
  if (!file) return '(repository)';
  return line === undefined ? file : `${file}:${line}:${column ?? 1}`;
}

function ruleLink(id: string): string {
  return `[${cell(id)}](${ruleDocUrl(encodeURIComponent(id))})`;
}

/** Findings per rule that reported, in registry order, then unknown rule ids by name. */
function byRule(findings: Finding[], order: string[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.ruleId, [...(groups.get(f.ruleId) ?? []), f]);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...groups].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A table cell showing `s` literally: HTML and Markdown punctuation escaped (so a message cannot
 * inject markup or links), `|` escaped so it does not end the cell, line breaks as `<br>`.
 */
export function cell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#!]/g, (ch) => `\\${ch}`)
    .replace(/\r\n|\r|\n/g, '<br>');
}
