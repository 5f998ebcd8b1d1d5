import type { Finding } from '../report/finding.js';
import type { PipelineResult } from '../pipeline.js';
import { UsageError } from '../report/errors.js';

/**
 * For `check --changed-since REV`: keeps findings in records changed since REV plus findings
 * elsewhere that the change caused. Placeholder until git support lands.
 */
export async function filterChangedSince(_rev: string, _result: PipelineResult, _today: string): Promise<{ findings: Finding[]; notes: string[] }> {
  throw new UsageError('--changed-since is not implemented yet');
}
