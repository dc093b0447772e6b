import { useCallback, useEffect, useState } from 'react'
import type { Failure } from '../../../../shared/contract'
import type { ExportProgress, ExportRequest, ExportSummary } from '../../../../shared/exports'
import { api } from '../../data/api'
import { saveDownload } from './saveDownload'

/** Where an export stands. `downloadName` is the file the browser saved (web mode), else null. */
export type ExportStatus =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ExportProgress | null }
  | { phase: 'done'; summary: ExportSummary; downloadName: string | null }
  | { phase: 'failed'; failure: Failure }

/** Runs one export at a time: progress from main's events, the download saved when it is one. */
export const useExportRun = () => {
  const [status, setStatus] = useState<ExportStatus>({ phase: 'idle' })

  useEffect(
    () =>
      api.onExportProgress((progress) =>
        setStatus((current) =>
          current.phase === 'running' ? { phase: 'running', progress } : current,
        ),
      ),
    [],
  )

  const run = useCallback(async (request: ExportRequest) => {
    setStatus({ phase: 'running', progress: null })
    const result = await api.exportRun(request)
    if (!result.ok) return setStatus({ phase: 'failed', failure: result.error })
    // The desktop save dialog was cancelled: back to the choices, nothing was written.
    if (result.value === null) return setStatus({ phase: 'idle' })
    const { summary, download } = result.value
    if (download) saveDownload(download)
    setStatus({ phase: 'done', summary, downloadName: download?.name ?? null })
  }, [])

  const reset = useCallback(() => setStatus({ phase: 'idle' }), [])
  return { status, run, reset }
}
