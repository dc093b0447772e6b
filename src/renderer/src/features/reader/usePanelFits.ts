import { useEffect, useState } from 'react'
import type { RefObject } from 'react'
import { readerMinWidth } from './readingMeasure'

/**
 * True while the notes panel can sit beside the story and leave it a readable column; when it
 * cannot (a narrow window, large text), the panel floats over the story's edge instead.
 */
export const usePanelFits = (
  areaRef: RefObject<HTMLElement | null>,
  panelWidth: number,
  fontSize: number,
): boolean => {
  const [width, setWidth] = useState<number | null>(null)
  useEffect(() => {
    const area = areaRef.current
    if (!area) return
    const observer = new ResizeObserver(() => setWidth(area.clientWidth))
    observer.observe(area)
    setWidth(area.clientWidth)
    return () => observer.disconnect()
  }, [areaRef])
  return width === null || width - panelWidth >= readerMinWidth(fontSize)
}
