import { createHash } from 'node:crypto'

// The sealed text is itself JSON: {"sha256":"<64 hex digits>","index":<the index's JSON>}.
const HEAD = '{"sha256":"'
const MIDDLE = '","index":'
const DIGEST_LENGTH = 64
const BODY_START = HEAD.length + DIGEST_LENGTH + MIDDLE.length

const digestOf = (json: string): string => createHash('sha256').update(json).digest('hex')

/**
 * Wraps a serialised index with its SHA-256. A damaged byte can leave valid JSON that loads
 * into wrong postings and silently hides stories; with the digest any damage is refused.
 */
export function sealIndex(json: string): string {
  return `${HEAD}${digestOf(json)}${MIDDLE}${json}}`
}

/** The index JSON inside sealed text; throws when the text is not sealed or does not match. */
export function unsealIndex(sealed: string): string {
  const digest = sealed.slice(HEAD.length, HEAD.length + DIGEST_LENGTH)
  const json = sealed.slice(BODY_START, -1)
  const isFramed =
    sealed.startsWith(HEAD) &&
    sealed.startsWith(MIDDLE, HEAD.length + DIGEST_LENGTH) &&
    sealed.endsWith('}')
  if (!isFramed || digestOf(json) !== digest) {
    throw new Error('the stored search index is damaged (its checksum does not match)')
  }
  return json
}
