import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { control } from './records.js';

afterAll(cleanupRepos);

describe('integrated-control-without-ai-considerations', () => {
  it('requires a Control serving both standards to say what it does for the AI side', async () => {
    const r = await lint({
      'c.yaml': [
        control('ctl-logging', ['iso27001:A.8.15', 'iso42001:A.6.2.8'], 'planned'),
        control('ctl-short', ['iso27001:A.8.16', 'iso42001:A.6.2.6'], 'planned', '  aiConsiderations: also AI\n'),
        control('ctl-ok', ['iso27001:A.8.32', 'iso42001:A.6.2.5'], 'planned', '  aiConsiderations: Model releases go through change review with bias and drift test results attached.\n'),
        control('ctl-27001-only', ['iso27001:A.8.1'], 'planned'),
      ].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'integrated-control-without-ai-considerations').map((f) => f.at)).toEqual(['c.yaml:7:15', 'c.yaml:18:21']);
    expect(of(r.findings, 'integrated-control-without-ai-considerations')[0]!.message).toBe(
      'Control ctl-logging serves iso27001:A.8.15, iso42001:A.6.2.8 but does not say what it does for the AI side (bias, transparency, oversight, impact on people): add spec.aiConsiderations',
    );
    // A text that is there but too short is told so, not told to add one.
    expect(of(r.findings, 'integrated-control-without-ai-considerations')[1]!.message).toBe(
      'Control ctl-short serves iso27001:A.8.16, iso42001:A.6.2.6 but does not say what it does for the AI side (bias, transparency, oversight, impact on people): spec.aiConsiderations has 7 characters; say in at least 20 what it does for the AI side',
    );
  });
});
