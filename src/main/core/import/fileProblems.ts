import type { Stats } from 'node:fs'
import type { NotRegularKind, SkipReason } from '../../../shared/messages'

/** Why a file could not be reached, as a reason code rather than an errno. */
export function reasonOf(error: unknown): SkipReason {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'notFound' }
  if (code === 'EACCES' || code === 'EPERM') return { code: 'permissionDenied' }
  if (code === 'ELOOP') return { code: 'symlinkLoop' }
  return {
    code: 'unreadable',
    params: { message: error instanceof Error ? error.message : String(error) },
  }
}

const kindOf = (stats: Stats): NotRegularKind => {
  if (stats.isFIFO()) return 'fifo'
  if (stats.isSocket()) return 'socket'
  if (stats.isCharacterDevice()) return 'characterDevice'
  if (stats.isBlockDevice()) return 'blockDevice'
  if (stats.isDirectory()) return 'folder'
  return 'special'
}

/**
 * Why a file is not read as a page when it is not a regular file, or null when it is. A FIFO
 * blocks its reader forever and a device (/dev/zero, /dev/urandom) never ends, whatever its name.
 */
export function notRegularProblem(stats: Stats): SkipReason | null {
  return stats.isFile() ? null : { code: 'notRegular', params: { kind: kindOf(stats) } }
}
