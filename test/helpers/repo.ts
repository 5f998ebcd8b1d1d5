import { mkdtempSync, mkdirSync, writeFileSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPipeline, type PipelineResult } from '../../src/pipeline.js';
import type { Finding } from '../../src/core/finding.js';

export const REPO_ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
export const ACME = path.join(REPO_ROOT, 'examples/acme-health');

const made: string[] = [];

/** Writes a throw-away repo from a map of relative path -> content; removed by cleanupRepos(). */
export function makeRepo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'annexa-test-'));
  made.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}

/** A copy of examples/acme-health to modify in a test. */
export function copyAcme(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'annexa-acme-'));
  made.push(dir);
  cpSync(ACME, dir, { recursive: true });
  return dir;
}

export function cleanupRepos(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export const CONFIG_27001 = 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2022]\n';

/** Runs the pipeline on a repo made from files; today is pinned so tests never depend on the clock. */
export async function lint(files: Record<string, string>, scope: 'validate' | 'check' = 'validate', today = '2026-11-23'): Promise<PipelineResult> {
  return runPipeline({ root: makeRepo(files), scope, today });
}

/** Findings of one rule, reduced to what a reviewer reads: file:line:col and message. */
export function of(findings: Finding[], ruleId: string): { at: string; message: string; severity: string }[] {
  return findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => ({ at: `${f.location.file}:${f.location.line}:${f.location.column}`, message: f.message, severity: f.severity }));
}
