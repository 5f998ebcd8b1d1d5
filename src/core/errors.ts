/** Named errors that end a run with exit code 2 and one clear line (no stack trace). */
export class AnnexaError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = new.target.name;
  }
}
/** Wrong command-line usage. */
export class UsageError extends AnnexaError {}
/** annexa.yaml (or a user catalog) is broken. */
export class ConfigError extends AnnexaError {}
/** A file or folder could not be read or written. */
export class IoError extends AnnexaError {}
