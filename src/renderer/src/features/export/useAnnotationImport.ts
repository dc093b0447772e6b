import { useCallback, useState } from 'react'
import type { AnnotationImportReport } from '../../../../shared/exports'
import { api } from '../../data/api'
import { readUpload, type UploadProblem } from './readUpload'

/** Where restoring annotations from a file stands. */
export type AnnotationImportStatus =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; report: AnnotationImportReport }
  | { phase: 'failed'; problem: UploadProblem }

/** Sends a picked W3C JSON-LD file to main, which puts its annotations back on their stories. */
export const useAnnotationImport = () => {
  const [status, setStatus] = useState<AnnotationImportStatus>({ phase: 'idle' })

  const importFile = useCallback(async (file: File) => {
    setStatus({ phase: 'running' })
    const read = await readUpload(file)
    if ('problem' in read) return setStatus({ phase: 'failed', problem: read.problem })
    const result = await api.annotationsImport(read.upload)
    setStatus(
      result.ok
        ? { phase: 'done', report: result.value }
        : { phase: 'failed', problem: { kind: 'failure', failure: result.error } },
    )
  }, [])

  const reset = useCallback(() => setStatus({ phase: 'idle' }), [])
  return { status, importFile, reset }
}
