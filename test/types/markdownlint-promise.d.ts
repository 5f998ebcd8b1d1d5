// markdownlint-cli2 re-exports markdownlint's promise API without type declarations; the part tests use.
declare module 'markdownlint-cli2/markdownlint/promise' {
  export interface LintError {
    lineNumber: number;
    ruleNames: string[];
    ruleDescription: string;
    errorDetail: string | null;
  }
  export function lint(options: { strings: Record<string, string>; config: object }): Promise<Record<string, LintError[]>>;
}
