import { readCredit, type Credit } from '../text/bylineCues'
import { visualWidth } from '../text/chars'

// Lines of page furniture around an article: who wrote it, who edited it, where it came from,
// when, and the widgets printed with it. Chinese news pages print them as "label：value" runs
// (2017-03-10 09:30 来源：光明网 作者：张三 责任编辑：李四, [责任编辑:肖春芳], 作者︱春春).

/** What a line of page furniture says. */
export interface MetaLine {
  /** The writers it names (作者, 记者, 文, 撰文, 通讯员, By); the byline is made of these. */
  authors: string[]
  /** People it names as editors, proofreaders or producers: never the byline. */
  editors: string[]
  /** Translators or compilers (编译): the byline only when no writer is named. */
  compilers: string[]
}

const WRITER = '作者|撰文|本报记者|本刊记者|特约记者|见习记者|首席记者|记者|通讯员|实习生|文字|文'
const EDITOR =
  '责任编辑|责编|值班编辑|编辑|校对|审核|审校|审签|监制|主编|出品|策划|制作|统筹|设计|摄影|摄像|图片|视觉|插图|图|本文来源|文章来源|稿件来源|新闻来源|来源|稿源|出处|转载|原载'
const COMPILER = '编译|翻译|译者|译'
const OTHER =
  '发布时间|发表时间|更新时间|时间|日期|发布|浏览次数|浏览|阅读|点击|字号|字体|标签|关键词|关键字'
// A label needs a mark after it (作者：, 文/, 作者︱); long ones may take a space instead (记者 张三).
const LABEL = new RegExp(
  `(${WRITER}|${EDITOR}|${COMPILER}|${OTHER})\\s*[：:︱丨|/／]\\s*|(作者|本报记者|本刊记者|特约记者|记者|通讯员|实习生|责任编辑|编译)\\s+`,
  'gu',
)
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const TIME =
  '(?:\\s*(?:at\\s*)?\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?|\\d{1,2}时\\d{1,2}分)?'
// Dates as pages print them: 2017-03-10 09:30, 2016年10月14日07:17, March 25, 2015, 25 Mar 2015.
const DATE = new RegExp(
  `(?:\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})${TIME}`,
  'giu',
)
// Words English pages print around a date (Updated April 29, 2019 at 3:33 pm).
const DATE_WORDS = /\b(?:last\s+)?(?:updated|published|posted|modified)\b|\bon\b|\bat\b/giu
const WIDGET =
  /分享到|分享至|转播到[\p{sc=Han}]{0,6}|推荐到|打印本页|打印|关闭窗口|关闭|收藏|纠错|评论|大\s*中\s*小|[【[（(]\s*[】\]）)]/gu
const BRACKETS = /[[\]【】（）()「」<>〈〉《》]/gu
// What is left of a furniture line once its fields are taken out: marks and stray spaces.
const LEFTOVER = /^[\s\p{P}\p{S}]*$/u
// A source or outlet name printed beside a date (TNW中文站 2016年10月14日07:17).
const MAX_OUTLET_WIDTH = 12
const MAX_LINE_WIDTH = 80
const SENTENCE = /[，。！？；!?;]/u
const NAME_SPLIT = /[\s、，,;；&]+|和|及|与/u

const names = (value: string): string[] =>
  value
    .replace(/[[\]【】（）()]/g, ' ')
    .split(NAME_SPLIT)
    .map((name) => name.trim())
    .filter((name) => name !== '' && visualWidth(name) <= 12 && !/\d/.test(name))

/**
 * Reads a line that holds only page furniture: labelled fields (作者, 记者, 来源, 责任编辑,
 * 编辑, 校对...), dates and times, and widget words (打印, 分享到, 【大 中 小】). A line with a
 * date and a short outlet name (新华网 2017-03-10) counts too. Null for any other line.
 */
export function readMetaLine(line: string): MetaLine | null {
  const text = line.trim()
  if (text === '' || visualWidth(text) > MAX_LINE_WIDTH) return null
  const labels = [...text.matchAll(LABEL)]
  const hasDate = new RegExp(DATE.source, 'iu').test(text)
  if (labels.length === 0 && !hasDate) return null
  const meta: MetaLine = { authors: [], editors: [], compilers: [] }
  let isProse = false
  let rest = labels.length > 0 ? text.slice(0, labels[0].index) : text
  labels.forEach((match, at) => {
    const label = match[1] ?? match[2]
    const end = labels[at + 1]?.index ?? text.length
    const value = text.slice(match.index + match[0].length, end).replace(DATE, ' ')
    // A value with a sentence in it is a paragraph that opens with a label (记者 张三报道，…).
    if (SENTENCE.test(value)) isProse = true
    if (new RegExp(`^(?:${WRITER})$`).test(label)) meta.authors.push(...names(value))
    else if (new RegExp(`^(?:${COMPILER})$`).test(label)) meta.compilers.push(...names(value))
    else if (/^(?:责任编辑|责编|值班编辑|编辑|校对|审核|审校|审签|监制|主编)$/.test(label))
      meta.editors.push(...names(value))
    // A source's or an outlet's name is furniture too; nothing of it is kept.
  })
  if (isProse) return null
  rest = rest.replace(DATE, ' ').replace(WIDGET, ' ').replace(BRACKETS, ' ')
  if (hasDate) rest = rest.replace(DATE_WORDS, ' ')
  rest = rest.trim()
  if (LEFTOVER.test(rest)) return meta
  if (!hasDate || labels.length > 0) return null
  // A byline printed with the date (By Jane Doe · March 25, 2015), or an outlet's name.
  const credit = readCredit(rest.replace(/[\s\p{P}]+$/u, ''))
  if (credit && !credit.isPhoto) meta.authors.push(credit.byline)
  return credit || visualWidth(rest) <= MAX_OUTLET_WIDTH ? meta : null
}

const TRAILING_CREDIT = new RegExp(
  `[（(]\\s*(?:(${WRITER}|${COMPILER})\\s*[：:︱丨|/／\\s]\\s*)([^（）()]{2,24})[）)]\\s*$`,
  'u',
)

/** A credit in brackets after a paragraph's last sentence: …杂志上。（编译/林靖东）. */
export interface EndCredit {
  text: string
  meta: MetaLine
}

/** Finds a labelled credit in brackets at the end of a paragraph (（记者 张三）, （编译/林靖东）). */
export function readEndCredit(paragraph: string): EndCredit | null {
  const match = TRAILING_CREDIT.exec(paragraph)
  if (!match) return null
  const isCompiler = new RegExp(`^(?:${COMPILER})$`).test(match[1])
  const found = names(match[2])
  if (found.length === 0) return null
  return {
    text: paragraph.slice(0, match.index).trimEnd(),
    meta: {
      authors: isCompiler ? [] : found,
      editors: [],
      compilers: isCompiler ? found : [],
    },
  }
}

// The last sentence end of an English paragraph, with closing quotes or brackets.
const LATIN_STOP = /[.!?]["”’')]*\s+/g
const TAIL = 48

/** A credit after the last sentence of an English paragraph (…the riverbank. Photo by Ann Green). */
export interface SentenceCredit extends Credit {
  text: string
}

/** Finds a byline or photo credit printed after the last English sentence of a paragraph. */
export function readSentenceCredit(paragraph: string): SentenceCredit | null {
  const from = Math.max(0, paragraph.length - TAIL)
  let cut = -1
  for (const match of paragraph.slice(from).matchAll(LATIN_STOP))
    cut = from + match.index + match[0].length
  if (cut <= 0) return null
  const credit = readCredit(paragraph.slice(cut))
  return credit ? { ...credit, text: paragraph.slice(0, cut).trimEnd() } : null
}
