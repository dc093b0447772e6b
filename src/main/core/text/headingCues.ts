import { hasCjk } from '../../../shared/text/cjk'
import { endsSentence, trimLine, visualWidth } from './chars'
import { readCredit } from './bylineCues'

// Column labels and page furniture seen on newsletter pages. The list is a hint; the shape
// test in isLabel (a very short standalone line) catches labels not listed here.
const LABELS = new Set(
  '新闻速递 工运潮汛 图说新闻 喜讯 要闻 简讯 快讯 短讯 本版导读 导读 图片新闻 一线传真 基层动态 工会动态 综合新闻 专题 特稿 时评 评论 编者按 图片报道 经验交流 基层传真 动态 资讯 广告 本期关注 头条 聚焦 热点 新闻 目录'.split(
    ' ',
  ),
)
// A pointer to where a story goes on or comes from: （上接第一版）, （下转第4版）, (转二版).
const PAGE_POINTER = /^[（(][^（）()]{0,4}[接转][^（）()]{0,6}版[）)]$/
const ORG =
  /(?:省|市|县|区|镇|乡|街道|社区|集团|公司|企业|矿|局|厂|院|校|中心|机关)(?:总)?工会|总工会|协会|联合会|委员会|政府|集团|公司|大学|学院|医院|银行/
const ORG_ONLY = /^[\u4e00-\u9fff]{1,12}(?:总工会|工会|委员会|协会|联合会|机关)$/
const DATELINE_CJK =
  /^(?:本报|本刊|本台|本网|[\u4e00-\u9fff]{1,8}?(?:报|刊|社|网|台|电))讯(?=[\s（(：:]|$)|^[\u4e00-\u9fff]{2,6}讯[\s（(]/
const DATELINE_LATIN = /^[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Za-z. ]{2,20})?\s+[—–]\s/
// Words that open a paragraph and never a headline.
const OPENERS =
  /^(?:据悉|据了解|据介绍|据统计|目前|同时|此外|另外|其中|近日|日前|近年来|今年以来|截至|随后|然而|但是|因此|所以|对此|为此)/
const DANGLING = /[的和与及或在对把将从向被给之而并且其、，,；;：:（(“《]$/

// Where the 讯 of a Chinese dateline sits at the latest (eight characters of agency, then 报/社...).
const LAST_XUN = 9

/** True for a body paragraph that opens with a dateline (本报讯, 本刊讯, 新华社讯, LONDON —). */
export function isDateline(text: string): boolean {
  // Asked of most lines: a Chinese dateline has 讯 near the start, a Latin one a capital first.
  const line = trimLine(text)
  if (line.lastIndexOf('讯', LAST_XUN) !== -1 && DATELINE_CJK.test(line)) return true
  const first = line.charCodeAt(0)
  return first >= 0x41 && first <= 0x5a && DATELINE_LATIN.test(line)
}

/** True when the text names an organisation (市总工会, 区工会, 协会, 公司...). */
export const hasOrgName = (text: string): boolean => ORG.test(text)

/** True for a line that is only an organisation's name: printed as a kicker over the headline. */
export const isOrgOnly = (text: string): boolean => ORG_ONLY.test(trimLine(text))

// Two phrases of Han text set apart by a space, the whole line: a headline's couplet
// (聚焦产业工人 打造技能强市); body text runs on in sentences with punctuation.
const COUPLET = /^[\u4e00-\u9fff“”]{4,14}[ \u3000][\u4e00-\u9fff“”]{4,14}$/

/** True for a line printed as a couplet of two phrases (谱写绿色盐城新篇章 书写工会工作新答卷). */
export const isCouplet = (text: string): boolean => COUPLET.test(trimLine(text))

/** True for a subtitle line (——追记…). */
export const isSubtitle = (text: string): boolean => /^[—–-]{2}/.test(trimLine(text))

/**
 * True for a column label or page furniture: a known label, a pointer to another page, or a
 * very short line of Han text standing alone between blank lines (a short line glued to others
 * is a wrapped fragment).
 */
export function isLabel(text: string, isAlone: boolean): boolean {
  const line = trimLine(text)
  if (LABELS.has(line) || PAGE_POINTER.test(line)) return true
  if (!isAlone) return false
  // An all-capitals line of a few words (NEWS IN BRIEF) is a section label in English pages.
  if (/^[A-Z][A-Z&'-]*(?: [A-Z&'-]+){0,2}$/.test(line)) return true
  return /^[\u4e00-\u9fff]{2,4}$/.test(line) && !hasOrgName(line) && readCredit(line) === null
}

const PAIRS = ['“”', '（）', '()', '《》', '「」', '『』', '【】']
// Each bracket's char code: +1 for an opening one, -1 for a closing one, on its pair's count.
const OPENING = new Map(PAIRS.map((pair, at) => [pair.charCodeAt(0), at]))
const CLOSING = new Map(PAIRS.map((pair, at) => [pair.charCodeAt(1), at]))
const pairCounts = new Int32Array(PAIRS.length)

/** True when every bracket and quote opened in the line is closed: one pass over the line. */
function isBalanced(text: string): boolean {
  pairCounts.fill(0)
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    const opened = OPENING.get(code)
    if (opened !== undefined) pairCounts[opened]++
    else {
      const closed = CLOSING.get(code)
      if (closed !== undefined) pairCounts[closed]--
    }
  }
  return pairCounts.every((count) => count === 0)
}

/**
 * True when a line could be a headline or subhead by its content alone: short, no sentence
 * inside or at its end (a question may end it), at most one clause comma, brackets and quotes closed, not a dateline,
 * not a credit, and not ending on a word that needs a continuation (的, 和, 、).
 */
export function isHeadingShaped(
  text: string,
  trimmedWidth?: number,
  isSentenceEnd?: boolean,
): boolean {
  // Called for every line of every page: a caller that has trimmed the line and measured it
  // passes the width (and whether it ends a sentence), and most body lines are ruled out by
  // their width alone.
  const line = trimmedWidth === undefined ? trimLine(text) : text
  const width = trimmedWidth ?? visualWidth(line)
  if (width > 48) return false
  const maxWidth = isSubtitle(line) ? 48 : hasCjk(line) ? 30 : 45
  if (width < 2 || width > maxWidth) return false
  // A feature may ask its question in the headline (怎么休才舒心？); a question someone asks
  // (记者：…？, “…？”) is a sentence.
  const isQuestion = /[？?]$/.test(line) && !/[：:“”"]/.test(line)
  const isSentence = isSentenceEnd ?? endsSentence(line)
  if ((isSentence && !isQuestion) || DANGLING.test(line) || OPENERS.test(line)) return false
  if (/[。！？!?]/.test(line.slice(0, -1)) || /\.\s/.test(line)) return false
  if ((line.match(/[，,；;]/g) ?? []).length > 1) return false
  if (!isBalanced(line)) return false
  return !isDateline(line) && readCredit(line) === null
}
