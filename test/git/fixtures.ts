/** Small record builders and a fake CLI io for the git tests. */
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

export const CONFIG = `apiVersion: annexa/v1
kind: Config
organization: Test GmbH
standards: [iso27001:2022]
evidence: { maxAgeDays: 90 }
`;

const envelope = (kind: string, id: string, title: string, spec: string) =>
  `apiVersion: annexa/v1\nkind: ${kind}\nmetadata:\n  id: ${id}\n  title: ${title}\nspec:\n${spec.replace(/^/gm, '  ')}\n`;

export function control(id: string, refs: string[], status: string, evidence: string[] = []): string {
  const lines = [`implements: [${refs.join(', ')}]`, `status: ${status}`];
  if (status === 'not-applicable') lines.push('justification: Not in scope for this organisation');
  if (evidence.length) lines.push(`evidence: [${evidence.join(', ')}]`);
  return envelope('Control', id, `Control ${id}`, lines.join('\n'));
}

export function evidence(id: string, fields: { path?: string; url?: string; collected?: string; maxAgeDays?: number }): string {
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : v}`);
  return envelope('Evidence', id, `Evidence ${id}`, lines.join('\n'));
}

export function risk(id: string, l: number, i: number, residual?: [number, number]): string {
  const lines = ['domain: security', `likelihood: ${l}`, `impact: ${i}`, 'owner: CISO', 'treatment:', '  option: mitigate', '  controls: [iso27001:A.8.15]', '  approval: {by: CISO, date: 2025-01-02}', 'assessed: 2025-01-02'];
  if (residual) lines.push('residual:', `  likelihood: ${residual[0]}`, `  impact: ${residual[1]}`);
  return envelope('Risk', id, `Risk ${id}`, lines.join('\n'));
}

export function aiSystem(id: string, riskTier: string, lifecycleStage = 'operation'): string {
  return envelope('AISystem', id, `AI ${id}`, `purpose: Triage support\nriskTier: ${riskTier}\nlifecycleStage: ${lifecycleStage}\nhumanOversight:\n  mode: human-in-the-loop\nimpactAssessment: ia-${id}`);
}

export function impactAssessment(id: string, ai: string, performed: string): string {
  return envelope('ImpactAssessment', id, `Impact assessment ${id}`, `aiSystem: ${ai}\nperformed: "${performed}"\nstatus: approved`);
}

export function policy(id: string, version: string, approved: string): string {
  return envelope('Policy', id, `Policy ${id}`, `addresses: [iso27001:A.5.1]\nversion: "${version}"\napproval:\n  by: Board\n  date: "${approved}"\nnextReview: "2030-01-01"`);
}

/** Joins records into one multi-document file. */
export const docs = (...records: string[]) => records.join('---\n');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams, the way bin/annexa.js would. */
export async function run(argv: string[], cwd: string): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: { NO_COLOR: '1' }, cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
