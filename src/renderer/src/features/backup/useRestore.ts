import { useCallback, useState } from 'react'
import type { Result, UploadedFile } from '../../../../shared/contract'
import type { RestoreMode, RestoreReport } from '../../../../shared/exports'
import { api } from '../../data/api'
import { readUpload, type UploadProblem } from '../export/readUpload'

/** The backup being restored: its bytes in web mode; on the desktop main's dialog picks it each time. */
interface Picked {
  report: RestoreReport
  upload: UploadedFile | null
}

/** The steps of a restore: pick, dry run, choose (and confirm a replace), restore, report. */
export type RestoreStatus =
  | { phase: 'choose' }
  | { phase: 'checking' }
  | ({ phase: 'preview' } & Picked)
  | ({ phase: 'confirm' } & Picked)
  | { phase: 'restoring'; mode: RestoreMode }
  | { phase: 'done'; report: RestoreReport }
  | { phase: 'failed'; problem: UploadProblem }

const failed = (result: Result<unknown> & { ok: false }): RestoreStatus => ({
  phase: 'failed',
  problem: { kind: 'failure', failure: result.error },
})

/**
 * Restores a backup the careful way: a dry run first, so the reader sees what would change,
 * then a merge or (confirmed) a replace of the same file.
 */
export const useRestore = (isDesktop: boolean) => {
  const [status, setStatus] = useState<RestoreStatus>({ phase: 'choose' })

  /** Desktop: main's open dialog picks the backup and answers the dry run. */
  const pickOnDesktop = useCallback(async () => {
    setStatus({ phase: 'checking' })
    const result = await api.backupPickAndRestore('dryRun')
    if (!result.ok) return setStatus(failed(result))
    setStatus(
      result.value === null
        ? { phase: 'choose' }
        : { phase: 'preview', report: result.value, upload: null },
    )
  }, [])

  /** Web mode: the picked file is read once and sent for the dry run (and again to restore). */
  const previewFile = useCallback(async (file: File) => {
    setStatus({ phase: 'checking' })
    const read = await readUpload(file)
    if ('problem' in read) return setStatus({ phase: 'failed', problem: read.problem })
    const result = await api.backupRestoreUpload(read.upload, 'dryRun')
    if (!result.ok) return setStatus(failed(result))
    setStatus({ phase: 'preview', report: result.value, upload: read.upload })
  }, [])

  const apply = useCallback(
    async (mode: 'merge' | 'replace') => {
      if (status.phase !== 'preview' && status.phase !== 'confirm') return
      const picked: Picked = { report: status.report, upload: status.upload }
      setStatus({ phase: 'restoring', mode })
      const result =
        isDesktop || picked.upload === null
          ? await api.backupPickAndRestore(mode)
          : await api.backupRestoreUpload(picked.upload, mode)
      if (!result.ok) return setStatus(failed(result))
      // The desktop dialog was cancelled: nothing changed, the preview is still true.
      if (result.value === null) return setStatus({ phase: 'preview', ...picked })
      setStatus({ phase: 'done', report: result.value })
    },
    [isDesktop, status],
  )

  const confirmReplace = useCallback(
    () =>
      setStatus((current) =>
        current.phase === 'preview' ? { ...current, phase: 'confirm' } : current,
      ),
    [],
  )
  const backToPreview = useCallback(
    () =>
      setStatus((current) =>
        current.phase === 'confirm' ? { ...current, phase: 'preview' } : current,
      ),
    [],
  )
  const reset = useCallback(() => setStatus({ phase: 'choose' }), [])

  return { status, pickOnDesktop, previewFile, apply, confirmReplace, backToPreview, reset }
}
