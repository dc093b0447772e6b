import type { ErrorCode } from '../../../shared/contract'

/** An expected failure (unknown id, bad argument), carrying the code the contract reports. */
export class LibraryError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'LibraryError'
  }
}
