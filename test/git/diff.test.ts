/** `annexa diff`: status changes, re-scored risks, re-tiered AI, policies, coverage; json, text and errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gitdir, type GitDir } from '../helpers/gitdir.js';
import { CONFIG, aiSystem, control, docs, impactAssessment, policy, risk, run } from './fixtures.js';

let repo: GitDir;

beforeAll(() => {
  repo = gitdir();
  repo.commit('baseline', '2025-01-10', {
    'annexa.yaml': CONFIG,
    'controls.yaml': docs(control('ctl-logging', ['iso27001:A.8.15'], 'planned'), control('ctl-policies', ['iso27001:A.5.1'], 'implemented')),
    'risks.yaml': docs(risk('risk-logs', 4, 4), risk('risk-gone', 2, 2)),
    'ai.yaml': docs(aiSystem('triage', 'limited'), aiSystem('chat', 'minimal'), impactAssessment('ia-triage', 'triage', '2025-01-05'), impactAssessment('ia-chat', 'chat', '2025-01-05')),
    'policies.yaml': policy('pol-sec', '1.0', '2025-01-01'),
  });
  repo.git(['tag', 'v1']);
  repo.commit('audit fixes', '2025-02-10', {
    'controls.yaml': docs(
      control('ctl-logging', ['iso27001:A.8.15'], 'implemented'),
      control('ctl-policies', ['iso27001:A.5.1'], 'implemented'),
      control('ctl-backup', ['iso27001:A.8.13'], 'in-progress'),
    ),
    'risks.yaml': docs(risk('risk-logs', 3, 4, [2, 2]), risk('risk-new', 1, 5)),
    'ai.yaml': docs(aiSystem('triage', 'high'), aiSystem('chat', 'minimal', 'retired'), impactAssessment('ia-triage', 'triage', '2025-02-01'), impactAssessment('ia-chat', 'chat', '2025-01-05')),
    'policies.yaml': policy('pol-sec', '2.0', '2025-02-05'),
  });
  repo.git(['tag', 'v2']);
});
afterAll(() => repo.cleanup());

describe('annexa diff', () => {
  it('reports every kind of change as json with stable keys', async () => {
    const r = await run(['diff', 'v1', 'v2', '-d', repo.dir, '-f', 'json'], repo.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['tool', 'command', 'from', 'to', 'summary', 'controls', 'decisions', 'risks', 'aiSystems', 'policies', 'impactAssessments', 'coverage']);
    expect(out.from).toMatchObject({ rev: 'v1', commit: repo.git(['rev-parse', 'v1']).trim() });
    expect(out.controls).toEqual([
      { standard: 'iso27001:2022', ref: 'iso27001:A.8.13', title: 'Information backup', status: { from: 'no-decision', to: 'in-progress' }, applicable: { from: null, to: true } },
      { standard: 'iso27001:2022', ref: 'iso27001:A.8.15', title: 'Logging', status: { from: 'planned', to: 'implemented' }, applicable: { from: true, to: true } },
    ]);
    expect(out.decisions.added.map((d: { id: string }) => d.id)).toEqual(['ctl-backup']);
    expect(out.decisions.changed).toEqual([
      { id: 'ctl-logging', title: 'Control ctl-logging', file: 'controls.yaml', status: { from: 'planned', to: 'implemented' }, implementsAdded: [], implementsRemoved: [] },
    ]);
    expect(out.risks.added.map((d: { id: string }) => d.id)).toEqual(['risk-new']);
    expect(out.risks.removed.map((d: { id: string }) => d.id)).toEqual(['risk-gone']);
    expect(out.risks.rescored).toEqual([
      {
        id: 'risk-logs', title: 'Risk risk-logs', file: 'risks.yaml',
        inherent: { from: { likelihood: 4, impact: 4, score: 16 }, to: { likelihood: 3, impact: 4, score: 12 } },
        residual: { from: null, to: { likelihood: 2, impact: 2, score: 4 } },
      },
    ]);
    expect(out.aiSystems).toEqual({
      added: [],
      retired: [{ id: 'chat', title: 'AI chat', file: 'ai.yaml', how: 'lifecycle' }],
      retiered: [{ id: 'triage', title: 'AI triage', file: 'ai.yaml', riskTier: { from: 'limited', to: 'high' } }],
    });
    expect(out.policies.reapproved).toEqual([{ id: 'pol-sec', title: 'Policy pol-sec', file: 'policies.yaml', approval: { from: { by: 'Board', date: '2025-01-01' }, to: { by: 'Board', date: '2025-02-05' } } }]);
    expect(out.policies.versionChanged[0].version).toEqual({ from: '1.0', to: '2.0' });
    expect(out.impactAssessments.changed).toEqual([{ id: 'ia-triage', title: 'Impact assessment ia-triage', file: 'ai.yaml', fields: ['performed'] }]);
    expect(out.coverage).toHaveLength(1);
    expect(out.coverage[0]).toMatchObject({ standard: 'iso27001:2022', before: { total: 93, implemented: 1, planned: 1, percentImplemented: 1.1 }, after: { implemented: 2, inProgress: 1, percentImplemented: 2.2 } });
  });

  it('renders text for people', async () => {
    const r = await run(['diff', 'v1', 'v2', '--dir', repo.dir], repo.dir);
    const short = (rev: string) => repo.git(['rev-parse', '--short', rev]).trim();
    expect(r.code).toBe(0);
    expect(r.stdout.replaceAll(short('v1'), 'V1').replaceAll(short('v2'), 'V2')).toMatchInlineSnapshot(`
      "Governance changes from v1 (V1) to v2 (V2)

      Controls whose status changed (2)
        iso27001:A.8.13 Information backup: no-decision -> in-progress
        iso27001:A.8.15 Logging: planned -> implemented

      Control decisions (2)
        added ctl-backup "Control ctl-backup" (in-progress; iso27001:A.8.13)
        changed ctl-logging "Control ctl-logging": status planned -> implemented

      Risks (3)
        added risk-new "Risk risk-new" (inherent 1x5=5)
        removed risk-gone "Risk risk-gone"
        re-scored risk-logs "Risk risk-logs": inherent 4x4=16 -> 3x4=12; residual none -> 2x2=4

      AI systems (2)
        retired chat "AI chat" (lifecycleStage -> retired)
        re-tiered triage "AI triage": limited -> high

      Policies (2)
        re-approved pol-sec "Policy pol-sec": 2025-01-01 -> 2025-02-05 by Board
        new version pol-sec "Policy pol-sec": 1.0 -> 2.0

      Impact assessments (1)
        changed ia-triage "Impact assessment ia-triage": performed

      Coverage (Annex A controls implemented, excluded ones left out)
        iso27001:2022: 1.1% (1 of 93 implemented) -> 2.2% (2 of 93 implemented)  +1.1

      12 changes
      "
    `);
  });

  it('compares with the working tree when TO is absent, in markdown', async () => {
    writeFileSync(path.join(repo.dir, 'risks.yaml'), docs(risk('risk-logs', 3, 4, [1, 1]), risk('risk-new', 1, 5)));
    try {
      const r = await run(['diff', 'v2', '-d', repo.dir, '-f', 'markdown'], repo.dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('to `working tree`');
      expect(r.stdout).toContain('- re-scored `risk-logs` "Risk risk-logs": residual 2x2=4 -> 1x1=1');
      expect(r.stdout).toContain('| iso27001:2022 | 2.2% (2 of 93 implemented) | 2.2% (2 of 93 implemented) | ±0 |');
    } finally {
      repo.git(['checkout', '--', 'risks.yaml']);
    }
  });

  it('reports AI systems added and removed, policies and assessments added and removed', async () => {
    repo.commit('reshuffle', '2025-03-10', {
      'ai.yaml': docs(aiSystem('chat', 'minimal', 'retired'), aiSystem('coder', 'minimal'), impactAssessment('ia-chat', 'chat', '2025-01-05'), impactAssessment('ia-coder', 'coder', '2025-03-01')),
      'policies.yaml': policy('pol-ai', '1.0', '2025-03-01'),
      'controls.yaml': docs(control('ctl-logging', ['iso27001:A.8.15', 'iso27001:A.8.16'], 'implemented'), control('ctl-policies', ['iso27001:A.5.1'], 'implemented')),
    });
    const out = JSON.parse((await run(['diff', 'v2', 'HEAD', '-d', repo.dir, '-f', 'json'], repo.dir)).stdout);
    const ids = (list: { id: string }[]) => list.map((x) => x.id);
    expect(ids(out.aiSystems.added)).toEqual(['coder']);
    expect(out.aiSystems.retired).toEqual([{ id: 'triage', title: 'AI triage', file: 'ai.yaml', how: 'removed' }]);
    expect([ids(out.policies.added), ids(out.policies.removed)]).toEqual([['pol-ai'], ['pol-sec']]);
    expect([ids(out.impactAssessments.added), ids(out.impactAssessments.removed)]).toEqual([['ia-coder'], ['ia-triage']]);
    expect(ids(out.decisions.removed)).toEqual(['ctl-backup']);
    expect(out.decisions.changed).toEqual([
      { id: 'ctl-logging', title: 'Control ctl-logging', file: 'controls.yaml', status: { from: 'implemented', to: 'implemented' }, implementsAdded: ['iso27001:A.8.16'], implementsRemoved: [] },
    ]);
  });

  it('exits 2 with one clear line on an unknown revision', async () => {
    for (const bad of ['xyz', '--help', 'v1:annexa.yaml']) {
      const r = await run(['diff', '--dir', repo.dir, '--', bad], repo.dir);
      expect([r.code, r.stderr, r.stdout]).toEqual([2, `annexa: unknown git revision "${bad}"\n`, '']);
    }
  });
});
