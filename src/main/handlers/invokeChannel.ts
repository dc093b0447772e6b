import type { z } from 'zod'
import { CHANNELS, ERROR_CODES } from '../../shared/contract'
import type { Channel, Channels, ErrorCode, Result } from '../../shared/contract'
import type { ErrorDetail } from '../../shared/messages'
import { ChannelError } from './ChannelError'
import type { HandlerTable } from './handlers'
import { channelSchemas } from './schemas'

// Core reports expected failures with its own error classes; they are matched by name (and by
// a `code` field when one is set) so this layer need not import every class core may add.
const CODE_BY_ERROR_NAME: Record<string, ErrorCode> = {
  NotFoundError: 'NOT_FOUND',
  ImportError: 'IMPORT_FAILED',
  ValidationError: 'INVALID_ARGUMENT',
  InvalidArgumentError: 'INVALID_ARGUMENT',
}

/** True for a name that is one of the contract's channels. */
export const isChannel = (name: string): name is Channel =>
  (CHANNELS as readonly string[]).includes(name)

const describePath = (path: readonly PropertyKey[]): string => {
  const [index, ...rest] = path
  if (typeof index !== 'number') return 'arguments'
  const where = rest
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
  return `argument ${index + 1}${where}`
}

const describeIssues = (channel: Channel, issues: readonly z.core.$ZodIssue[]): string =>
  `${channel}: ${issues.map((issue) => `${describePath(issue.path)}: ${issue.message}`).join('; ')}`

const errorCodeOf = (error: unknown): ErrorCode => {
  if (error instanceof ChannelError) return error.code
  if (!(error instanceof Error)) return 'INTERNAL'
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code)) {
    return code as ErrorCode
  }
  return CODE_BY_ERROR_NAME[error.name] ?? 'INTERNAL'
}

/** Maps anything a handler threw to a contract failure: a code and a message, never a stack. */
export const toFailure = (error: unknown): Result<never> => {
  const code = errorCodeOf(error)
  const message = error instanceof Error ? error.message : String(error)
  if (code === 'INTERNAL') console.error('[inkstone] handler failed:', error)
  const detail = (error as { detail?: ErrorDetail } | null)?.detail
  return {
    ok: false,
    error: detail ? { code, message: message || code, detail } : { code, message: message || code },
  }
}

/**
 * Validates raw arguments with the channel's schema, runs its handler and wraps the outcome
 * as a Result; the one path every IPC and web request goes through.
 */
export const invokeChannel = async <C extends Channel>(
  table: HandlerTable,
  channel: C,
  rawArgs: unknown,
): Promise<Result<Channels[C]['result']>> => {
  if (!Array.isArray(rawArgs)) {
    return {
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: `${channel}: arguments must be a list` },
    }
  }
  const parsed = channelSchemas[channel].safeParse(rawArgs)
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: describeIssues(channel, parsed.error.issues) },
    }
  }
  const handler = table[channel] as (...args: Channels[C]['args']) => unknown
  try {
    const value = (await handler(...parsed.data)) as Channels[C]['result']
    return { ok: true, value }
  } catch (error) {
    return toFailure(error)
  }
}
