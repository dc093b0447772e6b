import type { CliCommand, CliOption } from './CliCommand'
import { COMMON_OPTIONS } from './cliOptions'

const optionLines = (options: Record<string, CliOption>): string[] => {
  const rows = Object.entries(options).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : ''}--${name}${option.valueName ? ` ${option.valueName}` : ''}`
    return [flag, option.description] as const
  })
  const width = Math.max(...rows.map(([flag]) => flag.length))
  return rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`)
}

/** The overall help: every command with its one-line summary. */
export function usageText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length))
  return [
    'Usage: inkstone <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    `  ${'help'.padEnd(width)}  show this help, or a command's (inkstone help <command>)`,
    '',
    'Options for every command:',
    ...optionLines(COMMON_OPTIONS),
  ].join('\n')
}

/** One command's help: its arguments and options. */
export function commandUsage(command: CliCommand): string {
  const lines = [
    `Usage: inkstone ${command.name}${command.usage ? ` ${command.usage}` : ''}`,
    '',
    command.summary,
  ]
  if (command.options) lines.push('', 'Options:', ...optionLines(command.options))
  lines.push('', 'Options for every command:', ...optionLines(COMMON_OPTIONS))
  return lines.join('\n')
}
