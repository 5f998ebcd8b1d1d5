/**
 * `pack` hands the office writer its view from the pipeline's onAnalysis hook, before the rules run, so the
 * workbook is written while the rules and pages run on the main thread. (AnalysisReady has no findings, so the
 * office view cannot read them: the type keeps it that way.)
 */
import { expect, it } from 'vitest';
import { runPipeline, type AnalysisReady } from '../../src/pipeline.js';
import { buildOfficeView } from '../../src/render/office/office-view.js';
import { ACME } from '../helpers/repo.js';

const opts = { date: '2026-11-23', toolVersion: '0.0.0-test' };

it('onAnalysis runs once, with the analysis the result keeps and no findings', async () => {
  const seen: AnalysisReady[] = [];
  const result = await runPipeline({ root: ACME, scope: 'check', today: opts.date, onAnalysis: (ready) => seen.push(ready) });
  expect(seen).toHaveLength(1);
  expect(seen[0]).not.toHaveProperty('findings');
  expect(seen[0]!.analysis()).toBe(result.analysis());
  expect(buildOfficeView(seen[0]!, opts)).toEqual(buildOfficeView(result, opts));
});

