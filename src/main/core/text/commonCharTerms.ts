import { COMMON_CHARS } from './commonChars'

// The index's chars terms: each story's distinct COMMON_CHARS (see ftsTokens.ts for its other
// tokens).

// Which BMP code points are COMMON_CHARS (all of them are in the BMP), built on first use; and
// for ftsChars, the call that last saw each code point (a Set per story cost twice as much).
let commonTable: Uint8Array | null = null
const seenIn = new Uint32Array(0x10000)
let call = 0

const commonChars = (): Uint8Array => {
  if (commonTable !== null) return commonTable
  commonTable = new Uint8Array(0x10000)
  for (let at = 0; at < COMMON_CHARS.length; at++) commonTable[COMMON_CHARS.charCodeAt(at)] = 1
  return commonTable
}

/** True when a one-character query for `char` asks the `chars` column. */
export const isCommonChar = (char: string): boolean =>
  char.length === 1 && commonChars()[char.charCodeAt(0)] === 1

/**
 * Visits the distinct COMMON_CHARS of folded texts (as one text), in the order they first
 * appear: the index's chars terms. A one-character query for one of them looks there (one
 * posting per story) instead of merging the hundreds of bigrams it begins.
 */
export function eachCommonChar(texts: readonly string[], visit: (code: number) => void): void {
  const common = commonChars()
  if (++call === 0xffffffff) {
    seenIn.fill(0)
    call = 1
  }
  for (const folded of texts) {
    for (let at = 0; at < folded.length; at++) {
      const code = folded.charCodeAt(at)
      if (common[code] === 0 || seenIn[code] === call) continue
      seenIn[code] = call
      visit(code)
    }
  }
}

/** The distinct COMMON_CHARS of folded text (eachCommonChar), separated by spaces. */
export function ftsChars(folded: string): string {
  const out: string[] = []
  eachCommonChar([folded], (code) => out.push(String.fromCharCode(code)))
  return out.join(' ')
}
