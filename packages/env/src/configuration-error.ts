/** One thing wrong with the environment: which variable, why, and what it held (unless that may be a secret). */
export interface ConfigurationProblem {
  variable: string;
  /** Reads after the variable's name: `must be a number`, `is required in production mode: …`. */
  reason: string;
  given?: string;
  /** The value was given but is not repeated, because it may hold a password. */
  hidden?: boolean;
}

/** The exit code of a process that stops on its configuration (EX_CONFIG of sysexits.h). */
const CONFIGURATION_EXIT_CODE = 78;

function describeProblem({ variable, reason, given, hidden }: ConfigurationProblem): string {
  if (hidden) return `${variable} ${reason} (the value is not shown: it may hold a password)`;
  return given === undefined ? `${variable} ${reason}` : `${variable} ${reason} (got ${JSON.stringify(given)})`;
}

/** Thrown at start when the environment is not usable; its message names every bad variable, one per line. */
export class ConfigurationError extends Error {
  constructor(readonly problems: ConfigurationProblem[]) {
    super(problems.map((problem) => `Configuration error: ${describeProblem(problem)}`).join('\n'));
    this.name = 'ConfigurationError';
  }
}

/**
 * For entry points: a configuration error ends the process with its message alone (no
 * stack trace: nothing in it is a bug) and exit code 78; anything else is not handled here.
 */
export function exitOnConfigurationError(error: unknown): void {
  if (!(error instanceof ConfigurationError)) return;
  process.stderr.write(`${error.message}\n`);
  process.exit(CONFIGURATION_EXIT_CODE);
}
