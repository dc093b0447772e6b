import { readSync } from 'node:fs'

const CHUNK = 64 * 1024
const pauseBriefly = (): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10)
}

/**
 * The lines of standard input as they arrive, read synchronously, so a script can write one
 * query, read its answer, then write the next. A stdin that would block for now (EAGAIN, a
 * non-blocking pipe) is waited on briefly rather than taken for its end.
 */
export function* stdinLines(fd = 0): Generator<string> {
  const buffer = Buffer.alloc(CHUNK)
  const decoder = new TextDecoder('utf-8')
  let pending = ''
  for (;;) {
    let count: number
    try {
      count = readSync(fd, buffer, 0, CHUNK, null)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        pauseBriefly()
        continue
      }
      if ((error as NodeJS.ErrnoException).code === 'EOF') break
      throw error
    }
    if (count === 0) break
    pending += decoder.decode(buffer.subarray(0, count), { stream: true })
    let newline = pending.indexOf('\n')
    while (newline >= 0) {
      yield pending.slice(0, newline).replace(/\r$/, '')
      pending = pending.slice(newline + 1)
      newline = pending.indexOf('\n')
    }
  }
  pending += decoder.decode()
  if (pending.length > 0) yield pending
}
