import { useCallback, useRef } from 'react'
import type { ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SourceId } from '../../../../shared/ids'
import { api } from '../../data/api'
import { MAX_FILE_BYTES } from '../../../../shared/limits'
import { readBase64 } from '../import/pickedFiles'
import { reportActionFailure, runUndoable } from '../undo/runAction'

/** "Replace with file…" for a page: one hidden picker, then an undoable replace. */
export const useReplacePage = () => {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  // Which page the open picker is for: set on click, read when the file arrives.
  const target = useRef<SourceId | null>(null)

  const pick = useCallback((id: SourceId) => {
    target.current = id
    input.current?.click()
  }, [])

  const onChange = useCallback(
    async (event: ChangeEvent<HTMLInputElement>) => {
      const file = event.target.files?.[0]
      // Clearing lets the same file be picked again.
      event.target.value = ''
      const id = target.current
      if (!file || id === null) return
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

  return { input, pick, onChange }
}
