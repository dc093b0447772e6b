import { useCallback, useEffect, useRef, useState } from 'react'
import type { RefObject } from 'react'
import type { Failure, ImportProgress, LibraryInfo, Result } from '../../../../shared/contract'
import type { ImportReport } from '../../../../shared/types'
import { api } from '../../data/api'
import { announceChange } from '../../data/libraryChanges'
import { ALL_TOPICS } from '../../data/queryCache'
import type { PickedFile } from './pickedFiles'
import { uploadFiles } from './uploadFiles'

/** Where an import stands: running (with progress once main reports it), finished or failed. */
export type ImportStatus =
  | { phase: 'idle' }
  | { phase: 'running'; task: ImportTask; progress: ImportProgress | null }
  | { phase: 'done'; report: ImportReport }
  | { phase: 'failed'; failure: Failure }

/** What is running: an import of files, or a re-split of the stored pages. */
export type ImportTask = 'import' | 'resplit'

/** What the Import menu offers: pick files or a folder, or re-split the stored pages. */
export type PickKind = 'files' | 'folder' | 'resplit'

/** Everything the import UI needs: status, the ways to start, and the web pickers' inputs. */
export interface ImportController {
  status: ImportStatus
  pick: (kind: PickKind) => void
  importFiles: (files: PickedFile[]) => void
  filesInput: RefObject<HTMLInputElement | null>
  folderInput: RefObject<HTMLInputElement | null>
  dismiss: () => void
}

/**
 * Runs imports. On the desktop the native dialog picks paths; in a browser hidden file inputs
 * pick files and their bytes are sent instead, one request per file. Drops always send bytes.
 */
export const useImport = (mode: LibraryInfo['mode'] | undefined): ImportController => {
  const [status, setStatus] = useState<ImportStatus>({ phase: 'idle' })
  const filesInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)
  // While uploads run, progress counts files here; main's events count within one request.
  const isUploading = useRef(false)

  useEffect(
    () =>
      api.onImportProgress((progress) => {
        if (isUploading.current) return
        setStatus((current) => (current.phase === 'running' ? { ...current, progress } : current))
      }),
    [],
  )

  const run = useCallback(
    async (task: ImportTask, work: () => Promise<Result<ImportReport | null>>) => {
      setStatus({ phase: 'running', task, progress: null })
      const result = await work()
      if (!result.ok) {
        setStatus({ phase: 'failed', failure: result.error })
      } else if (result.value === null) {
        setStatus({ phase: 'idle' })
      } else {
        setStatus({ phase: 'done', report: result.value })
        announceChange(ALL_TOPICS)
      }
    },
    [],
  )

  const importFiles = useCallback((files: PickedFile[]) => {
    isUploading.current = true
    setStatus({ phase: 'running', task: 'import', progress: null })
    void uploadFiles(files, {
      send: (upload) => api.libraryImportUploads([upload]),
      onProgress: (progress) => setStatus({ phase: 'running', task: 'import', progress }),
    })
      .then((report) => {
        setStatus({ phase: 'done', report })
        announceChange(ALL_TOPICS)
      })
      .finally(() => {
        isUploading.current = false
      })
  }, [])

  const pick = useCallback(
    (kind: PickKind) => {
      if (kind === 'resplit') void run('resplit', () => api.libraryResplit())
      else if (mode === 'desktop') void run('import', () => api.libraryPickAndImport(kind))
      else (kind === 'files' ? filesInput : folderInput).current?.click()
    },
    [mode, run],
  )

  const dismiss = useCallback(() => setStatus({ phase: 'idle' }), [])
  return { status, pick, importFiles, filesInput, folderInput, dismiss }
}
