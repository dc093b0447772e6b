import { useCallback, useState } from 'react'
import type { Failure } from '../../../../shared/contract'
import type { BackupSummary } from '../../../../shared/exports'
import { api } from '../../data/api'
import { saveDownload } from '../export/saveDownload'

/** Where taking a backup stands. `downloadName` is the file the browser saved (web mode). */
export type BackupStatus =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; summary: BackupSummary; downloadName: string | null }
  | { phase: 'failed'; failure: Failure }

/** Takes a backup: main's save dialog on the desktop, a download in web mode. */
export const useBackup = () => {
  const [status, setStatus] = useState<BackupStatus>({ phase: 'idle' })

  const run = useCallback(async () => {
    setStatus({ phase: 'running' })
    const result = await api.backupCreate()
    if (!result.ok) return setStatus({ phase: 'failed', failure: result.error })
    if (result.value === null) return setStatus({ phase: 'idle' })
    const { summary, download } = result.value
    if (download) saveDownload(download)
    setStatus({ phase: 'done', summary, downloadName: download?.name ?? null })
  }, [])

  const reset = useCallback(() => setStatus({ phase: 'idle' }), [])
  return { status, run, reset }
}
