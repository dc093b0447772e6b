import type { ImportProgress } from '../../shared/contract'
import type { CliIo } from './CliCommand'

// A terminal redrawn more often than this flickers, and a large import reports every page.
const REDRAW_MS = 100
// Carriage return, then erase to the end of the line: the next text replaces the line.
const CLEAR_LINE = '\r\u001b[K'

/**
 * Runs a long command with how far it has got ("Importing: 120 of 1,339 pages (9 %)") on one
 * line of stderr, redrawn in place and erased when it ends, when stderr is a terminal; a script
 * reading stdout, or a log, never sees it. Counts only: the page names come from files and are
 * not echoed to the terminal.
 */
export function withProgressLine<T>(
  io: CliIo,
  verb: string,
  run: (onProgress: (progress: ImportProgress) => void) => T,
): T {
  if (io.isStderrTTY !== true) return run(() => {})
  let drawnAt = -Infinity
  let isDrawn = false
  try {
    return run(({ done, total }) => {
      const now = performance.now()
      if (now - drawnAt < REDRAW_MS && done < total) return
      drawnAt = now
      isDrawn = true
      const percent = total > 0 ? Math.floor((done / total) * 100) : 100
      const count = `${done.toLocaleString('en')} of ${total.toLocaleString('en')}`
      io.stderr.write(`${CLEAR_LINE}${verb}: ${count} pages (${percent} %)`)
    })
  } finally {
    if (isDrawn) io.stderr.write(CLEAR_LINE)
  }
}
