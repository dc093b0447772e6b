// The search index's own format (see searchSchema.ts for the tables). A segment indexes some
// stories; it is stored as blocks of about BLOCK_BYTES, each a run of entries in term order:
//
//   entry    = how many UTF-16 code units the term shares with the entry's term before in the
//              block (0 for the first), how many more it has, each of them (two bytes,
//              big-endian), postings' byte length, postings
//   postings = story count, then for each story (by number, ascending): its number less the
//              one before (the first less the segment's base), then (not for a chars term) how
//              many places and each place less the one before (the first as it is)
//
// A segment built before its stories had numbers (an import thread builds its pages' segment
// before it takes the write lock) numbers them from 0 and is stored with the base that the
// stories' first number turned out to be (search_segments.base).
//
// All numbers are varints (bytes.ts). A place is a token's position in the story: its title's
// tokens first (places 0 to title - 1), one place left empty, then its byline's and body's, so
// a phrase is consecutive places, never across the two, and a place below the story's title
// count (search_docs.title) is in the title. Terms are the tokens of ftsTokens.ts; the
// distinct common characters of a story (ftsChars) are terms of their own, marked by
// CHARS_MARK, each at place 0.
/** Begins the chars column's terms (a private-use character no token holds). */
export const CHARS_MARK = '\uE001'
/**
 * A block is closed once it holds this many bytes (a term's entry is never cut, and one
 * larger than this has a block of its own, so looking up its neighbours never reads it).
 */
export const BLOCK_BYTES = 4096

/** One term's postings in a segment, decoded. */
export interface Postings {
  docs: Int32Array
  /** Where each story's places start in `places`; one more entry than `docs`, the end. */
  starts: Int32Array
  places: Int32Array
}

/** One stored block: the first term's key (bytes.ts termKey) and its entries. */
export interface Block {
  key: Buffer
  /** The last term's key: a lookup past it needs not read the block. */
  last: Buffer
  data: Uint8Array
}

/** Whether a term is a story's distinct character (postings of stories alone, no places). */
export const isCharsTerm = (term: string): boolean => term.charCodeAt(0) === 0xe001

/** The first code unit of every chars term (CHARS_MARK). */
export const CHARS_UNIT = 0xe001
