/** The pack's management-system page and management-review inputs come from the records, and only from them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runPipeline, type PipelineResult } from '../../src/pipeline.js';
import { buildPack } from '../../src/render/build-pack.js';
import { cleanupRepos, copyAcme } from '../helpers/repo.js';
import { daysBetween } from '../../src/util/dates.js';

const DATE = '2026-11-23';
let result: PipelineResult;
let page: (p: string) => string;

beforeAll(async () => {
  const root = copyAcme();
  // An evidence record whose title says "audit" must not turn into an audit result.
  writeFileSync(path.join(root, 'evidence/cloudtrail.yaml'), 'apiVersion: annexa/v1\nkind: Evidence\nmetadata: {id: ev-cloudtrail, title: CloudTrail audit log configuration, tags: [audit]}\nspec: {url: "https://console.example/cloudtrail", collected: 2026-11-01}\n');
  result = await runPipeline({ root, scope: 'check', today: DATE });
  const files = await buildPack({ result, date: DATE, toolVersion: '0.0.0' });
  page = (p) => String(files.find((f) => f.path === p)!.content);
});
afterAll(cleanupRepos);

describe('management review inputs', () => {
  it('never shows evidence as an audit result or a review; lists the audit, nonconformity and objective records', () => {
    for (const p of ['management-review.html', 'markdown/management-review.md', 'management-system.html']) {
      expect(page(p), p).not.toContain('CloudTrail audit log configuration');
      expect(page(p), p).not.toContain('ev-cloudtrail');
    }
    const review = page('management-review.html');
    const m = result.model;
    for (const a of m.list('InternalAudit')) expect(review).toContain(`${a.metadata.id}: ${a.metadata.title} (${a.spec.date}, ${a.spec.findings!.length} findings)`);
    for (const n of m.list('Nonconformity').filter((x) => !x.spec.closed)) expect(review).toContain(`${n.metadata.id}: ${n.metadata.title} (raised ${n.spec.raised}, ${daysBetween(n.spec.raised, DATE)} days`);
    for (const o of m.list('Objective')) expect(review).toContain(`${o.metadata.id}: ${o.metadata.title}: `);
    for (const r of m.list('ManagementReview')) expect(review).toContain(`${r.metadata.id}: ${r.metadata.title} (${r.spec.date})`);
    const open = m.list('Nonconformity').filter((x) => !x.spec.closed).length;
    expect(review).toMatch(new RegExp(`Open nonconformities</td><td class="num" style="width:7%"><strong>${open} \\(`));
  });
});

describe('management-system page', () => {
  it('shows clause readiness per standard, the programme calendar, nonconformity ageing, reviews, objective charts and roles', () => {
    const html = page('management-system.html');
    const m = result.model;
    expect(html).toContain('ISO/IEC 27001:2022</div><div class="value">16 / 16</div>');
    for (const p of m.list('AuditProgramme')) for (const a of p.spec.audits) expect(html).toContain(a.id);
    for (const n of m.list('Nonconformity')) expect(html).toContain(`<td class="num">${daysBetween(n.spec.raised, n.spec.closed ?? DATE)}</td>`);
    const charted = m.list('Objective').filter((o) => (o.spec.measurements ?? []).length > 0);
    expect(html.match(/class="chart line-chart"/g)?.length).toBe(charted.length);
    for (const o of charted) for (const x of o.spec.measurements!) expect(html).toContain(`<title>${x.date}: ${x.value}`);
    for (const r of m.list('ManagementReview')) for (const i of r.spec.inputs) expect(html).toContain(i.covered.replace(/"/g, '&quot;').replace(/'/g, '&#x27;'));
    for (const r of m.list('Role')) expect(html).toContain(`id="${r.metadata.id}"`);
    expect(page('markdown/management-system.md')).toContain('| Date | Value (%) |');
  });

  it('counts open nonconformities on the dashboard from Nonconformity records', () => {
    const open = result.model.list('Nonconformity').filter((x) => !x.spec.closed).length;
    expect(open).toBeGreaterThan(0);
    expect(page('index.html')).toMatch(new RegExp(`<div class="label">Nonconformities</div><div class="value">${open}</div>`));
  });
});

describe('a pack dated before some records', () => {
  it('shows the records as they stood on its date: later audits, reviews, nonconformities and measurements are left out and named', async () => {
    const early = '2026-07-01';
    const r = await runPipeline({ root: result.root, scope: 'check', today: early });
    const files = await buildPack({ result: r, date: early, toolVersion: '0.0.0' });
    const at = (p: string) => String(files.find((f) => f.path === p)!.content);
    const m = r.model;
    const laterAudits = m.list('InternalAudit').filter((a) => a.spec.date > early);
    const laterNcs = m.list('Nonconformity').filter((n) => n.spec.raised > early);
    const earlierReviews = m.list('ManagementReview').filter((x) => x.spec.date <= early);
    expect(laterAudits.length).toBeGreaterThan(0);
    expect(laterNcs.length).toBeGreaterThan(0);
    const review = at('management-review.html');
    for (const a of laterAudits) expect(review).not.toContain(`${a.metadata.id}: ${a.metadata.title} (`);
    for (const n of laterNcs) expect(review).not.toContain(`${n.metadata.id}: ${n.metadata.title} (raised`);
    for (const x of earlierReviews) expect(review).toContain(`${x.metadata.id}: ${x.metadata.title} (${x.spec.date})`);
    for (const p of ['management-system.html', 'markdown/management-system.md']) {
      const page = at(p);
      expect(page, p).toContain(`Dated after ${early}, so left out of this page's figures and lists:`);
      for (const a of laterAudits) expect(page, p).toContain(`InternalAudit ${a.metadata.id} (${a.spec.date})`);
      // No negative age anywhere: every age shown is a count of days up to the pack's date.
      expect(page, p).not.toMatch(/<td class="num">-\d+<\/td>|\| -\d+ \|/);
    }
    const laterMeasurements = m.list('Objective').flatMap((o) => (o.spec.measurements ?? []).filter((x) => x.date > early));
    expect(laterMeasurements.length).toBeGreaterThan(0);
    for (const x of laterMeasurements) expect(at('management-system.html')).not.toContain(`<title>${x.date}: ${x.value}`);
    // The same records are findings of check on that date.
    const future = r.findings.filter((f) => f.ruleId === 'date-in-future');
    for (const a of laterAudits) expect(future.some((f) => f.message.startsWith(`InternalAudit ${a.metadata.id} says held ${a.spec.date}`))).toBe(true);
  });
});
