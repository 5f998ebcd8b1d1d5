// Writes a synthetic governance repo: N records spread over N/5 files, valid and cross-referenced.
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const catalog = (f) => parse(readFileSync(new URL(`../../catalogs/${f}`, import.meta.url), 'utf8'));
const refs = [
  ...catalog('iso27001.yaml').spec.controls.map((c) => `iso27001:${c.id}`),
  ...catalog('iso42001.yaml').spec.controls.map((c) => `iso42001:${c.id}`),
];

const head = (kind, id) => `apiVersion: annexa/v1\nkind: ${kind}\nmetadata:\n  id: ${id}\n  title: Synthetic ${kind} ${id}\n  owner: Bench team\n`;
const KINDS = [
  (i) => head('Control', `ctl-${i}`) + `spec:\n  implements: ["${refs[i % refs.length]}"]\n  status: implemented\n  evidence: [ev-${i + 1}]\n  owner: Platform\n  nextReview: 2027-06-01\n`,
  (i) => head('Evidence', `ev-${i}`) + `spec:\n  url: https://evidence.example.invalid/${i}\n  collected: 2026-10-01\n  maxAgeDays: 365\n  type: report\n`,
  (i) => head('Risk', `risk-${i}`) + `spec:\n  domain: security\n  likelihood: ${1 + (i % 5)}\n  impact: ${1 + ((i * 7) % 5)}\n  owner: CISO\n  treatment:\n    option: mitigate\n    controls: ["${refs[i % 93]}"]\n  residual: {likelihood: 1, impact: 2}\n  status: treated\n`,
  (i) => head('Policy', `pol-${i}`) + `spec:\n  addresses: ["${refs[(i * 3) % refs.length]}", "iso27001:5.2"]\n  approval: {by: CEO, date: 2026-01-15}\n  nextReview: 2027-01-15\n  version: "1.${i % 9}"\n`,
  (i) => head('AISystem', `ai-${i}`) + `spec:\n  purpose: Synthetic system ${i}\n  riskTier: minimal\n  lifecycleStage: operation\n  role: deployer\n  dataSources: [tickets, logs]\n`,
];

/** Writes `records` records in files of five documents each; returns the folder. */
export function generate(dir, records) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'annexa.yaml'), 'apiVersion: annexa/v1\nkind: Config\norganization: Bench Corp\nstandards: [iso27001:2022, iso42001:2023]\n');
  for (let f = 0; f < records / 5; f++) {
    const docs = [];
    for (let k = 0; k < 5; k++) docs.push(KINDS[k](f * 5 + k));
    const sub = path.join(dir, `area-${f % 20}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `records-${f}.yaml`), docs.join('---\n'));
  }
  return dir;
}
