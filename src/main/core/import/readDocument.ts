import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { MAX_FILE_BYTES } from '../../../shared/limits'
import type { SourceFormat } from '../../../shared/types'
import type { ImportDocument } from './importDocument'

const MB = 1024 * 1024

/** Why a page of this size is refused, or null when it is small enough. */
export function sizeProblem(size: number): string | null {
  if (size <= MAX_FILE_BYTES) return null
  return `file too large (${Math.ceil(size / MB)} MB > ${MAX_FILE_BYTES / MB} MB)`
}

/** Reads a file for import, checking its size before loading it. */
export function readDocument(
  path: string,
  format: SourceFormat,
): ImportDocument | { reason: string } {
  const problem = sizeProblem(statSync(path).size)
  if (problem !== null) return { reason: problem }
  return { origin: 'file', path, name: basename(path), format, bytes: readFileSync(path) }
}
