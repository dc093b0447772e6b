import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  lstatSync,
  chmodSync,
} from 'node:fs'
import { basename, dirname, isAbsolute, join, normalize, sep } from 'node:path'
import type { ExportFormat } from '../../../shared/exports'
import { LibraryError } from '../errors/LibraryError'
import type { ExportFile } from './exportBundle'
import { isStaleTemp, tempNameFor, tempOwner } from './exportTempNames'

/** Writes all of `bytes` (writeSync may write less than asked). */
const writeAll = (fd: number, bytes: Uint8Array): void => {
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at)
}

/** Makes a rename durable: the directory entry reaches the disk too (not possible on Windows). */
const syncDir = (dir: string): void => {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // Windows cannot open a directory; its rename is already as durable as it gets there.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Deletes temp files earlier runs left beside `target` when killed: only a dead writer's. */
const removeStaleTemps = (dir: string, name: string | null): void => {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return
  }
  for (const entry of entries) {
    const owner = tempOwner(entry)
    if (!owner || (name !== null && owner.name !== tempNameFor(name, 0).name)) continue
    const path = join(dir, entry)
    try {
      if (isStaleTemp(owner.pid, statSync(path).mtimeMs)) unlinkSync(path)
    } catch {
      // Gone meanwhile (another export cleaned it), or not ours to delete: leave it.
    }
  }
}

/**
 * Writes one file whole or not at all: into a temp file beside it (a hidden name no export
 * lists), flushed to disk, then renamed over the target, which readers see change at once.
 * A symlink target is followed, and an existing file's permissions are kept.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const real = isSymlink(target) ? realpathSync(target) : target
  const dir = dirname(real)
  const temp = join(dir, tempNameFor(basename(real), process.pid).file)
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const mode = modeOf(real)
  const fd = openSync(temp, 'wx')
  try {
    try {
      writeAll(fd, bytes)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    if (mode !== undefined) chmodSync(temp, mode)
    renameSync(temp, real)
  } catch (error) {
    try {
      unlinkSync(temp)
    } catch {
      // Already renamed or never created.
    }
    throw error
  }
}

const isSymlink = (path: string): boolean => {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

const modeOf = (path: string): number | undefined => {
  try {
    return statSync(path).mode & 0o7777
  } catch {
    return undefined
  }
}

/** `path` inside `folder`, refusing absolute paths and `..` (a path comes from an export). */
const inside = (folder: string, path: string): string => {
  const relative = normalize(path)
  if (
    isAbsolute(relative) ||
    relative === '..' ||
    relative.startsWith(`..${sep}`) ||
    relative === '.'
  ) {
    throw new LibraryError('INVALID_ARGUMENT', `export file outside its folder: ${path}`)
  }
  return join(folder, relative)
}

/**
 * Writes an export atomically: for markdown `out` is a folder (created when missing) and each
 * file in it is written whole or not at all, in order; for the other formats `out` is the one
 * file. Temp files a killed earlier export left there are removed first.
 */
export function writeExportFiles(out: string, format: ExportFormat, files: ExportFile[]): void {
  if (format === 'markdown') {
    mkdirSync(out, { recursive: true })
    removeStaleTemps(out, null)
    const dirs = new Set<string>([out])
    for (const file of files) {
      const target = inside(out, file.path)
      if (dirname(target) !== out) {
        mkdirSync(dirname(target), { recursive: true })
        removeStaleTemps(dirname(target), null)
      }
      writeFileAtomic(target, file.data)
      dirs.add(dirname(target))
    }
    for (const dir of dirs) syncDir(dir)
    return
  }
  if (files.length !== 1) {
    throw new LibraryError(
      'INVALID_ARGUMENT',
      `a ${format} export is one file, not ${files.length}`,
    )
  }
  mkdirSync(dirname(out), { recursive: true })
  removeStaleTemps(dirname(out), basename(out))
  writeFileAtomic(out, files[0].data)
  syncDir(dirname(out))
}

/** Reads a file of a Markdown export folder by its path there; null when it is not there. */
export function readExistingIn(out: string): (path: string) => string | null {
  return (path) => {
    try {
      return readFileSync(inside(out, path), 'utf8')
    } catch (error) {
      if (error instanceof LibraryError) return null
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null
      throw error
    }
  }
}
