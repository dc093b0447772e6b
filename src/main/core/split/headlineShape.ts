import { hasOrgName, isSubtitle } from '../text/headingCues'
import type { Paragraph } from '../text/buildParagraphs'
import type { Line } from '../text/readLines'
import { headlineRows } from './headlineRows'
import { pushAll } from './pushAll'

// Subheads of a feature are short (围绕产业强市 / 让职工建功立业, 坚持服务大局 激发职工干事热情);
// story headlines name who did what and run longer.
const SUBHEAD_WIDTH = 16

/** True when a group of headline lines looks like a subhead inside a story. */
export const isSubheadShaped = (lines: Line[]): boolean =>
  lines.every(
    (line) => !hasOrgName(line.text) && !isSubtitle(line.text) && line.width <= SUBHEAD_WIDTH,
  )

/**
 * True when headline lines read like a subhead of a feature rather than a story's headline:
 * short, or a phrase and its point split by a comma (为初心，他甘愿再当一回农民).
 */
export const isSubheadLike = (lines: Line[]): boolean =>
  isSubheadShaped(lines) ||
  lines.every((line) => !hasOrgName(line.text) && /^[^，,]{2,8}[，,][^，,]+$/.test(line.text))

/**
 * Splits a run of headline lines that stands over a body into the headline (at most a kicker
 * and a main line, plus subtitles, each maybe wrapped over several lines) and the lines above
 * it, which belong to some other story.
 * A run of subtitles alone has no main line and is stranded as a whole.
 */
export function splitHeadlineRun(run: Line[]): { headline: Line[]; stranded: Line[] } {
  const rows = headlineRows(run)
  const mains = rows.map((row, at) => (isSubtitle(row[0].text) ? -1 : at)).filter((at) => at >= 0)
  if (mains.length === 0) return { headline: [], stranded: run }
  const start = mains.length > 2 ? mains[mains.length - 2] : 0
  return { headline: rows.slice(start).flat(), stranded: rows.slice(0, start).flat() }
}

/**
 * True when more subheads of the same shape follow before anything that ends or starts a
 * story: a feature that goes on under subheads, even after a byline printed under its lead.
 */
export function isSubheadSeries(paragraphs: Paragraph[], from: number): boolean {
  for (let at = from; at < paragraphs.length; at++) {
    const paragraph = paragraphs[at]
    if (paragraph.role === 'label' || paragraph.role === 'credit') return false
    if (paragraph.role === 'body' && (paragraph.isDateline || paragraph.trailing)) return false
    if (paragraph.role === 'heading') {
      const group: Line[] = []
      while (paragraphs[at]?.role === 'heading') pushAll(group, paragraphs[at++].lines)
      return isSubheadShaped(group)
    }
  }
  return false
}
