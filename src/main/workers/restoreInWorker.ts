import { join, resolve } from 'node:path'
import type { RestoreMode, RestoreReport } from '../../shared/exports'
import { LIBRARY_FILE } from '../core/library/openLibrary'
import type { Library } from '../core/library/types'
import type { RestoreJob, RestoreWorkerMessage } from './restoreProtocol'
import { runOnceOnThread } from './threadError'
import { workerScript } from './workerScript'

type RestoreDone = Extract<RestoreWorkerMessage, { type: 'done' }>

/** How a host restores on a restore thread. */
export interface WorkerRestoreOptions {
  nativeBinding?: string
}

// A host that quits meanwhile cuts it off safely: the merge or replace is one transaction, so
// the library is left either as it was or restored (and a replace's safety backup is written
// whole before it begins).
const runRestore = (script: string, job: RestoreJob): Promise<RestoreReport> =>
  runOnceOnThread(script, job, 'the restore thread', (done: RestoreDone) => done.report)

/**
 * Restores a backup file (see Library.restore) on a restore thread with its own connection, so
 * the thread that serves the reader keeps answering; without a worker script (see
 * workerScript), on this thread. Same report and errors as Library.restore; what a merge or
 * replace changed is then indexed by the library's indexer.
 */
export async function restoreInWorker(
  library: Pick<Library, 'dir' | 'restore' | 'refreshIndex'>,
  backup: string,
  mode: RestoreMode,
  options: WorkerRestoreOptions = {},
): Promise<RestoreReport> {
  const script = workerScript('restoreWorker')
  if (script === null) return library.restore(backup, mode)
  const target = {
    file: join(library.dir, LIBRARY_FILE),
    dir: library.dir,
    nativeBinding: options.nativeBinding,
  }
  const report = await runRestore(script, { target, backup: resolve(backup), mode })
  if (mode !== 'dryRun') library.refreshIndex()
  return report
}
