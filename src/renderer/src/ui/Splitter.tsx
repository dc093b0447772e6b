import { useRef } from 'react'
import type { KeyboardEvent, PointerEvent } from 'react'

interface SplitterProps {
  label: string
  /** id of the pane this splitter sizes. */
  controls: string
  value: number
  min: number
  max: number
  /** Called while dragging or on each key press with the new width. */
  onResize: (width: number) => void
  /** Called once a drag or key press is over, with the width to keep. */
  onResizeEnd: (width: number) => void
}

const KEY_STEP = 16
const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max)

/** A vertical pane divider: drag it, or focus it and use the arrow keys, Home and End. */
export const Splitter = ({
  label,
  controls,
  value,
  min,
  max,
  onResize,
  onResizeEnd,
}: SplitterProps) => {
  const drag = useRef<{ startX: number; startValue: number; latest: number } | null>(null)

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { startX: event.clientX, startValue: value, latest: value }
    document.body.classList.add('is-resizing')
  }

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return
    const width = clamp(drag.current.startValue + event.clientX - drag.current.startX, min, max)
    drag.current.latest = width
    onResize(width)
  }

  const endDrag = () => {
    if (!drag.current) return
    onResizeEnd(drag.current.latest)
    drag.current = null
    document.body.classList.remove('is-resizing')
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? KEY_STEP * 4 : KEY_STEP
    const targets: Record<string, number> = {
      ArrowLeft: value - step,
      ArrowRight: value + step,
      Home: min,
      End: max,
    }
    if (!(event.key in targets)) return
    event.preventDefault()
    const width = clamp(targets[event.key], min, max)
    onResize(width)
    onResizeEnd(width)
  }

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onKeyDown={onKeyDown}
    />
  )
}
