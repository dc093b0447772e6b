import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { basename } from 'node:path'
import { MAX_FILE_BYTES } from '../../../shared/limits'
import type { SkipReason } from '../../../shared/messages'
import type { SourceFormat } from '../../../shared/types'
import { notRegularProblem, reasonOf } from './fileProblems'
import { formatOfPath, unsupportedReason } from './formatOfPath'
import type { ImportDocument } from './importDocument'

const MB = 1024 * 1024
const CHUNK = 1024 * 1024

/** Why a page of this size is refused, or null when it is small enough. */
export function sizeProblem(size: number): SkipReason | null {
  if (size <= MAX_FILE_BYTES) return null
  return {
    code: 'tooLarge',
    params: { sizeMb: Math.ceil(size / MB), limitMb: MAX_FILE_BYTES / MB },
  }
}

/** Reads at most `limit` bytes from an open file, however long it turns out to be. */
function readAtMost(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = []
  let total = 0
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit - total))
    const read = readSync(fd, chunk, 0, chunk.length, null)
    if (read === 0) break
    chunks.push(chunk.subarray(0, read))
    total += read
  }
  return Buffer.concat(chunks, total)
}

/**
 * Reads a file for import: only a regular file, and never more than the size limit. The file
 * is opened non-blocking (a FIFO put in its place cannot block the open) and checked through
 * the open descriptor, so it cannot be swapped between the check and the read.
 */
export function readDocument(
  path: string,
  format: SourceFormat,
): ImportDocument | { reason: SkipReason } {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    return { reason: reasonOf(error) }
  }
  try {
    const stats = fstatSync(fd)
    const problem = notRegularProblem(stats) ?? sizeProblem(stats.size)
    if (problem !== null) return { reason: problem }
    // One byte over the limit tells a file that grew since fstat from one that fits.
    const bytes = readAtMost(fd, MAX_FILE_BYTES + 1)
    const grown = sizeProblem(bytes.length)
    if (grown !== null) return { reason: grown }
    return { origin: 'file', path, name: basename(path), format, bytes }
  } catch (error) {
    return { reason: reasonOf(error) }
  } finally {
    closeSync(fd)
  }
}

/** An uploaded page (web mode, drag and drop) as a document to import, or why it is refused. */
export function uploadDocument(upload: {
  name: string
  bytes: Uint8Array
}): ImportDocument | { reason: SkipReason } {
  const format = formatOfPath(upload.name)
  if (format === null) return { reason: unsupportedReason(upload.name) }
  const problem = sizeProblem(upload.bytes.length)
  if (problem !== null) return { reason: problem }
  return { origin: 'upload', path: null, name: upload.name, format, bytes: upload.bytes }
}
