import { extname } from 'node:path'
import type { SkipReason } from '../../../shared/messages'
import type { SourceFormat } from '../../../shared/types'

const FORMATS: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
}

/** The importer's format for a file name by its extension, or null when it is not one we read. */
export function formatOfPath(path: string): SourceFormat | null {
  return FORMATS[extname(path).toLowerCase()] ?? null
}

/** Why a file of this name is not imported. */
export function unsupportedReason(path: string): SkipReason {
  return { code: 'unsupportedType', params: { extension: extname(path) } }
}
