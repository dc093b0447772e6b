import { homedir } from 'node:os'
import { runCli } from './cli/runCli'
import { stdinLines } from './cli/stdinLines'

/** The `inkstone` command line over the process's arguments and streams; returns the exit code. */
export function main(argv: string[] = process.argv.slice(2)): number {
  // `inkstone stories | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
  return runCli(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stdout.isTTY === true && !process.env.NO_COLOR,
    isStderrTTY: process.stderr.isTTY === true,
    platform: process.platform,
    env: process.env,
    homedir: homedir(),
    stdinLines: () => stdinLines(),
  })
}
