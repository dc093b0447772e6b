import type { ErrorCode } from '../../shared/contract'
import type { ErrorDetail } from '../../shared/messages'

/** An expected failure a handler reports with its contract error code and its detail. */
export class ChannelError extends Error {
  readonly code: ErrorCode

  constructor(
    code: ErrorCode,
    message: string,
    readonly detail?: ErrorDetail,
  ) {
    super(message)
    this.name = 'ChannelError'
    this.code = code
  }
}
