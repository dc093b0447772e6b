import { readCredit, readTrailingCredit } from '../text/bylineCues'
import { visualWidth } from '../text/chars'
import type { ArticleBlock } from './articleBlocks'
import { readEndCredit, readMetaLine, readSentenceCredit, type MetaLine } from './articleCues'
import { titleKey } from './pageTitle'

/** An article with the furniture around it taken off, and who it names. */
export interface TrimmedArticle {
  blocks: ArticleBlock[]
  /** Writers, editors and compilers named by the furniture lines taken off. */
  meta: MetaLine
  /** Bylines printed as credit lines (By Jane Doe, （张三）, 记者 张三), in page order. */
  credits: string[]
  /** True when a photo credit (摄, Photo by) was among them. */
  isPhotoCredited: boolean
}

// Furniture sits in the first and last few blocks; the body is never searched for it.
const EDGE = 6
// Widget and link-list labels printed around articles (分享到, 【纠错】, Share this, Related).
// Chinese labels run on into what they name (转播到腾讯微博); English ones end at a word's end.
const WIDGET =
  /^[[【(（]?\s*(?:(?:纠错|打印|关闭|分享到?|分享至|转播到|收藏|返回顶部|回到顶部|扫一扫|扫描二维码|更多精彩|精彩推荐|精彩视频推荐|热门推荐|猜你喜欢|相关阅读|相关新闻|相关文章|相关链接|相关报道|延伸阅读|推荐阅读|点击进入|点击查看|上一篇|下一篇)|(?:share(?: this| on)?|tweet|email|print|comments?|related(?: articles| stories| posts| content)?|read more|more from|more stories|you may also like|recommended|advertisement|sponsored)(?=$|[\s:：】\])）|｜])).{0,30}$/iu
const RELATED =
  /^(?:相关阅读|相关新闻|相关文章|相关链接|相关报道|延伸阅读|推荐阅读|热门推荐|猜你喜欢|更多精彩|精彩推荐|related(?: articles| stories| posts| content)?|read more|more from .{1,40}|more stories|you may also like|recommended(?: for you)?)\s*[:：]?$/iu
// A notice, not a sentence that mentions copyright: it opens with the mark or says the formula.
const COPYRIGHT =
  /^\s*(?:©|\(c\)|copyright\b)|版权所有|未经授权|不得转载|禁止转载|转载请注明|all rights reserved/iu
const MAX_WIDGET_WIDTH = 40
const MAX_NOTICE_WIDTH = 120
// Chinese news pages close an article with the editor's line ([责任编辑：X]) or a copyright
// notice; the few short lines after it are widgets (a poll, a share bar), never the article.
const TAIL_AFTER_MARK = 3
const MAX_TAIL_WIDTH = 60

const isLinkList = (block: ArticleBlock): boolean =>
  block.linkChars >= 0.5 * block.text.replace(/\s+/g, '').length

const emptyMeta = (): MetaLine => ({ authors: [], editors: [], compilers: [] })

function merge(into: MetaLine, from: MetaLine): void {
  into.authors.push(...from.authors)
  into.editors.push(...from.editors)
  into.compilers.push(...from.compilers)
}

const isNotice = (block: ArticleBlock): boolean =>
  block.level === null && visualWidth(block.text) <= MAX_NOTICE_WIDTH && COPYRIGHT.test(block.text)

/** True for a block that is furniture wherever it sits at an edge: widgets, notices. */
const isWidget = (block: ArticleBlock): boolean =>
  (visualWidth(block.text) <= MAX_WIDGET_WIDTH && WIDGET.test(block.text)) || isNotice(block)

/** Where the line closing an article sits (责任编辑, ©), only short lines after it; else -1. */
function closingMark(blocks: readonly ArticleBlock[], floor: number): number {
  const from = Math.max(floor, blocks.length - 1 - TAIL_AFTER_MARK)
  for (let at = blocks.length - 1; at >= from; at--) {
    const block = blocks[at]
    const isEditorLine = !block.isRow && (readMetaLine(block.text)?.editors.length ?? 0) > 0
    if (!isEditorLine && !isNotice(block)) continue
    if (blocks.slice(at + 1).every((after) => visualWidth(after.text) <= MAX_TAIL_WIDTH)) return at
  }
  return -1
}

/**
 * Where a trailing list of links starts: a "related" label (相关阅读, Related articles) after
 * which every block is a link or a short line; -1 when there is none.
 */
function relatedListStart(blocks: readonly ArticleBlock[]): number {
  for (let at = 1; at < blocks.length; at++) {
    if (!RELATED.test(blocks[at].text.trim())) continue
    const rest = blocks.slice(at + 1)
    if (rest.every((block) => isLinkList(block) || visualWidth(block.text) <= MAX_WIDGET_WIDTH))
      return at
  }
  return -1
}

/**
 * Takes page furniture off both ends of an article: the headline printed again, lines of
 * labelled fields and dates (来源, 作者, 责任编辑, 2017-03-10 09:30), credit lines, widget
 * labels and copyright notices, and a trailing "related" list of links. A credit in brackets
 * after the last sentence goes too (…杂志上。（编译/林靖东））. What they name is kept aside.
 */
export function trimArticle(blocks: readonly ArticleBlock[], title: string | null): TrimmedArticle {
  const meta = emptyMeta()
  const credits: string[] = []
  let isPhotoCredited = false
  const titleText = title ? titleKey(title) : null
  const take = (block: ArticleBlock, isTop: boolean): boolean => {
    if (isTop && titleText !== null && titleKey(block.text) === titleText) return true
    if (isWidget(block)) return true
    if (block.isRow) return false
    const line = readMetaLine(block.text)
    if (line) {
      merge(meta, line)
      return true
    }
    const credit = block.level === null ? readCredit(block.text) : null
    if (!credit) return false
    credits.push(credit.byline)
    isPhotoCredited ||= credit.isPhoto
    return true
  }
  let kept = [...blocks]
  const related = relatedListStart(kept)
  if (related >= 0) kept = kept.slice(0, related)
  // Above the first paragraph of prose, furniture may sit between headline, deck and picture
  // captions; below the last, it comes in a run.
  const dropped = new Set<number>()
  for (let at = 0; at < Math.min(EDGE, kept.length); at++) {
    if (take(kept[at], true)) dropped.add(at)
    else if (kept[at].level === null && visualWidth(kept[at].text) > MAX_WIDGET_WIDTH) break
  }
  const floor = dropped.size > 0 ? Math.max(...dropped) + 1 : 0
  const mark = closingMark(kept, floor)
  let end = mark >= 0 ? mark + 1 : kept.length
  while (end > floor && end > kept.length - EDGE - TAIL_AFTER_MARK && take(kept[end - 1], false))
    end--
  kept = kept.slice(0, end).filter((_, at) => !dropped.has(at))
  const last = kept.at(-1)
  if (last && last.level === null && !last.isRow) {
    const bracketed = readEndCredit(last.text)
    const trailing = bracketed
      ? null
      : (readTrailingCredit(last.text) ?? readSentenceCredit(last.text))
    if (bracketed) merge(meta, bracketed.meta)
    if (trailing) {
      credits.push(trailing.byline)
      isPhotoCredited ||= trailing.isPhoto
    }
    const text = bracketed?.text ?? trailing?.text
    if (text) kept[kept.length - 1] = { ...last, text }
  }
  return { blocks: kept, meta, credits, isPhotoCredited }
}

// Furniture lines around a headline: the date, source and writer lines printed above or under it.
const NEAR_HEADLINE = 4

/**
 * What the page's furniture says outside the article Readability picked: the writers named in
 * the lines printed around the headline (2024-05-12 来源：江城日报 作者：王晓明), which the
 * picked content often leaves out, and the editors named anywhere ([责任编辑:陈静]), who are
 * never the byline even when the page's metadata names them as its author.
 */
export function headlineMeta(blocks: readonly ArticleBlock[], title: string | null): MetaLine {
  const meta = emptyMeta()
  const key = title === null ? null : titleKey(title)
  const at = blocks.findIndex((block) => block.level !== null && titleKey(block.text) === key)
  blocks.forEach((block, index) => {
    const line = block.isRow ? null : readMetaLine(block.text)
    if (!line) return
    meta.editors.push(...line.editors)
    if (at >= 0 && index !== at && Math.abs(index - at) <= NEAR_HEADLINE) {
      meta.authors.push(...line.authors)
      meta.compilers.push(...line.compilers)
    }
  })
  return meta
}
