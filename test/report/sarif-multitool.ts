import { execFile } from 'node:child_process';
import { accessSync, chmodSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** One problem Microsoft's SARIF validator reported. */
export interface ValidatorResult {
  ruleId: string;
  level: 'error' | 'warning' | 'note' | 'none';
  where: string;
}

// Notes the validator gives every annexa log by design: plain-text messages (2002), no VCS provenance
// (2003, GitHub adds it on upload), kebab-case rule ids (2009), no snippets or context regions (2010,
// 2011), no friendly name for a one-word id such as `schema` (2012).
export const ACCEPTED_NOTES = ['SARIF2002', 'SARIF2003', 'SARIF2009', 'SARIF2010', 'SARIF2011', 'SARIF2012'];

// SARIF2006 fetches every URI in the log over HTTP: slow, and flaky offline. Disabled.
const CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
`;

/** Absolute path of the native Sarif.Multitool binary shipped in the npm package. */
export function multitoolPath(): string {
  const bin = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    // The package's postinstall (`chmod u+x`) does not run when npm skips install scripts.
    chmodSync(bin, 0o755);
  }
  return bin;
}

/**
 * Runs `Sarif.Multitool validate` with the generic SARIF rules and GitHub's ingestion rules
 * (`--rule-kind "Sarif;Gh"`) at every level. The tool exits 0 even when it finds errors, so the
 * verdict is read from the SARIF log it writes to --output.
 */
export async function validateSarif(sarifText: string): Promise<ValidatorResult[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'annexa-sarif-'));
  try {
    const input = path.join(dir, 'annexa.sarif');
    const output = path.join(dir, 'validation.sarif');
    const config = path.join(dir, 'validation.xml');
    await writeFile(input, sarifText);
    await writeFile(config, CONFIG);
    const args = ['validate', input, '--output', output, '--config', config, '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note', '--log', 'ForceOverwrite', '--quiet'];
    // .NET needs ICU (Debian: libicu72) unless globalization-invariant mode is on; annexa needs no cultures.
    const env = { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' };
    await promisify(execFile)(multitoolPath(), args, { env, cwd: dir, timeout: 60_000 });
    const log = JSON.parse((await readFile(output, 'utf8')).replace(/^\uFEFF/, '')) as ValidatorLog;
    const run = log.runs[0]!;
    if (run.invocations?.some((i) => i.executionSuccessful === false)) throw new Error(`sarif-multitool failed: ${JSON.stringify(run.invocations)}`);
    return (run.results ?? []).map((r) => ({
      ruleId: r.ruleId,
      // SARIF's default level is warning.
      level: r.level ?? 'warning',
      where: r.message.arguments?.[0] ?? r.message.text ?? '',
    }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface ValidatorLog {
  runs: {
    invocations?: { executionSuccessful?: boolean }[];
    results?: { ruleId: string; level?: ValidatorResult['level']; message: { text?: string; arguments?: string[] } }[];
  }[];
}
