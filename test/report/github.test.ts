import { describe, expect, it } from 'vitest';
import { github, escapeData, escapeProperty } from '../../src/report/reporters/github.js';
import type { Finding } from '../../src/core/finding.js';
import { reportData } from './report-data.js';
import { sarif } from '../../src/report/reporters/sarif.js';

const render = (findings?: Finding[]) => github(reportData(findings ? { findings } : {}), { color: false });

/** Reverses the runner's unescaping (actions/runner ActionCommand), to check round trips. */
function unescape(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** Parses one workflow command line the way the runner does: `::name k=v,k=v::data`. */
function parseCommand(line: string): { name: string; props: Record<string, string>; data: string } {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const props: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const i = pair.indexOf('=');
    props[pair.slice(0, i)] = unescape(pair.slice(i + 1));
  }
  return { name: m[1]!, props, data: unescape(m[3]!) };
}

describe('github reporter', () => {
  it('writes one command per finding, one line each', () => {
    const out = render();
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => parseCommand(l).name)).toEqual(['error', 'error', 'warning', 'notice']);
  });

  it('gives file and position properties, with the rule as title', () => {
    const [odd, , , stale] = render().trimEnd().split('\n').map(parseCommand);
    expect(odd!.props).toEqual({
      file: 'controls/Zugriff & Kontrolle/Übersicht ü.yaml',
      line: '7',
      col: '11',
      endLine: '7',
      endColumn: '17',
      title: 'schema',
    });
    expect(stale!.props).toEqual({ file: 'evidence/ai.yaml', line: '12', col: '14', endLine: '12', endColumn: '24', title: 'evidence-stale' });
  });

  it('escapes the message (%, CR, LF) so it stays on one line and round-trips', () => {
    const line = render().split('\n')[0]!;
    expect(line).toContain('::value <b>"done"</b> & 100%25 wrong,%0Asee: A.5.15');
    expect(parseCommand(line).data).toBe('value <b>"done"</b> & 100% wrong,\nsee: A.5.15');
  });

  it('escapes : and , in properties as well', () => {
    expect(escapeProperty('a:b,c%d\r\ne')).toBe('a%3Ab%2Cc%25d%0D%0Ae');
    expect(escapeData('a:b,c%d\r\ne')).toBe('a:b,c%25d%0D%0Ae');
    const findings: Finding[] = [{ ruleId: 'schema', severity: 'error', message: 'm', location: { file: 'dir,a/b:c.yaml', line: 1, column: 1 } }];
    const line = render(findings).trimEnd();
    expect(line).toBe('::error file=dir%2Ca/b%3Ac.yaml,line=1,col=1,title=schema::m');
    expect(parseCommand(line).props.file).toBe('dir,a/b:c.yaml');
  });

  it('omits file and positions for repository-level findings', () => {
    const line = render().split('\n')[2]!;
    expect(line).toBe('::warning title=unmapped-control::iso27001:A.5.1 Policies for information security has no Control record');
  });

  it('keeps start line and column for multi-line ranges, where the runner would drop columns', () => {
    const line = render().split('\n')[1]!;
    expect(parseCommand(line).props).toEqual({ file: 'controls/Zugriff & Kontrolle/Übersicht ü.yaml', line: '3', col: '3', title: 'schema' });
  });

  it('prints nothing without findings, and is deterministic', () => {
    expect(render([])).toBe('');
    expect(render()).toBe(render());
  });
});

describe('paths relative to the repository root', () => {
  it('prefixes every file with the folder annexa checked (GitHub also reads SARIF this way)', () => {
    const data = reportData();
    expect(github(data, { color: false, pathPrefix: 'gov/' })).toMatch(/^::error file=gov\//m);
    const log = JSON.parse(sarif(data, { color: false, pathPrefix: 'gov/' })) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    for (const r of log.runs[0]!.results) expect(r.locations[0]!.physicalLocation.artifactLocation.uri.startsWith('gov/')).toBe(true);
  });
});
