import { eachCommonChar } from '../../text/commonCharTerms'
import { walkTokens, type TokenSink } from '../../text/ftsTokens'
import { CHARS_UNIT } from './segmentFormat'

// Tokens of one or two BMP code units (almost all of them: bigrams and single characters) are
// kept as numbers, first unit times 2^16 plus the second (0 for none, which sorts a single
// character just before the bigrams it begins, as strings sort); the rest (words, digits, glue
// tokens, characters beyond the BMP) as numbered strings.
const KEY_LIMIT = 0xffff

/** Postings entries as parallel columns: a term, a story, a place; `count` of them in use. */
export class Entries {
  keys: Uint32Array
  docs: Int32Array
  places: Int32Array
  count = 0

  constructor(capacity: number) {
    this.keys = new Uint32Array(capacity)
    this.docs = new Int32Array(capacity)
    this.places = new Int32Array(capacity)
  }

  push(key: number, doc: number, place: number): void {
    if (this.count === this.keys.length) this.grow()
    const at = this.count++
    this.keys[at] = key
    this.docs[at] = doc
    this.places[at] = place
  }

  private grow(): void {
    const size = this.keys.length * 2 + 1024
    const keys = new Uint32Array(size)
    const docs = new Int32Array(size)
    const places = new Int32Array(size)
    keys.set(this.keys)
    docs.set(this.docs)
    places.set(this.places)
    this.keys = keys
    this.docs = docs
    this.places = places
  }
}

/**
 * Gathers a segment's tokens (walkTokens' sink): term, story and place of each. Numeric terms
 * go to `numeric` (the key above); string terms to `strings`, keyed by their number in `terms`
 * (one string a distinct term, not one object a token).
 */
export class Collector implements TokenSink {
  readonly numeric: Entries
  readonly strings = new Entries(1024)
  readonly terms: string[] = []
  private readonly termIds = new Map<string, number>()
  private doc = 0
  private place = 0

  constructor(capacity: number) {
    this.numeric = new Entries(capacity)
  }

  /** Starts a story. */
  story(doc: number): void {
    this.doc = doc
  }

  /** Adds the tokens of a folded text from place `base` on; returns how many there were. */
  column(folded: string, base: number): number {
    this.place = base
    walkTokens(folded, this)
    return this.place - base
  }

  /**
   * Adds the distinct common characters of the story's folded texts (its chars terms, at
   * place 0), as ftsChars finds them; returns how many.
   */
  chars(texts: readonly string[]): number {
    const { numeric, doc } = this
    let count = 0
    eachCommonChar(texts, (code) => {
      numeric.push(CHARS_UNIT * 0x10000 + code, doc, 0)
      count++
    })
    return count
  }

  cjk(first: number, second: number): void {
    if (first <= KEY_LIMIT && second <= KEY_LIMIT) {
      this.numeric.push(first * 0x10000 + (second < 0 ? 0 : second), this.doc, this.place++)
    } else {
      const char = String.fromCodePoint(first)
      this.text(second < 0 ? char : char + String.fromCodePoint(second))
    }
  }

  text(token: string): void {
    let id = this.termIds.get(token)
    if (id === undefined) {
      id = this.terms.length
      this.terms.push(token)
      this.termIds.set(token, id)
    }
    this.strings.push(id, this.doc, this.place++)
  }
}
