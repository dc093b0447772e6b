import { useEffect, useId, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { TAG_COLORS, type TagColor, type TagRef } from '../../../../shared/annotations'
import { api } from '../../data/api'
import { runUndoable } from '../undo/runAction'
import './tagColorPicker.css'

// Arrow keys walk the swatches as a ring; Home and End jump to the ends.
const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }

/**
 * A tag's colour dot that opens a palette of the named colours: one pick is one change (and one
 * undo step). Keyboard: Enter or Space opens, arrows move, Enter picks, Esc closes.
 */
export const TagColorPicker = ({ tag }: { tag: TagRef }) => {
  const { t } = useTranslation()
  const [isOpen, setIsOpen] = useState(false)
  const paletteId = useId()
  const root = useRef<HTMLSpanElement>(null)
  const dot = useRef<HTMLButtonElement>(null)
  const colorName = (color: TagColor) => t(`colors.${color}`)

  useEffect(() => {
    if (!isOpen) return
    root.current?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus()
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setIsOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [isOpen])

  const close = () => {
    setIsOpen(false)
    dot.current?.focus()
  }

  const pick = (color: TagColor) => {
    close()
    if (color !== tag.color) void runUndoable(api.tagsUpdate(tag.id, { color }))
  }

  const onPaletteKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const swatches = Array.from(root.current?.querySelectorAll<HTMLElement>('[role="radio"]') ?? [])
    const index = swatches.indexOf(document.activeElement as HTMLElement)
    const step = STEPS[event.key]
    if (step !== undefined) {
      event.preventDefault()
      swatches[(index + step + swatches.length) % swatches.length]?.focus()
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault()
      swatches[event.key === 'Home' ? 0 : swatches.length - 1]?.focus()
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault()
      event.stopPropagation()
      close()
    }
  }

  return (
    <span className="tag-color-picker" ref={root}>
      <button
        ref={dot}
        type="button"
        className={`tag-dot tag-chip--${tag.color}`}
        aria-label={`${t('colors.chooseTagColor', { name: tag.name })} (${colorName(tag.color)})`}
        title={t('colors.tagColor', { color: colorName(tag.color) })}
        aria-haspopup="true"
        aria-expanded={isOpen}
        aria-controls={isOpen ? paletteId : undefined}
        data-testid="tag-color-button"
        onClick={() => setIsOpen((value) => !value)}
      />
      {isOpen && (
        <div
          className="tag-color-palette"
          id={paletteId}
          role="radiogroup"
          aria-label={t('colors.chooseTagColor', { name: tag.name })}
          data-testid="tag-color-palette"
          onKeyDown={onPaletteKeyDown}
        >
          {TAG_COLORS.map((color) => (
            <button
              key={color}
              type="button"
              role="radio"
              aria-checked={color === tag.color}
              aria-label={colorName(color)}
              title={colorName(color)}
              tabIndex={color === tag.color ? 0 : -1}
              className={`tag-color-swatch tag-chip--${color}`}
              data-color={color}
              onClick={() => pick(color)}
            />
          ))}
        </div>
      )}
    </span>
  )
}
