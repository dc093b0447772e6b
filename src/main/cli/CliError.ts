/** A mistake the user can fix: printed as one line, no stack, with the exit code it deserves. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 2 for usage mistakes (bad option, missing argument), 1 for everything else. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message)
    this.name = 'CliError'
  }
}

/** A usage mistake: unknown command or option, missing or extra argument (exit code 2). */
export const usageError = (message: string): CliError => new CliError(message, 2)
