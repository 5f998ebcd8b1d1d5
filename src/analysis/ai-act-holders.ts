import type { Model } from '../model/model.js';
import type { AISystemRecord } from '../model/types.js';
import type { Holder } from './ai-act.js';

/**
 * Records of the system itself that answer one article: its fundamental rights impact assessment (Art. 27),
 * its transparency notice (Art. 50), its post-market monitoring plan (Art. 72), its documented Article 6(3)
 * reasoning (Art. 6). A link counts only when the named record exists and, for an assessment, is about this system.
 */
export function systemHolders(ref: string, s: AISystemRecord, model: Model): Holder[] {
  const a = s.spec.aiAct;
  if (!a) return [];
  const article = ref.slice(ref.indexOf(':') + 1);
  const evidence = (id: string | undefined, via: string): Holder[] => (id && model.get('Evidence', id) ? [{ kind: 'Evidence', id, via }] : []);
  switch (article) {
    case 'Art.27': {
      const ia = a.fria ? model.get('ImpactAssessment', a.fria) : undefined;
      return ia && ia.spec.aiSystem === s.metadata.id ? [{ kind: 'ImpactAssessment', id: ia.metadata.id, via: 'spec.aiAct.fria' }] : [];
    }
    case 'Art.50':
      return evidence(a.transparencyNotice, 'spec.aiAct.transparencyNotice');
    case 'Art.72':
      return evidence(a.postMarketMonitoring, 'spec.aiAct.postMarketMonitoring');
    case 'Art.6':
      return a.exemptionReasoning ? [{ kind: 'AISystem', id: s.metadata.id, via: 'spec.aiAct.exemptionReasoning' }] : [];
    default:
      return [];
  }
}
