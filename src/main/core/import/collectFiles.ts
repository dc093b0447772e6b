import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs'
import { join, resolve } from 'node:path'
import type { SkippedFile, SourceFormat } from '../../../shared/types'
import { notRegularProblem, reasonOf } from './fileProblems'
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

/**
 * Expands files and folders (recursively, in name order) into the files to import. Inside a
 * folder, other file types and hidden entries are passed over silently; a file named explicitly
 * that we cannot read is reported, and so is anything named like a page that is not a regular
 * file (a FIFO or a link to a device), wherever it is found.
 */
export function collectFiles(paths: string[]): CollectedFiles {
  const files: FileCandidate[] = []
  const skipped: SkippedFile[] = []
  const seenFiles = new Set<string>()
  // Real paths of folders already walked, so a symlink loop ends.
  const seenDirs = new Set<string>()

  // stat() never opens the file, so a FIFO cannot block here; readDocument checks again.
  const addFile = (path: string, format: SourceFormat, stats: Stats): void => {
    if (seenFiles.has(path)) return
    seenFiles.add(path)
    const problem = notRegularProblem(stats)
    if (problem === null) files.push({ path, format })
    else skipped.push({ path, reason: problem })
  }

  /** The entries of a folder not walked yet, in name order; null when there is nothing to walk. */
  const listFolder = (dir: string): string[] | null => {
    try {
      const real = realpathSync(dir)
      if (seenDirs.has(real)) return null
      seenDirs.add(real)
      return readdirSync(dir).sort()
    } catch (error) {
      skipped.push({ path: dir, reason: reasonOf(error) })
      return null
    }
  }

  // Depth-first with an explicit stack, so a deep tree of folders cannot overflow the call stack.
  const walk = (root: string): void => {
    const stack: { dir: string; entries: string[]; next: number }[] = []
    const enter = (dir: string): void => {
      const entries = listFolder(dir)
      if (entries !== null) stack.push({ dir, entries, next: 0 })
    }
    enter(root)
    while (stack.length > 0) {
      const top = stack[stack.length - 1]
      if (top.next >= top.entries.length) {
        stack.pop()
        continue
      }
      const name = top.entries[top.next++]
      if (name.startsWith('.')) continue
      const path = join(top.dir, name)
      let stats: Stats
      try {
        stats = statSync(path)
      } catch {
        // A dangling symlink or a file gone mid-walk: nothing the user asked for by name.
        continue
      }
      if (stats.isDirectory()) enter(path)
      else {
        const format = formatOfPath(name)
        if (format !== null) addFile(path, format, stats)
      }
    }
  }

  for (const given of paths) {
    const path = resolve(given)
    let stats: Stats
    try {
      stats = statSync(path)
    } catch (error) {
      skipped.push({ path, reason: reasonOf(error) })
      continue
    }
    if (stats.isDirectory()) {
      walk(path)
      continue
    }
    const format = formatOfPath(path)
    if (format !== null) addFile(path, format, stats)
    else skipped.push({ path, reason: unsupportedReason(path) })
  }
  return { files, skipped }
}
