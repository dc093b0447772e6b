import { useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { HIGHLIGHT_COLORS, type Highlight } from '../../../../shared/annotations'
import { api } from '../../data/api'
import { useSettings } from '../settings/useSettings'
import { runUndoable, runUndoableValue } from '../undo/runAction'
import { colorName } from './colorName'
import { placeInParent, unionBox, type Placement } from './placeFloating'

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
  const ref = useRef<HTMLDivElement>(null)
  const [placement, setPlacement] = useState<Placement | null>(null)

  // Below the highlighted lines (or above them when there is no room), never over them: the
  // anchor is every line of the highlight, measured once the popover's own size is known.
  useLayoutEffect(() => {
    const element = ref.current
    const parent = element?.offsetParent
    if (!element || !parent) return
    const marks = parent.querySelectorAll(`mark[data-highlight-id="${CSS.escape(highlight.id)}"]`)
    const anchor = unionBox([...marks].flatMap((mark) => [...mark.getClientRects()]))
    const next = anchor && placeInParent(element, anchor, 'below')
    if (!next) return
    setPlacement((current) =>
      current && Math.abs(current.top - next.top) < 1 && Math.abs(current.left - next.left) < 1
        ? current
        : next,
    )
  }, [highlight, top, left])

  const save = async () => {
    const names = tags
      .split(/[,，]/)
      .map((name) => name.trim())
      .filter(Boolean)
    await runUndoableValue(api.highlightsUpdate(highlight.id, { note, tags: names }))
    onClose()
  }

  return (
    <div
      ref={ref}
      className="highlight-popover"
      role="dialog"
      aria-label={t('annotate.editHighlight')}
      style={placement ? { top: placement.top, left: placement.left } : { top, left }}
      data-side={placement?.side}
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
            onClick={() => void runUndoableValue(api.highlightsUpdate(highlight.id, { color }))}
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
