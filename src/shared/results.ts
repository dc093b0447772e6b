import type { ErrorDetail } from './messages'

// What every request of the contract resolves to, and the error codes a failure carries.

/** Error codes a request can fail with, at run time. */
export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'IMPORT_FAILED',
  'FORBIDDEN',
  'UNAVAILABLE',
  'CONFLICT',
  /** The request was bigger than the bridge reads (web mode): one upload over the page limit. */
  'TOO_LARGE',
  'INTERNAL',
] as const
/** Error codes a request can fail with. */
export type ErrorCode = (typeof ERROR_CODES)[number]

/**
 * A failed request: its code, an English message for logs and the CLI, and (for expected
 * failures) the detail the renderer says in the reader's language.
 */
export interface Failure {
  code: ErrorCode
  message: string
  detail?: ErrorDetail
}

/** What every request resolves to: expected failures are values, not exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure }
