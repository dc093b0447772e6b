import { readdirSync, realpathSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { SkippedFile, SourceFormat } from '../../../shared/types'
import { formatOfPath, unsupportedReason } from './formatOfPath'

/** A file the importer will read. */
export interface FileCandidate {
  path: string
  format: SourceFormat
}

/** What a walk over the given paths found. */
export interface CollectedFiles {
  files: FileCandidate[]
  skipped: SkippedFile[]
}

const reasonOf = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}

/**
 * Expands files and folders (recursively, in name order) into the files to import. Inside a
 * folder, other file types and hidden entries are passed over silently; a file named explicitly
 * that we cannot read is reported.
 */
export function collectFiles(paths: string[]): CollectedFiles {
  const files: FileCandidate[] = []
  const skipped: SkippedFile[] = []
  const seenFiles = new Set<string>()
  // Real paths of folders already walked, so a symlink loop ends.
  const seenDirs = new Set<string>()

  const addFile = (path: string, format: SourceFormat): void => {
    if (seenFiles.has(path)) return
    seenFiles.add(path)
    files.push({ path, format })
  }

  const walk = (dir: string): void => {
    let real: string
    let entries: string[]
    try {
      real = realpathSync(dir)
      if (seenDirs.has(real)) return
      seenDirs.add(real)
      entries = readdirSync(dir).sort()
    } catch (error) {
      skipped.push({ path: dir, reason: reasonOf(error) })
      return
    }
    for (const name of entries) {
      if (name.startsWith('.')) continue
      const path = join(dir, name)
      let isDirectory: boolean
      try {
        isDirectory = statSync(path).isDirectory()
      } catch {
        // A dangling symlink or a file gone mid-walk: nothing the user asked for by name.
        continue
      }
      if (isDirectory) walk(path)
      else {
        const format = formatOfPath(name)
        if (format !== null) addFile(path, format)
      }
    }
  }

  for (const given of paths) {
    const path = resolve(given)
    try {
      if (statSync(path).isDirectory()) {
        walk(path)
        continue
      }
    } catch (error) {
      skipped.push({ path, reason: reasonOf(error) })
      continue
    }
    const format = formatOfPath(path)
    if (format !== null) addFile(path, format)
    else skipped.push({ path, reason: unsupportedReason(path) })
  }
  return { files, skipped }
}
