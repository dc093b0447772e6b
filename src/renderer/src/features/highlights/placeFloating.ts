/** A box in viewport pixels (a DOMRect's fields). */
export interface Box {
  top: number
  bottom: number
  left: number
  right: number
}

/** Where a floating box goes, in its scroll container's content pixels (for top/left). */
export interface Placement {
  top: number
  left: number
  side: 'above' | 'below'
}

const GAP = 6
const MARGIN = 8

/**
 * Places a floating box (the note popover, the selection toolbar) next to the text it acts on,
 * never over it: on the preferred side when it fits in the container's visible part, else on the
 * other, else on the side with more room. Horizontally it starts at the text and stays inside.
 */
export const placeFloating = (
  anchor: Box,
  size: { width: number; height: number },
  container: Box & { scrollTop: number; scrollLeft: number },
  prefer: 'above' | 'below',
): Placement => {
  const roomAbove = anchor.top - container.top - MARGIN
  const roomBelow = container.bottom - anchor.bottom - MARGIN
  const needed = size.height + GAP
  const fitsAbove = roomAbove >= needed
  const fitsBelow = roomBelow >= needed
  let side: Placement['side']
  if (prefer === 'below')
    side = fitsBelow || (!fitsAbove && roomBelow >= roomAbove) ? 'below' : 'above'
  else side = fitsAbove || (!fitsBelow && roomAbove >= roomBelow) ? 'above' : 'below'
  const viewportTop = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - size.height
  const maxLeft = container.right - container.left - size.width - MARGIN
  const left = Math.max(MARGIN, Math.min(anchor.left - container.left, maxLeft))
  return {
    top: viewportTop - container.top + container.scrollTop,
    left: left + container.scrollLeft,
    side,
  }
}

/** The box around several rects (every line of a highlight). */
export const unionBox = (rects: Iterable<Box>): Box | null => {
  let box: Box | null = null
  for (const rect of rects) {
    if (rect.bottom - rect.top <= 0 && rect.right - rect.left <= 0) continue
    box = box
      ? {
          top: Math.min(box.top, rect.top),
          bottom: Math.max(box.bottom, rect.bottom),
          left: Math.min(box.left, rect.left),
          right: Math.max(box.right, rect.right),
        }
      : { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right }
  }
  return box
}

/** Where `element` should float beside `anchor` inside its offset parent (the scroll container). */
export const placeInParent = (
  element: HTMLElement,
  anchor: Box,
  prefer: 'above' | 'below',
): Placement | null => {
  const parent = element.offsetParent
  if (!(parent instanceof HTMLElement)) return null
  const box = parent.getBoundingClientRect()
  return placeFloating(
    anchor,
    { width: element.offsetWidth, height: element.offsetHeight },
    {
      top: box.top,
      bottom: box.top + parent.clientHeight,
      left: box.left,
      right: box.left + parent.clientWidth,
      scrollTop: parent.scrollTop,
      scrollLeft: parent.scrollLeft,
    },
    prefer,
  )
}
