import type { Stats } from 'node:fs'

/** Why a file could not be reached, in the reader's words rather than an errno. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ELOOP') return 'too many levels of symbolic links'
  return error instanceof Error ? error.message : String(error)
}

const kindOf = (stats: Stats): string => {
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isDirectory()) return 'a folder'
  return 'a special file'
}

/**
 * Why a file is not read as a page when it is not a regular file, or null when it is. A FIFO
 * blocks its reader forever and a device (/dev/zero, /dev/urandom) never ends, whatever its name.
 */
export function notRegularProblem(stats: Stats): string | null {
  return stats.isFile() ? null : `not a regular file (${kindOf(stats)})`
}
