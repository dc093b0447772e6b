import { Locale } from 'opencc-js/t2cn'

// OpenCC's dictionaries (through opencc-js), read as character pairs: Taiwan and Hong Kong
// variants to OpenCC's standard traditional form, then traditional to simplified (mainland).
// Only pairs of one BMP character each are kept (astral variants are rare), so folding
// never moves an offset: a match found in folded text marks the same place in the original,
// whichever script the story or the query is written in. Phrase-level conversions (乾淨 vs
// 乾隆) are not needed for matching: both scripts fold to the same characters.
// The index stores folded text: a change to this table needs the index rebuilt (a migration).

type Dictionaries = ReadonlyArray<ReadonlyArray<string | object>>

const pairsOf = (dictionaries: Dictionaries | undefined): Array<[string, string]> => {
  const pairs: Array<[string, string]> = []
  for (const group of dictionaries ?? []) {
    for (const dictionary of group) {
      if (typeof dictionary !== 'string') continue
      for (const entry of dictionary.split('|')) {
        const [from, to] = entry.split(' ')
        if (from && to && from !== to && from.length === 1 && to.length === 1) {
          pairs.push([from, to])
        }
      }
    }
  }
  return pairs
}

/** The OpenCC pairs as a map of one BMP character to another. */
export function simplifiedPairs(): Map<string, string> {
  const variants = new Map([
    ...pairsOf(Locale.from.hk as unknown as Dictionaries),
    ...pairsOf(Locale.from.tw as unknown as Dictionaries),
  ])
  const simplified = new Map(pairsOf(Locale.to.cn as unknown as Dictionaries))
  const table = new Map<string, string>()
  for (const from of new Set([...variants.keys(), ...simplified.keys()])) {
    const standard = variants.get(from) ?? from
    const to = simplified.get(standard) ?? standard
    if (to !== from && to.length === 1) table.set(from, to)
  }
  return table
}

let table: Map<string, string> | null = null

/** Text with traditional (and Taiwan/Hong Kong variant) characters written simplified; same length. */
export function toSimplified(text: string): string {
  table ??= simplifiedPairs()
  let out = ''
  for (const char of text) out += table.get(char) ?? char
  return out
}
