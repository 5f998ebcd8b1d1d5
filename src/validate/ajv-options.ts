/** Schema file per record kind (and the non-record kinds annexa reads). */
export const SCHEMA_FILES: Record<string, string> = {
  Control: 'control.schema.json',
  Evidence: 'evidence.schema.json',
  Risk: 'risk.schema.json',
  AISystem: 'ai-system.schema.json',
  ImpactAssessment: 'impact-assessment.schema.json',
  Policy: 'policy.schema.json',
  Config: 'config.schema.json',
  Catalog: 'catalog.schema.json',
  Crosswalk: 'crosswalk.schema.json',
};

/** One set of ajv options for run-time compilation and the build's standalone validators. */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, verbose: true } as const;
