import { useCallback, useRef, useState } from 'react'
import type { ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SourceId } from '../../../../shared/ids'
import { api } from '../../data/api'
import { MAX_FILE_BYTES } from '../../../../shared/limits'
import { readBase64 } from '../import/pickedFiles'
import { reportActionFailure, runUndoable } from '../undo/runAction'

/** A replace under way: which page, and the file it is being replaced with. */
export interface ReplaceRun {
  id: SourceId
  fileName: string
}

/**
 * "Replace with file…" for a page: one hidden picker, then an undoable replace. One runs at a
 * time: while it reads, splits and indexes the file, `running` names it (for the busy button
 * and the status line) and further picks are ignored; the toast says when it is done or failed.
 */
export const useReplacePage = () => {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  // Which page the open picker is for: set on click, read when the file arrives.
  const target = useRef<SourceId | null>(null)
  const [running, setRunning] = useState<ReplaceRun | null>(null)
  // The state lags a render behind: a second pick in the same moment must see the first.
  const isRunning = useRef(false)

  const pick = useCallback((id: SourceId) => {
    if (isRunning.current) return
    target.current = id
    input.current?.click()
  }, [])

  const replace = useCallback(
    async (id: SourceId, file: File) => {
      const fail = (reason: string) =>
        reportActionFailure(t('library.replaceFailed', { name: file.name, reason }))
      if (file.size > MAX_FILE_BYTES) {
        fail(t('import.tooLarge', { size: MAX_FILE_BYTES / 1024 / 1024 }))
        return
      }
      let base64: string
      try {
        base64 = await readBase64(file)
      } catch {
        fail(t('import.unreadable'))
        return
      }
      await runUndoable(api.sourcesReplace(id, { name: file.name, base64 }))
    },
    [t],
  )

  const onChange = useCallback(
    async (event: ChangeEvent<HTMLInputElement>) => {
      const file = event.target.files?.[0]
      // Clearing lets the same file be picked again.
      event.target.value = ''
      const id = target.current
      if (!file || id === null || isRunning.current) return
      isRunning.current = true
      setRunning({ id, fileName: file.name })
      try {
        await replace(id, file)
      } finally {
        isRunning.current = false
        setRunning(null)
      }
    },
    [replace],
  )

  return { input, pick, onChange, running }
}
