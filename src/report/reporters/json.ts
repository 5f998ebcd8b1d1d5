import type { Reporter } from './types.js';

/** Machine-readable findings: a stable object, 2-space indented, trailing newline. */
export const json: Reporter = (data) =>
  JSON.stringify(
    {
      tool: { name: 'annexa', version: data.toolVersion },
      command: data.command,
      summary: summarize(data.findings),
      stats: data.stats,
      findings: data.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        file: f.location.file,
        line: f.location.line ?? null,
        column: f.location.column ?? null,
        endLine: f.location.endLine ?? null,
        endColumn: f.location.endColumn ?? null,
        pointer: f.location.pointer ?? null,
        record: f.record ?? null,
        control: f.control ?? null,
        subject: f.subject ?? null,
      })),
    },
    null,
    2,
  ) + '\n';

export function summarize(findings: { severity: string }[]): { errors: number; warnings: number; infos: number } {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}
