import type { Finding } from '../core/finding.js';

export type FailOn = 'error' | 'warning' | 'never';

/** The one place the exit code for findings is decided: 1 when a finding reaches the fail level, else 0. */
export function exitCodeFor(findings: Finding[], failOn: FailOn = 'error'): 0 | 1 {
  if (failOn === 'never') return 0;
  const failing = findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
  return failing ? 1 : 0;
}
