import { join } from 'node:path'
import type { CliIo } from '../../src/main/cli/CliCommand'
import { runCli } from '../../src/main/cli/runCli'

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs the CLI in this process (fast), with its config folder and home inside `dir`, so the
 * default library never touches the real one.
 */
export function runCliIn(
  dir: string,
  argv: string[],
  stdin: string[] = [],
  terminal: Pick<CliIo, 'isStderrTTY'> = {},
): CliRun {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    isTTY: false,
    platform: 'linux',
    env: { XDG_CONFIG_HOME: join(dir, 'config') },
    homedir: dir,
    stdinLines: () => stdin,
    ...terminal,
  }
  const code = runCli(argv, io)
  return { code, stdout, stderr }
}
