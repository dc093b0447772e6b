import { Worker } from 'node:worker_threads'

/** How a job's messages end it: once, with a value or an error. */
export interface JobOutcome<R> {
  resolve: (value: R) => void
  reject: (error: Error) => void
}

/**
 * Runs a worker script on `job` (its workerData) until a message settles it: `onMessage` calls
 * resolve or reject, or only reports progress. A thread that fails or exits before it has
 * answered rejects, naming `thread` ("the backup thread stopped (exit code 1)"); anything after
 * the first outcome is ignored. The thread stays referenced: a caller awaiting it is kept alive.
 */
export function runWorkerJob<M, R>(
  script: string,
  job: unknown,
  thread: string,
  onMessage: (message: M, outcome: JobOutcome<R>) => void,
): Promise<R> {
  return new Promise((resolvePromise, rejectPromise) => {
    const worker = new Worker(script, { workerData: job })
    let isSettled = false
    const outcome: JobOutcome<R> = {
      resolve: (value) => {
        if (!isSettled) resolvePromise(value)
        isSettled = true
      },
      reject: (error) => {
        if (!isSettled) rejectPromise(error)
        isSettled = true
      },
    }
    worker.on('message', (message: M) => onMessage(message, outcome))
    worker.on('error', (error) => outcome.reject(error))
    worker.on('exit', (code) => outcome.reject(new Error(`${thread} stopped (exit code ${code})`)))
  })
}
