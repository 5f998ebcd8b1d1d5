import type { BaseView } from './views/pack-view.js';

/** A page annexa ships a template for, with what the navigation shows. */
export interface PageDef {
  name: string;
  title: string;
  /** Short name for the navigation bar. */
  short: string;
  group: string;
  description: string;
  /** Rendered only when this returns true (e.g. a standard is in scope). */
  when?: (view: BaseView) => boolean;
}

export const NAV_GROUPS = ['Overview', 'Statement of Applicability', 'Registers', 'More'];

/** The bundled pages in navigation order. Custom templates with other names are added under "More". */
export const BUILTIN_PAGES: PageDef[] = [
  { name: 'index', short: 'Dashboard', title: 'Dashboard', group: 'Overview', description: 'Coverage, risk heat map, AI systems, gaps and evidence at a glance.' },
  { name: 'gaps', short: 'Gaps', title: 'Gaps and corrective actions', group: 'Overview', description: 'Undecided controls, overdue actions and reviews, stale evidence and failing checks, numbered for follow-up.' },
  { name: 'management-review', short: 'Management review', title: 'Management review inputs', group: 'Overview', description: 'The inputs clause 9.3 of both standards asks for, assembled from the records.' },
  { name: 'management-system', short: 'Management system', title: 'Management system (clauses 4-10)', group: 'Overview', description: 'Clause readiness per standard, the audit programme as a calendar, nonconformities with ageing, management reviews, objectives with their measurements, and roles.' },
  { name: 'soa-iso27001', short: 'SoA 27001', title: 'Statement of Applicability: ISO/IEC 27001', group: 'Statement of Applicability', description: 'Every Annex A control with its decision, justification, implementation and evidence.', when: (v) => 'iso27001' in v.soa },
  { name: 'soa-iso42001', short: 'SoA 42001', title: 'Statement of Applicability: ISO/IEC 42001', group: 'Statement of Applicability', description: 'Every Annex A control of the AI management system with its decision and evidence.', when: (v) => 'iso42001' in v.soa },
  { name: 'soa-integrated', short: 'Integrated SoA', title: 'Integrated SoA', group: 'Statement of Applicability', description: 'Implementations that serve both standards and the state of every crosswalk pair.', when: (v) => v.integrated !== null },
  { name: 'crosswalk', short: 'Crosswalk', title: 'Crosswalk', group: 'Statement of Applicability', description: 'How the controls of the two standards relate, with relation type and rationale.', when: (v) => v.crosswalk !== null },
  { name: 'risk-register', short: 'Risks', title: 'Risk register', group: 'Registers', description: 'Security, privacy and AI risks with inherent and residual scores and treatment.' },
  { name: 'ai-inventory', short: 'AI systems', title: 'AI system inventory', group: 'Registers', description: 'AI systems with purpose, risk tier, oversight, impact assessment and related risks.' },
  { name: 'ai-act', short: 'EU AI Act', title: 'EU AI Act obligations', group: 'Registers', description: 'Articles each AI system owes from its roles and risk route, their dates, and what the records hold.' },
  { name: 'impact-assessments', short: 'Impact assessments', title: 'AI impact assessments', group: 'Registers', description: 'Affected parties, impacts and mitigations per AI system.' },
  { name: 'policies', short: 'Policies', title: 'Policies', group: 'Registers', description: 'Policies with version, approval, review date and the controls they address.' },
  { name: 'evidence', short: 'Evidence', title: 'Evidence index', group: 'Registers', description: 'Every evidence item with its age, limit and freshness.' },
];

/** Title for a custom page without a title comment: `supplier-overview` -> `Supplier overview`. */
export function titleFromName(name: string): string {
  const s = name.replace(/-/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
