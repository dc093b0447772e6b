/**
 * Runs `run` once the page has nothing else to do (after the frames already due, such as a
 * story being opened) and at the latest after `timeoutMs`; returns a function that cancels it.
 * For writes nothing on screen waits for: they stay off the path from a press to its paint.
 */
export const whenIdle = (run: () => void, timeoutMs = 1_000): (() => void) => {
  const handle = requestIdleCallback(run, { timeout: timeoutMs })
  return () => cancelIdleCallback(handle)
}
