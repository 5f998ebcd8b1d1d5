// Writes a synthetic governance repo: N records spread over N/5 files, valid and cross-referenced.
// With `findings`, about three records in ten carry a problem (schema, dangling reference, overdue
// review, stale evidence, unknown control), so the findings path is measured as well as the clean one.
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const catalog = (f) => parse(readFileSync(new URL(`../../catalogs/${f}`, import.meta.url), 'utf8'));
const refs = [
  ...catalog('iso27001.yaml').spec.controls.map((c) => `iso27001:${c.id}`),
  ...catalog('iso42001.yaml').spec.controls.map((c) => `iso42001:${c.id}`),
];

const head = (kind, id) => `apiVersion: annexa/v1\nkind: ${kind}\nmetadata:\n  id: ${id}\n  title: Synthetic ${kind} ${id}\n  owner: Bench team\n`;
// `bad(f)` says whether file f carries a given problem; the rates give ~0.3 findings per record.
const KINDS = [
  (i, bad) => head('Control', `ctl-${i}`) + `spec:\n  implements: ["${refs[i % refs.length]}"]\n  status: implemented\n  evidence: [ev-${bad(3, 0) ? 'missing-' : ''}${i + 1}]\n  owner: Platform\n  nextReview: "${bad(2, 0) ? '2024-06-01' : '2027-06-01'}"\n`,
  (i, bad) => head('Evidence', `ev-${i}`) + `spec:\n  url: https://evidence.example.invalid/${i}\n  collected: "${bad(3, 1) ? '2020-10-01' : '2026-10-01'}"\n  maxAgeDays: 365\n  type: report\n`,
  (i, bad) => head('Risk', `risk-${i}`) + `spec:\n  domain: security\n  likelihood: ${1 + (i % 5)}\n  impact: ${1 + ((i * 7) % 5)}\n  owner: CISO\n  assessed: "2026-06-01"\n  treatment:\n    option: mitigate\n    controls: ["${bad(7, 3) ? 'iso27001:A.99.9' : refs[i % 93]}"]\n    approval: {by: CISO, date: "2026-06-01"}\n  residual: {likelihood: 1, impact: 2}\n  status: treated\n`,
  (i, bad) => head('Policy', `pol-${i}`) + `spec:\n  addresses: ["${refs[(i * 3) % refs.length]}", "iso27001:5.2"]\n  approval: {by: CEO, date: "2026-01-15"}\n  nextReview: "2027-01-15"\n  version: "1.${i % 9}"\n${bad(5, 2) ? '  approvedBy: CEO\n' : ''}`,
  (i) => head('AISystem', `ai-${i}`) + `spec:\n  purpose: Synthetic system ${i}\n  riskTier: minimal\n  lifecycleStage: operation\n  role: deployer\n  dataSources: [tickets, logs]\n  impactScreening: {outcome: not-required, reason: Internal minimal-risk tool, by: AI lead, date: "2026-05-01"}\n`,
];

const FOLDERS = ['controls', 'evidence', 'risks', 'policies', 'ai-systems'];

/**
 * Writes `records` records in files of five documents each, or with `perRecord` one record per file
 * in a folder per kind (the layout a schema-only tool like ajv-cli needs: one schema per folder).
 */
export function generate(dir, records, { findings = false, perRecord = false } = {}) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'annexa.yaml'), 'apiVersion: annexa/v1\nkind: Config\norganization: Bench Corp\nstandards: [iso27001:2022, iso42001:2023]\n');
  for (let f = 0; f < records / 5; f++) {
    const bad = (every, offset) => findings && f % every === offset;
    const docs = [];
    for (let k = 0; k < 5; k++) docs.push(KINDS[k](f * 5 + k, bad));
    if (perRecord) {
      docs.forEach((d, k) => {
        const sub = path.join(dir, FOLDERS[k], `part-${f % 20}`);
        mkdirSync(sub, { recursive: true });
        writeFileSync(path.join(sub, `${f * 5 + k}.yaml`), d);
      });
      continue;
    }
    const sub = path.join(dir, `area-${f % 20}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `records-${f}.yaml`), docs.join('---\n'));
  }
  return dir;
}

/** Schema file of each folder of the per-record layout. */
export const FOLDER_SCHEMAS = { controls: 'control', evidence: 'evidence', risks: 'risk', policies: 'policy', 'ai-systems': 'ai-system' };

// `node test/bench/generate.mjs <dir> <records> [--findings] [--per-record]` writes one repo (profiling, golden sets).
if (import.meta.url === `file://${process.argv[1]}`) {
  generate(process.argv[2], Number(process.argv[3] ?? 10_000), { findings: process.argv.includes('--findings'), perRecord: process.argv.includes('--per-record') });
}
