import { useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../../shared/annotations'
import { useSettings } from '../settings/useSettings'
import { colorName } from './colorName'
import { placeInParent, unionBox, type Placement } from './placeFloating'

interface SelectionToolbarProps {
  top: number
  left: number
  onHighlight: (color: HighlightColor, withNote: boolean) => void
  /** Shown when an orphan waits to be re-attached. */
  onReattach?: () => void
}

/** Floats over a text selection: five colours, and a colour with a note. */
export const SelectionToolbar = ({ top, left, onHighlight, onReattach }: SelectionToolbarProps) => {
  const { t } = useTranslation()
  const { settings } = useSettings()
  const ref = useRef<HTMLDivElement>(null)
  const [placement, setPlacement] = useState<Placement | null>(null)

  // Above the selected lines (below them at the top of the view), inside the visible part.
  useLayoutEffect(() => {
    const selection = window.getSelection()
    if (!ref.current || !selection || selection.rangeCount === 0) return
    const anchor = unionBox(selection.getRangeAt(0).getClientRects())
    const next = anchor && placeInParent(ref.current, anchor, 'above')
    if (!next) return
    setPlacement((current) =>
      current && Math.abs(current.top - next.top) < 1 && Math.abs(current.left - next.left) < 1
        ? current
        : next,
    )
  }, [top, left])
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('annotate.selectionToolbar')}
      ref={ref}
      style={placement ? { top: placement.top, left: placement.left } : { top, left }}
      data-side={placement?.side}
      data-testid="selection-toolbar"
      // Clicking the toolbar must not collapse the selection it acts on.
      onMouseDown={(event) => event.preventDefault()}
    >
      {HIGHLIGHT_COLORS.map((color) => {
        const name = colorName(color, settings, t)
        return (
          <button
            key={color}
            type="button"
            className={`color-swatch hl-${color}`}
            aria-label={t('annotate.highlightWith', { color: name })}
            title={name}
            onClick={() => onHighlight(color, false)}
            data-testid={`highlight-${color}`}
          />
        )
      })}
      <button
        type="button"
        className="button button--quiet"
        onClick={() => onHighlight('yellow', true)}
        data-testid="highlight-note"
      >
        {t('annotate.addNote')}
      </button>
      {onReattach && (
        <button
          type="button"
          className="button button--quiet"
          onClick={onReattach}
          data-testid="reattach"
        >
          {t('annotate.reattach')}
        </button>
      )}
    </div>
  )
}
