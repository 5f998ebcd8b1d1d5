import type { Rule, RuleMeta } from './types.js';

/**
 * Rules whose findings the load and model stages emit while reading (they have no check step).
 * Listed here so they get doc pages, severity overrides and SARIF metadata like every other rule.
 */
const STAGE_RULES: RuleMeta[] = [
  { id: 'parse-error', stage: 'load', description: 'A YAML file has a syntax error; the document is not read.' },
  { id: 'duplicate-key', stage: 'load', description: 'A YAML mapping names the same key twice; the document is not read.' },
  { id: 'alias-limit', stage: 'load', description: 'A YAML document expands more aliases than allowed (alias bomb); the document is not read.' },
  { id: 'forbidden-key', stage: 'load', description: 'A document uses __proto__, constructor or prototype as a key; the document is not read.' },
  { id: 'alias-cycle', stage: 'load', description: 'A YAML alias refers to the collection that contains it, making the value endless; the document is not read.' },
  { id: 'nesting-too-deep', stage: 'load', description: 'A YAML document nests lists and mappings more than 64 levels deep; the document is not read.' },
  { id: 'unknown-tag', stage: 'load', description: 'A YAML document uses a tag annexa does not resolve (such as !include or !!js/function); the document is not read.' },
  { id: 'yaml-warning', stage: 'load', description: 'The YAML parser warned about a construct it read anyway (such as an ambiguous alias or an unknown directive).', defaultSeverity: 'warning' },
  { id: 'not-a-mapping', stage: 'load', description: 'A YAML document is a scalar or a list instead of a record mapping.' },
  { id: 'empty-file', stage: 'load', description: 'A YAML file is empty or holds only comments and document separators.', defaultSeverity: 'warning' },
  { id: 'file-too-large', stage: 'load', description: 'A file is larger than the size limit (2 MiB) and is not parsed.' },
  { id: 'not-text', stage: 'load', description: 'A file is binary or not valid UTF-8 and is not parsed.' },
  { id: 'symlink-outside-repo', stage: 'load', description: 'A symbolic link points outside the repository; it is not followed.' },
  { id: 'not-a-regular-file', stage: 'load', description: 'A path matched as a record file is a named pipe, socket or device; it is not read.' },
  { id: 'unreadable-file', stage: 'load', description: 'A file could not be read (permissions, vanished while reading).' },
  { id: 'unknown-api-version', stage: 'model', description: 'A document has no apiVersion or one other than annexa/v1.' },
  { id: 'unknown-kind', stage: 'model', description: 'A document has no kind or a kind annexa does not know.' },
  { id: 'schema', stage: 'model', description: 'A record does not match the JSON Schema of its kind.' },
].map((m) => ({ defaultSeverity: 'error', scope: 'validate', ...m }) as RuleMeta);

export const stageRules: Rule[] = STAGE_RULES.map((meta) => ({ meta }));
