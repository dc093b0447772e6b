import { randomBytes } from 'node:crypto'
import { asHighlightId, asStoryId, type HighlightId, type StoryId } from '../../../shared/ids'

// Crockford's base32: no I, L, O or U, so an id read aloud or retyped is not misread.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'
const LENGTH = 12

const randomId = (): string => {
  const bytes = randomBytes(LENGTH)
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte & 31]
  return id
}

/** A fresh random story id: 12 base32 characters (60 bits), unrelated to the story's position. */
export function newStoryId(): StoryId {
  return asStoryId(randomId())
}

/** A fresh random highlight id, of the same shape as a story id. */
export function newHighlightId(): HighlightId {
  return asHighlightId(randomId())
}
