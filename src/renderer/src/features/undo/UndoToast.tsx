import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { UndoTicket } from '../../../../shared/annotations'
import { api } from '../../data/api'
import { sayFailure, sayUndo } from '../../i18n/sayMessage'
import { useShortcuts } from '../shortcuts/useShortcuts'
import { onActionFailure, runAction } from './runAction'
import { onUndoable } from './undoBus'
import './undo.css'

const VISIBLE_MS = 8000

type Toast = { kind: 'undo'; ticket: UndoTicket } | { kind: 'message'; text: string }

/** Bottom-left toast: names each undoable change with an Undo button; Ctrl/Cmd+Z undoes the newest. */
export const UndoToast = () => {
  const { t } = useTranslation()
  const [toast, setToast] = useState<Toast | null>(null)

  useEffect(() => onUndoable((ticket) => setToast({ kind: 'undo', ticket })), [])
  useEffect(
    () =>
      onActionFailure((failure) =>
        setToast({
          kind: 'message',
          text: typeof failure === 'string' ? failure : sayFailure(t, failure),
        }),
      ),
    [t],
  )
  useEffect(() => {
    if (!toast) return
    const timer = setTimeout(() => setToast(null), VISIBLE_MS)
    return () => clearTimeout(timer)
  }, [toast])

  const undo = async (id?: UndoTicket['id']) => {
    // An absent id must not travel as null (JSON has no undefined): ask for the latest instead.
    const undone = await runAction(id === undefined ? api.undoApply() : api.undoApply(id))
    if (undone) {
      setToast({
        kind: 'message',
        text: t('annotate.undone', { label: sayUndo(t, undone.action) }),
      })
    }
  }
  // In a text field Ctrl/Cmd+Z belongs to the field's own typing history.
  useShortcuts({
    'mod+z': (event) => {
      const target = event.target
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return false
      void undo()
    },
  })

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="toast" data-testid="toast">
          <span className="toast-text">
            {toast.kind === 'undo' ? sayUndo(t, toast.ticket.action) : toast.text}
          </span>
          {toast.kind === 'undo' && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void undo(toast.ticket.id)}
            >
              {t('annotate.undo')}
            </button>
          )}
        </div>
      )}
    </div>
  )
}
