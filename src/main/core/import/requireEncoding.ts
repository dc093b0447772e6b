import { LibraryError } from '../errors/LibraryError'
import { normalizeEncoding } from './decodeText'

/**
 * The normalised label of an encoding a reader asked for (`--encoding gbk`), undefined when none
 * was asked; an INVALID_ARGUMENT error naming it when Inkstone does not know it.
 */
export function requireEncoding(asked: string | undefined): string | undefined {
  if (asked === undefined) return undefined
  const encoding = normalizeEncoding(asked)
  if (encoding === null) {
    throw new LibraryError('INVALID_ARGUMENT', `unknown encoding "${asked}"`, {
      key: 'unknownEncoding',
      params: { encoding: asked },
    })
  }
  return encoding
}
