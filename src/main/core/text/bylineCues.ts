import { isSpaceCode, trimLine } from './chars'

// Common Chinese surnames. Characters that are also everyday words (和, 时, 国, 新, 文...) are
// left out on purpose: a two-character label such as 时评 must not read as a name.
const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤穆卓缪车项芦麦褚娄窦戚岑景宫费卜晏席卫柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘苑迟邝封谈匡鞠荆冀郁胥储栗燕楚鄢谌奚粟冼蔺阚郜朴廉禹祖漆卿狄宣晋扈晁芮阙浦邸雍辜裘亓邰赫杭逯茹诸慕亢嵇湛宾戎勾茅揭尉冶檀昝植衡尧',
  ),
)
const COMPOUND_SURNAMES = /^(欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|司徒|夏侯|令狐|长孙|宇文)/
const ROLE_PREFIX = /^(本报记者|本刊记者|特约记者|见习记者|首席记者|记者|通讯员|实习生|撰稿|编辑)/
// A writer's unit or standing printed before the name in a signature (某机械厂职工 邓强).
const AFFILIATION =
  /^[\u4e00-\u9fff]{1,12}(?:职工|工人|员工|干部|记者|通讯员|代表|会员|主席|教师|医生|党员|志愿者|读者)$/
const CREDIT_WORDS = new Set(['文', '图', '摄', '摄影', '供图', '文图', '图文', '撰文'])
const MARKERS = /^[□■◆◇●○▲△★☆◎※▶►·\-—–\s]+/
// Names are capitalised words; only the lead-in may be in any case (By, BY, Photo:, PHOTO BY).
const NAMES =
  "([A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,3}(?:\\s*(?:,|and|&)\\s*[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,3})*)"
const ENGLISH_BY = new RegExp(`^(?:[Bb][Yy]|(?:[Tt]ext|[Ww]ords|[Rr]eporting) by)\\s+${NAMES}$`)
const ENGLISH_PHOTO = new RegExp(
  `^\\(?(?:[Pp]hoto(?:s|graph)?|PHOTOS?|[Pp]icture)(?:\\s+(?:by|BY)|:)\\s*${NAMES}\\)?$`,
)
// A picture lent by someone: （图片由城南区总工会提供）, (市总工会供图).
const COURTESY =
  /^[（(]\s*(?:(?:图片|照片|图)由([^（()）]{2,16})提供|([^（()）]{2,16})供图)\s*[）)]$/
const BRACKETED = /^[（(]\s*([^（()）]{2,24}?)\s*[）)]$/
// As char codes: readTrailingCredit walks back over every body line's end.
const STOP_CODES = new Set(Array.from('。！？!?…', (ch) => ch.charCodeAt(0)))
const CLOSER_CODES = new Set(Array.from('”’」』"\')）', (ch) => ch.charCodeAt(0)))
const TAIL_LIMIT = 48

// Two or three characters after a common surname; four only after a compound one (欧阳…), so
// that four-character phrases (高温慰问, 江苏工匠) are not read as names.
const isName = (token: string): boolean =>
  (/^[\u4e00-\u9fff]{2,3}$/.test(token) && SURNAMES.has(token[0])) ||
  (/^[\u4e00-\u9fff]{3,4}$/.test(token) && COMPOUND_SURNAMES.test(token))

interface Tokens {
  names: string[]
  tokens: string[]
  isPhoto: boolean
}

// Every character a credit's tokens can hold (Han, the lenient ·), or that readTokens drops (the
// markers, separators and JavaScript's \s): any other character leaves a token no test accepts.
const TOKEN_TEXT = /^[\u4e00-\u9fff·□■◆◇●○▲△★☆◎※▶►\-—–/／|｜:：\s]*$/

/** Splits a credit line into tokens; null when some token is neither a name nor a role. */
function readTokens(text: string, isLenient: boolean): Tokens | null {
  // Most lines asked are body text: one pass rules them out before they are cut into tokens.
  if (!TOKEN_TEXT.test(text)) return null
  const tokens = text
    .replace(MARKERS, '')
    .replace(/[/／|｜:：]/g, ' ')
    .split(/\s+/)
    .filter((token) => token !== '')
  const names: string[] = []
  let isPhoto = false
  for (const token of tokens) {
    if (CREDIT_WORDS.has(token)) {
      isPhoto ||= token.startsWith('摄')
      continue
    }
    const bare = token.replace(ROLE_PREFIX, '')
    if (bare === '' || isName(bare)) {
      if (bare !== '') names.push(bare)
    } else if (isLenient && /^[\u4e00-\u9fff·]{2,8}$/.test(bare)) names.push(bare)
    else if (!(token === tokens[0] && tokens.length > 1 && AFFILIATION.test(token))) return null
  }
  return tokens.length > 0 && tokens.length <= 8 ? { names, tokens, isPhoto } : null
}

/** The byline as stored: tokens as printed, without markers and the trailing 文/图 or 摄. */
function printed(tokens: string[]): string {
  const kept = [...tokens]
  while (kept.length > 1 && CREDIT_WORDS.has(kept.at(-1) as string)) kept.pop()
  return kept.join(' ')
}

/** What a credit line says: the names as stored, and whether it credits a photo (摄). */
export interface Credit {
  byline: string
  isPhoto: boolean
}

/**
 * Reads a line that is only a byline or photo credit: names (2–4 Han characters after a common
 * surname) with 记者/文/图/摄 marks, maybe after the writer's unit (某机械厂职工 邓强), or
 * anything short in brackets (（权益部）, (汪慧）), a picture's lender ((图片由…提供)), or
 * "By Jane Doe" / "Photo: Jane Doe". Null for anything else.
 */
export function readCredit(line: string): Credit | null {
  const text = trimLine(line)
  if (text === '' || text.length > 40) return null
  const english = ENGLISH_PHOTO.exec(text) ?? ENGLISH_BY.exec(text)
  if (english) return { byline: english[1].trim(), isPhoto: /^\(?photo|^\(?pict/i.test(text) }
  const courtesy = COURTESY.exec(text)
  if (courtesy) return { byline: courtesy[1] ?? courtesy[2], isPhoto: true }
  const bracketed = BRACKETED.exec(text)
  const inner = bracketed ? bracketed[1] : text
  if (bracketed && /[，。；！？,;!?\d第版续]/.test(inner)) return null
  const read = readTokens(inner, bracketed !== null)
  if (!read || read.names.length === 0) return null
  return { byline: printed(read.tokens), isPhoto: read.isPhoto }
}

const MARK_CODES = new Set(Array.from('摄文图者员', (ch) => ch.charCodeAt(0)))

/**
 * True when a credit after a paragraph's last stop is set apart (a space, a bracket) or says
 * what it credits (摄, 文, 图, 记者, 通讯员): /^\s|^\s*[（(]|[摄文图者员]/ as one pass over char codes,
 * asked of almost every line's end.
 */
function isMarked(tail: string): boolean {
  if (tail === '') return false
  const first = tail.charCodeAt(0)
  if (isSpaceCode(first) || first === 0xff08 || first === 0x28) return true
  for (let at = 0; at < tail.length; at++) if (MARK_CODES.has(tail.charCodeAt(at))) return true
  return false
}

/** A credit printed at the end of a paragraph's last line (…协议书。(黄元明), …用品。 陈茜/摄). */
export interface TrailingCredit extends Credit {
  /** The paragraph without the credit. */
  text: string
}

/** Finds a byline or photo credit after the last sentence of a paragraph. */
export function readTrailingCredit(paragraph: string): TrailingCredit | null {
  // Only the end matters, and long paragraphs must not cost a scan per call.
  let end = paragraph.length
  const limit = Math.max(0, paragraph.length - TAIL_LIMIT)
  while (end > limit && !STOP_CODES.has(paragraph.charCodeAt(end - 1))) end--
  if (end === limit) return null
  while (end < paragraph.length && CLOSER_CODES.has(paragraph.charCodeAt(end))) end++
  const tail = paragraph.slice(end)
  // A bare name glued to the last sentence (…。王龙表示) is more likely a cut sentence; asked
  // first, as it rules out most tails for less than reading them.
  const credit = isMarked(tail) ? readCredit(tail) : null
  return credit ? { ...credit, text: paragraph.slice(0, end).trimEnd() } : null
}
