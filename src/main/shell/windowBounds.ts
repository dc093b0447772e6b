import type { Settings } from '../../shared/contract'

type Bounds = NonNullable<Settings['windowBounds']>

/** A display's usable area, as Electron's screen module reports it. */
export interface Area {
  x: number
  y: number
  width: number
  height: number
}

// A window counts as visible when this much of its top strip (where the title bar is) lies on
// some display; otherwise the user could not grab it to move it back.
const GRAB_MARGIN = 64

/**
 * The saved bounds to reopen with: the position is dropped when it no longer lies on any
 * display (a monitor was unplugged), so the window opens centred instead of off-screen.
 */
export const restorableBounds = (
  saved: Settings['windowBounds'],
  areas: Area[],
): Settings['windowBounds'] => {
  if (!saved || saved.x === undefined || saved.y === undefined) return saved
  const { x, y, width } = saved
  const isGrabbable = areas.some(
    (area) =>
      x + width - GRAB_MARGIN >= area.x &&
      x + GRAB_MARGIN <= area.x + area.width &&
      y >= area.y &&
      y + GRAB_MARGIN <= area.y + area.height,
  )
  return isGrabbable ? saved : { width: saved.width, height: saved.height }
}

/** Rounds window bounds to the integers the settings schema accepts. */
export const toSavedBounds = (bounds: Area): Bounds => ({
  width: Math.round(bounds.width),
  height: Math.round(bounds.height),
  x: Math.round(bounds.x),
  y: Math.round(bounds.y),
})
