import type { Finding, Severity } from '../../core/finding.js';
import type { Reporter } from './types.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which the runner turns into
 * annotations on the pull request diff. One line per finding; nothing when there are none.
 */
export const github: Reporter = (data, options) => data.findings.map((f) => command(f, options?.pathPrefix ?? '') + '\n').join('');

function command(f: Finding, prefix: string): string {
  const { file, line, column } = f.location;
  const props: [string, string | number | undefined][] = file ? [['file', prefix + file], ['line', line], ['col', line !== undefined ? column : undefined], ...end(f)] : [];
  props.push(['title', f.ruleId]);
  const list = props
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${COMMANDS[f.severity]} ${list}::${escapeData(f.message)}`;
}

/**
 * The runner drops both columns when `line` and `endLine` differ (ValidateLinesAndColumns in
 * actions/runner), so a range over several lines keeps its start line and column and loses its end.
 */
function end(f: Finding): [string, number | undefined][] {
  const { line, column, endLine, endColumn } = f.location;
  if (line === undefined || endLine !== line) return [];
  return [
    ['endLine', endLine],
    ['endColumn', column !== undefined && endColumn !== undefined && endColumn >= column ? endColumn : undefined],
  ];
}

/** Escaping of a command's message, as the runner unescapes it (actions/toolkit `escapeData`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value: as data, plus the `:` and `,` that delimit properties (`escapeProperty`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
