import type { ErrorCode } from '../../shared/contract'

/** An expected failure a handler reports with its contract error code. */
export class ChannelError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'ChannelError'
    this.code = code
  }
}
