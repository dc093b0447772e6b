import type { ErrorCode } from '../../../shared/contract'
import type { ErrorDetail } from '../../../shared/messages'

/**
 * An expected failure (unknown id, bad argument): the code the contract reports, the detail the
 * renderer and the CLI put into words, and a message for logs only.
 */
export class LibraryError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: ErrorDetail,
  ) {
    super(message)
    this.name = 'LibraryError'
  }
}
