// Everyday CJK punctuation and full-width forms: present in real Chinese text in either script.
const PUNCTUATION = '，。、；：？！“”‘’（）《》〈〉【】—…·「」『』〔〕　￥'

let commonChars: Set<string> | null = null

const decodeRange = (
  encoding: string,
  leads: [number, number],
  trails: Array<[number, number]>,
): string => {
  const bytes: number[] = []
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [low, high] of trails) {
      for (let trail = low; trail <= high; trail++) bytes.push(lead, trail)
    }
  }
  return new TextDecoder(encoding).decode(Uint8Array.from(bytes))
}

// The frequency-ordered first levels of both national standards: GB2312 level 1 (3,755 common
// simplified hanzi) and Big5 level 1 (5,401 common traditional hanzi, A440-C67E). Read out of the decoders
// themselves rather than shipped as a table.
const common = (): Set<string> => {
  if (commonChars) return commonChars
  const simplified = decodeRange('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]])
  const traditional =
    decodeRange(
      'big5',
      [0xa4, 0xc5],
      [
        [0x40, 0x7e],
        [0xa1, 0xfe],
      ],
    ) + decodeRange('big5', [0xc6, 0xc6], [[0x40, 0x7e]])
  commonChars = new Set([...simplified, ...traditional, ...PUNCTUATION])
  commonChars.delete('\ufffd')
  return commonChars
}

/**
 * Share (0..1) of a text's non-ASCII characters that are common Chinese characters or punctuation.
 * A wrong legacy decoding turns the same bytes into rare hanzi, kana, symbols or private-use
 * characters, so the right one of GB18030 and Big5 scores far higher.
 */
export function chineseScore(text: string): number {
  const set = common()
  let total = 0
  let hits = 0
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue
    total++
    if (set.has(char) || (char >= '\uff01' && char <= '\uff5e')) hits++
  }
  return total === 0 ? 1 : hits / total
}
