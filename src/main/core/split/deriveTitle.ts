import { hasCjk } from '../../../shared/text/cjk'
import { visualWidth } from '../text/chars'

const DATELINE =
  /^(?:[\u4e00-\u9fff]{2,8}讯(?:[（(][^）)]{0,20}[）)])?|[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Za-z. ]{2,20})?\s+[—–])\s*/
const MAX_CJK = 30
const MAX_LATIN = 80
const MIN = 8

/** Cuts text to `max` (visual width), preferring the last clause or word boundary. */
function cut(text: string, max: number, boundary: RegExp): string {
  let end = 0
  let width = 0
  for (const ch of text) {
    width += visualWidth(ch)
    if (width > max) break
    end += ch.length
  }
  if (end >= text.length) return text
  const head = text.slice(0, end)
  let best = -1
  for (const match of head.matchAll(boundary))
    if (visualWidth(head.slice(0, match.index)) >= MIN) best = match.index
  return best > 0 ? head.slice(0, best).trim() : `${head.trim()}…`
}

/**
 * A title for a story printed without a headline: its first sentence without the dateline,
 * without a short opening clause of time or place (近日，12月20日上午，), trimmed to ~30
 * characters at a clause boundary.
 */
export function deriveTitle(body: string): string {
  let text = body.split('\n', 1)[0].replace(DATELINE, '').trim()
  const isCjk = hasCjk(text)
  const sentence = isCjk
    ? /^[^。！？!?]*/.exec(text)?.[0]
    : /^.*?(?:[.!?](?=\s|$)|$)/.exec(text)?.[0]
  text = (sentence || text).replace(/[.!?]$/, '').trim()
  const opening = /^[^，,：:]{1,10}[，,]\s*/.exec(text)
  if (isCjk && opening && visualWidth(text.slice(opening[0].length)) >= MIN)
    text = text.slice(opening[0].length)
  return isCjk ? cut(text, MAX_CJK, /[，,；;：:、]/g) : cut(text, MAX_LATIN / 2, /[,;:]?\s/g)
}
