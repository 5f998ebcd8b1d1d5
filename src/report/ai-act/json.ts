import { AI_ACT_DISCLAIMER, type AiActReport } from './view.js';

/** `annexa ai-act -f json`: the whole view, stable key order. */
export function aiActJson(r: AiActReport): string {
  return JSON.stringify({ tool: 'annexa', toolVersion: r.toolVersion, date: r.date, organization: r.organization ?? null, source: r.source, notice: AI_ACT_DISCLAIMER, systems: r.systems }, null, 2) + '\n';
}
