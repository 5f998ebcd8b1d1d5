import { describe, expect, it } from 'vitest';
import { json, summarize } from '../../src/report/reporters/json.js';
import { FINDINGS, ODD_FILE, ODD_MESSAGE, reportData } from './report-data.js';

const render = (data = reportData()) => json(data, { color: false });

describe('json reporter', () => {
  it('writes the tool, command, summary and stats', () => {
    const out = JSON.parse(render());
    expect(out.tool).toEqual({ name: 'annexa', version: '0.1.0' });
    expect(out.command).toBe('check');
    expect(out.summary).toEqual({ errors: 2, warnings: 1, infos: 1 });
    expect(out.stats).toEqual({ files: 3, records: 5 });
  });

  it('flattens findings, keeping odd paths and messages exactly and nulls for what is unknown', () => {
    const { findings } = JSON.parse(render());
    expect(findings).toHaveLength(FINDINGS.length);
    expect(findings[0]).toEqual({
      ruleId: 'schema',
      severity: 'error',
      message: ODD_MESSAGE,
      file: ODD_FILE,
      line: 7,
      column: 11,
      endLine: 7,
      endColumn: 17,
      pointer: '/spec/status',
      record: 'Control/ctl-access',
      control: 'iso27001:A.5.15',
      subject: null,
    });
    expect(findings[2]).toMatchObject({ file: '', line: null, column: null, pointer: null, record: null, control: 'iso27001:A.5.1' });
  });

  it('is 2-space indented with a trailing newline, and deterministic', () => {
    const out = render();
    expect(out).toMatch(/^\{\n {2}"tool"/);
    expect(out.endsWith('}\n')).toBe(true);
    expect(render()).toBe(out);
  });

  it('counts severities', () => {
    expect(summarize([])).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(summarize([{ severity: 'info' }, { severity: 'info' }, { severity: 'error' }])).toEqual({ errors: 1, warnings: 0, infos: 2 });
  });
});
