/** YAML builders for management-system records (clauses 4-10) in rule tests. */
import { head } from './records.js';

export const BOTH = 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2022, iso42001:2023]\n';

export const objective = (id: string, spec: string) => `${head('Objective', id)}spec:\n  standards: [iso27001:2022]\n${spec}`;

export const review = (id: string, date: string, topics: string[], standards = '[iso27001:2022]') =>
  `${head('ManagementReview', id)}spec:\n  standards: ${standards}\n  date: ${date}\n  participants: [CEO]\n  inputs:\n${topics.map((t) => `    - {topic: ${t}, covered: agenda}\n`).join('')}`;

export const ALL_27001_INPUTS = ['previous-actions', 'context-changes', 'interested-party-changes', 'nonconformities', 'monitoring-results', 'audit-results', 'objectives', 'interested-party-feedback', 'risk-assessment', 'improvement-opportunities'];

export const audit = (id: string, date: string, extra = '') =>
  `${head('InternalAudit', id)}spec:\n  standards: [iso27001:2022]\n  date: ${date}\n  scope: ['iso27001:9']\n  auditor: Contractor\n${extra}`;

export const programme = (id: string, audits: string, start = '2026-01-01') =>
  `${head('AuditProgramme', id)}spec:\n  standards: [iso27001:2022]\n  cycle: {start: ${start}}\n  audits:\n${audits}`;

export const nonconformity = (id: string, spec: string) =>
  `${head('Nonconformity', id)}spec:\n  source: {type: audit}\n  raised: 2026-10-01\n  description: Access not removed\n${spec}`;

export const role = (id: string, spec: string) => `${head('Role', id)}spec:\n  responsibilities: [Run the ISMS]\n${spec}`;
