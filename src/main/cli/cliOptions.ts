import type { CliOption } from './CliCommand'
import { usageError } from './CliError'

/** Options every command takes. */
export const COMMON_OPTIONS: Record<string, CliOption> = {
  library: {
    type: 'string',
    valueName: 'DIR',
    description: 'library folder (default: the app’s library)',
  },
  json: { type: 'boolean', description: 'print JSON instead of text' },
  help: { type: 'boolean', short: 'h', description: 'show help for the command' },
}

/** A string option's value, or undefined when absent. */
export const stringOption = (values: Record<string, unknown>, name: string): string | undefined =>
  typeof values[name] === 'string' ? (values[name] as string) : undefined

/** A positive whole-number option (e.g. --limit), or the fallback when absent. */
export function positiveIntOption(
  values: Record<string, unknown>,
  name: string,
  fallback: number,
): number {
  const raw = stringOption(values, name)
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1) {
    throw usageError(`--${name} needs a positive whole number, not "${raw}"`)
  }
  return value
}

/** Rejects positional arguments outside [min, max]. */
export function expectArgs(args: string[], min: number, max: number, name: string): void {
  if (args.length < min) throw usageError(`missing argument: ${name}`)
  if (args.length > max) throw usageError(`unexpected argument: ${args[max]}`)
}
