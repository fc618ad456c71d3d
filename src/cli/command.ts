/**
 * A command of the `omzien` command line. Each feature keeps its commands beside its code and
 * lists them in `commands.ts`. A command writes progress and reports to `out`, problems to `err`,
 * and answers an exit code (see EXIT).
 */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  name: string;
  /** One line for `omzien help`. */
  summary: string;
  /** Usage text shown by `omzien help <name>` and on a usage error. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Exit codes, after BSD sysexits where one fits. */
export const EXIT = {
  ok: 0,
  /** The command ran and found a problem (a refused file, a broken audit chain). */
  failed: 1,
  /** Wrong arguments. */
  usage: 64,
  /** Input data that cannot be read. */
  dataError: 65,
  /** A file or folder that does not exist. */
  noInput: 66,
  /** The configuration (environment) is invalid. */
  config: 78,
} as const;

/** Thrown by a command for wrong arguments; main prints the message and the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}
