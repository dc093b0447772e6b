import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { HIGHLIGHT_COLORS, type Highlight } from '../../../../shared/annotations'
import { api } from '../../data/api'
import { useSettings } from '../settings/useSettings'
import { runAction, runUndoable } from '../undo/runAction'
import { colorName } from './colorName'

interface HighlightPopoverProps {
  highlight: Highlight
  top: number
  left: number
  /** Opens straight into the note (after "Add note"). */
  isNoteFocused: boolean
  onClose: () => void
}

/** Edits one highlight: colour, note, tags; or deletes it (with undo). */
export const HighlightPopover = ({
  highlight,
  top,
  left,
  isNoteFocused,
  onClose,
}: HighlightPopoverProps) => {
  const { t } = useTranslation()
  const { settings } = useSettings()
  const [note, setNote] = useState(highlight.note)
  const [tags, setTags] = useState(highlight.tags.map((tag) => tag.name).join(', '))

  const save = async () => {
    const names = tags
      .split(/[,，]/)
      .map((name) => name.trim())
      .filter(Boolean)
    await runAction(api.highlightsUpdate(highlight.id, { note, tags: names }))
    onClose()
  }

  return (
    <div
      className="highlight-popover"
      role="dialog"
      aria-label={t('annotate.editHighlight')}
      style={{ top, left }}
      data-testid="highlight-popover"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onClose()
        }
      }}
    >
      <div className="swatch-row" role="group" aria-label={t('annotate.editHighlight')}>
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className={`color-swatch hl-${color}`}
            aria-pressed={color === highlight.color}
            aria-label={colorName(color, settings, t)}
            title={colorName(color, settings, t)}
            onClick={() => void runAction(api.highlightsUpdate(highlight.id, { color }))}
          />
        ))}
      </div>
      <textarea
        value={note}
        placeholder={t('annotate.notePlaceholder')}
        aria-label={t('annotate.note')}
        autoFocus={isNoteFocused}
        onChange={(event) => setNote(event.target.value)}
        data-testid="highlight-note-input"
      />
      <input
        className="tag-input"
        value={tags}
        aria-label={t('annotate.highlightTags')}
        placeholder={t('annotate.highlightTags')}
        onChange={(event) => setTags(event.target.value)}
      />
      <div className="swatch-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void save()}
          data-testid="highlight-save"
        >
          {t('annotate.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('annotate.cancel')}
        </button>
        <button
          type="button"
          className="button button--quiet danger"
          onClick={() => {
            void runUndoable(api.highlightsDelete(highlight.id))
            onClose()
          }}
          data-testid="highlight-delete"
        >
          {t('annotate.deleteHighlight')}
        </button>
      </div>
    </div>
  )
}
