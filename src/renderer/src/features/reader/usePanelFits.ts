import { useEffect, useState } from 'react'
import type { RefObject } from 'react'
import { readerMinWidth } from './readingMeasure'

let lastWidth: number | null = null

/**
 * True while the notes panel can sit beside the story and leave it a readable column; when it
 * cannot (a narrow window, large text), the panel floats over the story's edge instead.
 */
export const usePanelFits = (
  areaRef: RefObject<HTMLElement | null>,
  panelWidth: number,
  fontSize: number,
): boolean => {
  // Each story mounts its own reader: it starts from the width the last one had, and the
  // observer (called once layout is done, first right after observe) corrects it. Read here,
  // in the opening commit, the width forced the new story's layout before the browser's frame.
  const [width, setWidth] = useState<number | null>(lastWidth)
  useEffect(() => {
    const area = areaRef.current
    if (!area) return
    const observer = new ResizeObserver(() => {
      lastWidth = area.clientWidth
      setWidth(lastWidth)
    })
    observer.observe(area)
    return () => observer.disconnect()
  }, [areaRef])
  return width === null || width - panelWidth >= readerMinWidth(fontSize)
}
