import { clausesCsv } from './csv.js';
import { clausesJson } from './json.js';
import { clausesMarkdown } from './markdown.js';
import { clausesText } from './text.js';
import type { ClausesFormat, ClausesView } from './view.js';

/** The clause-readiness formats: one pure function each. */
export const CLAUSES_FORMATS: Record<ClausesFormat, (view: ClausesView) => string> = {
  text: clausesText,
  markdown: clausesMarkdown,
  json: clausesJson,
  csv: clausesCsv,
};
