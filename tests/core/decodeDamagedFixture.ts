import iconv from 'iconv-lite'

// Sentences of a union newsletter, in both scripts; pages are built from them to any length.
const SIMPLIFIED = [
  '市总工会开展困难职工帮扶活动，为职工送去温暖。',
  '今年春节前，市总工会走访慰问了全市困难职工家庭，送去慰问金和生活用品。',
  '区总工会组织劳模工匠走进企业车间，与一线职工面对面交流技术难题。',
  '城市书房延长开放时间至晚上十点，方便职工下班后阅读。',
  '活动期间，每晚安排一场读书分享会，由劳模讲述自己的读书故事。',
  '职工技能大赛吸引了全市两百多家企业的三千余名职工报名参加。',
  '工会干部深入基层，倾听职工心声，帮助解决职工关心的实际问题。',
  '新建的职工之家配备了健身房、阅览室和心理咨询室，受到职工欢迎。',
]
const TRADITIONAL = [
  '市總工會開展困難職工幫扶活動，為職工送去溫暖。',
  '今年春節前，市總工會走訪慰問了全市困難職工家庭，送去慰問金和生活用品。',
  '區總工會組織勞模工匠走進企業車間，與一線職工面對面交流技術難題。',
  '城市書房延長開放時間至晚上十點，方便職工下班後閱讀。',
  '活動期間，每晚安排一場讀書分享會，由勞模講述自己的讀書故事。',
  '職工技能大賽吸引了全市兩百多家企業的三千餘名職工報名參加。',
  '工會幹部深入基層，傾聽職工心聲，幫助解決職工關心的實際問題。',
  '新建的職工之家配備了健身房、閱覽室和心理諮詢室，受到職工歡迎。',
]

/**
 * A page of at least `minChars` characters: a headline, then paragraphs of three sentences,
 * each paragraph on one line ending in "。" with a blank line after it.
 */
export function longPage(minChars: number, script: 'simplified' | 'traditional'): string {
  const sentences = script === 'simplified' ? SIMPLIFIED : TRADITIONAL
  const lines = [script === 'simplified' ? '职工之家通讯' : '職工之家通訊', '']
  let length = 0
  for (let n = 0; length < minChars; n++) {
    const paragraph = [0, 3, 5].map((step) => sentences[(n + step) % sentences.length]).join('')
    lines.push(paragraph, '')
    length += paragraph.length + 2
  }
  return lines.join('\n')
}

/** Indexes (in code points) of the characters that end a paragraph line: the "。" before "\n". */
export function lineEnds(text: string): number[] {
  const chars = Array.from(text)
  return chars.flatMap((char, i) => (char === '。' && chars[i + 1] === '\n' ? [i] : []))
}

/** Where to break a page's bytes, by code-point index of a character. */
export interface Damage {
  /** A stray 0xFF byte put just before these characters. */
  insertFf?: number[]
  /** These characters lose their last byte (a multi-byte character cut short). */
  cut?: number[]
}

/**
 * A page's bytes in `encoding` with the damage done, and the text a browser reads from them:
 * each stray byte and each cut character becomes one U+FFFD. Cut only characters followed by
 * an ASCII byte (or, in UTF-8, by anything), so the decoder finds its feet at the next one.
 */
export function damaged(
  text: string,
  encoding: string,
  damage: Damage,
): { bytes: Buffer; expected: string } {
  const whole = iconv.encode(text, encoding)
  if (iconv.decode(whole, encoding) !== text) throw new Error(`not all of it is ${encoding}`)
  const inserts = new Set(damage.insertFf ?? [])
  const cuts = new Set(damage.cut ?? [])
  const parts: Buffer[] = []
  const expected: string[] = []
  Array.from(text).forEach((char, i) => {
    if (inserts.has(i)) {
      parts.push(Buffer.from([0xff]))
      expected.push('\ufffd')
    }
    const bytes = iconv.encode(char, encoding)
    if (cuts.has(i)) {
      if (bytes.length < 2) throw new Error(`cannot cut the one-byte character at ${i}`)
      parts.push(bytes.subarray(0, bytes.length - 1))
      expected.push('\ufffd')
    } else {
      parts.push(bytes)
      expected.push(char)
    }
  })
  return { bytes: Buffer.concat(parts), expected: expected.join('') }
}

/** Every `step`-th of `indexes`, `count` of them. */
export const spread = (indexes: number[], count: number, step = 3): number[] => {
  const picked = indexes.filter((_, i) => i % step === 0).slice(0, count)
  if (picked.length < count) throw new Error(`only ${picked.length} places to break`)
  return picked
}
