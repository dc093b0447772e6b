/**
 * Runs `run` once the next frame has painted (a task after its animation frame); returns a
 * function that cancels it. For reads of layout that need not hold up that frame.
 */
export const afterPaint = (run: () => void): (() => void) => {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
