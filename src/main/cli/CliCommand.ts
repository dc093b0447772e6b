import type { Library } from '../core/library/types'

/** The world a command sees: output streams and the environment the CLI was started in. */
export interface CliIo {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
  /** True when stdout is a terminal that may show ANSI bold. */
  isTTY: boolean
  /** True when stderr is a terminal: long commands show their progress there (progressLine). */
  isStderrTTY?: boolean
  platform: NodeJS.Platform
  env: Record<string, string | undefined>
  homedir: string
  /** The lines of standard input as they arrive (search --stdin). */
  stdinLines?: () => Iterable<string>
}

/** One option a command accepts, for node:util parseArgs and for the help text. */
export interface CliOption {
  type: 'string' | 'boolean'
  short?: string
  /** Shown in help, e.g. "NAME". */
  valueName?: string
  description: string
}

/** What a command's run() receives. */
export interface CommandContext {
  /** Positional arguments after the command name. */
  args: string[]
  values: Record<string, string | boolean | undefined>
  isJson: boolean
  io: CliIo
  /** The library's folder (--library or the app's), for commands that must not open it. */
  libraryDir: string
  /** The library at --library (or the app's), opened on first use and closed after the command. */
  library(): Library
  /** Prints a line of human output, stripped of terminal controls (see terminalSafe). */
  print(text: string): void
  /**
   * Prints a line as it is, for the CLI's own ANSI styling: every imported part of it must
   * already have gone through terminalSafe.
   */
  printStyled(text: string): void
  printJson(value: unknown): void
  /** Prints a value as one line of JSON (a stream of answers, one a line). */
  printJsonLine(value: unknown): void
}

/** A CLI command; adding one is one file exporting this and one line in commands.ts. */
export interface CliCommand {
  name: string
  /** Arguments as shown in help, e.g. "<path>... [--encoding NAME]". */
  usage: string
  summary: string
  options?: Record<string, CliOption>
  /** Runs the command; returns the exit code (0 when omitted). */
  run(context: CommandContext): number | void
}
