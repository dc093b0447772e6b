import type { ErrorCode } from '../../shared/contract'
import type { ErrorDetail } from '../../shared/messages'
import { LibraryError } from '../core/errors/LibraryError'
import { runWorkerJob } from './runWorkerJob'

/**
 * A thread's failure as a message: what the host's error mapping reads (the name, a `code` such
 * as LibraryError's or Node's, the detail), so the reader sees the error the same work on the
 * serving thread would have given.
 */
export interface ThreadFailure {
  type: 'error'
  name: string
  message: string
  code?: string
  detail?: ErrorDetail
}

/** The message a thread posts for an error it caught. */
export const failureOf = (error: unknown): ThreadFailure => {
  const failure = error instanceof Error ? error : new Error(String(error))
  const { code, detail } = failure as { code?: unknown; detail?: ErrorDetail }
  return {
    type: 'error',
    name: failure.name,
    message: failure.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(detail ? { detail } : {}),
  }
}

/** The error a thread's failure stands for, as the host would have thrown it itself. */
export const errorOf = (failure: ThreadFailure): Error => {
  if (failure.name === 'LibraryError') {
    return new LibraryError(failure.code as ErrorCode, failure.message, failure.detail)
  }
  const error = new Error(failure.message) as Error & { code?: string }
  error.name = failure.name
  if (failure.code !== undefined) error.code = failure.code
  return error
}

/**
 * Runs a thread that answers once, with a `done` message or a failure (the backup and restore
 * threads): resolves with what `valueOf` takes from the first, rejects with the error the work
 * would have thrown on this thread.
 */
export const runOnceOnThread = <M extends { type: 'done' }, R>(
  script: string,
  job: unknown,
  thread: string,
  valueOf: (done: M) => R,
): Promise<R> =>
  runWorkerJob<M | ThreadFailure, R>(script, job, thread, (message, outcome) => {
    if (message.type === 'done') outcome.resolve(valueOf(message as M))
    else outcome.reject(errorOf(message as ThreadFailure))
  })
