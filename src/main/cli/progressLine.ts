import type { ImportProgress } from '../../shared/contract'
import type { CliIo } from './CliCommand'

// A terminal redrawn more often than this flickers, and a large import reports every page.
const REDRAW_MS = 100
// Carriage return, then erase to the end of the line: the next text replaces the line.
const CLEAR_LINE = '\r\u001b[K'

/** A progress line on a terminal's stderr, redrawn in place; `end` erases it. */
export interface ProgressLine {
  onProgress: (progress: ImportProgress) => void
  end: () => void
}

/**
 * Shows how far a long command has got ("Importing: 120 of 1,339 pages (9 %)") on stderr when
 * stderr is a terminal, so a script reading stdout, or a log, never sees it. Counts only: the
 * page names come from files and are not echoed to the terminal.
 */
export function progressLine(io: CliIo, verb: string): ProgressLine {
  let drawnAt = -Infinity
  let isDrawn = false
  if (io.isStderrTTY !== true) return { onProgress: () => {}, end: () => {} }
  return {
    onProgress: ({ done, total }) => {
      const now = performance.now()
      if (now - drawnAt < REDRAW_MS && done < total) return
      drawnAt = now
      isDrawn = true
      const percent = total > 0 ? Math.floor((done / total) * 100) : 100
      const count = `${done.toLocaleString('en')} of ${total.toLocaleString('en')}`
      io.stderr.write(`${CLEAR_LINE}${verb}: ${count} pages (${percent} %)`)
    },
    end: () => {
      if (isDrawn) io.stderr.write(CLEAR_LINE)
      isDrawn = false
    },
  }
}
