import { randomBytes } from 'node:crypto'

// A temp name is "." + name + ".inkstone-tmp-<pid>-<8 hex>": the name part is cut to this
// many UTF-8 bytes so the whole stays under the 255-byte limit of a file name.
const MAX_NAME_BYTES = 200

// Past this age a temp file is stale whatever its pid says (that pid may be a new process, or
// one on another machine sharing the folder).
const MAX_TEMP_AGE_MS = 24 * 60 * 60 * 1000

const TEMP_PATTERN = /^\.(.*)\.inkstone-tmp-(\d+)-[0-9a-f]{8}$/su

const capBytes = (name: string): string => {
  let out = ''
  for (const char of name) {
    if (Buffer.byteLength(out + char, 'utf8') > MAX_NAME_BYTES) break
    out += char
  }
  return out
}

/**
 * The hidden temp file an atomic write of `name` uses, with the writing process's id in it so
 * a later export can tell a killed run's leftover from a write still going on.
 */
export function tempNameFor(name: string, pid: number): { file: string; name: string } {
  const capped = capBytes(name)
  return { file: `.${capped}.inkstone-tmp-${pid}-${randomBytes(4).toString('hex')}`, name: capped }
}

/** For an Inkstone temp file's name: the (capped) name it was written for and its writer's pid. */
export function tempOwner(file: string): { name: string; pid: number } | null {
  const match = TEMP_PATTERN.exec(file)
  return match ? { name: match[1], pid: Number(match[2]) } : null
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** True when a temp file's writer is gone (no such process) or the file is a day old. */
export function isStaleTemp(pid: number, mtimeMs: number, now = Date.now()): boolean {
  if (now - mtimeMs > MAX_TEMP_AGE_MS) return true
  return pid !== process.pid && !isRunning(pid)
}
