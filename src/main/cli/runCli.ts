import { parseArgs } from 'node:util'
import { defaultLibraryDir } from '../core/library/defaultLibraryDir'
import { LibraryError } from '../core/errors/LibraryError'
import { openLibrary } from '../core/library/openLibrary'
import type { Library } from '../core/library/types'
import type { CliCommand, CliIo, CommandContext } from './CliCommand'
import { CliError, usageError } from './CliError'
import { COMMON_OPTIONS } from './cliOptions'
import { COMMANDS } from './commands'
import { terminalSafe, terminalSafeJson } from './terminalSafe'
import { commandUsage, usageText } from './usage'
import { describeDetail } from './describeMessage'

// The command is the first word that is neither an option nor --library's value, so
// `inkstone --library DIR stories` works as well as `inkstone stories --library DIR`.
const findCommand = (argv: string[]): { name: string | undefined; rest: string[] } => {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') break
    if (arg === '--library') i++
    else if (!arg.startsWith('-'))
      return { name: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] }
  }
  return { name: undefined, rest: argv }
}

const parse = (command: CliCommand, args: string[]) => {
  const options = Object.fromEntries(
    Object.entries({ ...COMMON_OPTIONS, ...command.options }).map(([name, { type, short }]) => [
      name,
      short === undefined ? { type } : { type, short },
    ]),
  )
  // A dash before a non-ASCII letter is a search exclusion (工会 -困难), never an option; hide it
  // from parseArgs behind a NUL and restore it after.
  const shield = (arg: string): string => (/^-[^\x00-\x7f]/.test(arg) ? `\0${arg}` : arg)
  const unshield = <T>(value: T): T =>
    (typeof value === 'string' && value.startsWith('\0') ? value.slice(1) : value) as T
  try {
    const parsed = parseArgs({
      args: args.map(shield),
      options,
      allowPositionals: true,
      strict: true,
    })
    return {
      values: Object.fromEntries(Object.entries(parsed.values).map(([k, v]) => [k, unshield(v)])),
      positionals: parsed.positionals.map(unshield),
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (!code?.startsWith('ERR_PARSE_ARGS')) throw error
    // parseArgs explains at length; its first sentence is the one line we want.
    const message = (error as Error).message.split(/\.\s/)[0].replace(/\.$/, '')
    throw usageError(`${message} (see inkstone help ${command.name})`)
  }
}

const findByName = (name: string): CliCommand => {
  const command = COMMANDS.find((candidate) => candidate.name === name)
  if (!command) throw usageError(`unknown command "${name}" (see inkstone help)`)
  return command
}

const execute = (argv: string[], io: CliIo, opened: { library?: Library }): number => {
  // Human output carries titles, bodies and file names from imported pages: never let one
  // of them drive the terminal.
  const printStyled = (text: string): void => void io.stdout.write(`${text}\n`)
  const print = (text: string): void => printStyled(terminalSafe(text))
  const { name, rest } = findCommand(argv)
  if (name === undefined || name === 'help') {
    const topic = name === 'help' ? rest.find((arg) => !arg.startsWith('-')) : undefined
    if (name === undefined && rest.some((arg) => arg !== '--help' && arg !== '-h')) {
      throw usageError('missing command (see inkstone help)')
    }
    print(topic ? commandUsage(findByName(topic)) : usageText(COMMANDS))
    return 0
  }
  const command = findByName(name)
  const { values, positionals } = parse(command, rest)
  if (values.help === true) {
    print(commandUsage(command))
    return 0
  }
  const libraryDir =
    typeof values.library === 'string'
      ? values.library
      : defaultLibraryDir(io.platform, io.env, io.homedir)
  const context: CommandContext = {
    args: positionals,
    values,
    isJson: values.json === true,
    io,
    libraryDir,
    // Problems with the search index never reach the terminal: search answers without it.
    library: () => (opened.library ??= openLibrary(libraryDir, { log: () => {} })),
    print,
    printStyled,
    printJson: (value) => printStyled(terminalSafeJson(JSON.stringify(value, null, 2))),
    printJsonLine: (value) => printStyled(terminalSafeJson(JSON.stringify(value))),
  }
  return command.run(context) ?? 0
}

/** Runs one command line and returns the exit code; user mistakes become one line on stderr. */
export function runCli(argv: string[], io: CliIo): number {
  const opened: { library?: Library } = {}
  // Messages quote names and text the user or an imported page supplied.
  const complain = (message: string): void =>
    void io.stderr.write(`inkstone: ${terminalSafe(message)}\n`)
  try {
    return execute(argv, io, opened)
  } catch (error) {
    if (error instanceof CliError) {
      complain(error.message)
      return error.exitCode
    }
    if (error instanceof LibraryError) {
      complain((error.detail && describeDetail(error.detail)) ?? error.message)
      return error.code === 'INVALID_ARGUMENT' ? 2 : 1
    }
    // Unexpected (a corrupt database, a full disk): still one line, no stack trace.
    complain(error instanceof Error ? error.message : String(error))
    return 1
  } finally {
    opened.library?.close()
  }
}
