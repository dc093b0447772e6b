import { isOrgOnly, isSubtitle } from '../text/headingCues'
import type { Line } from '../text/readLines'
import type { Draft } from './draft'
import { indexTerms, overlapScores, terms, type TermIndex } from './overlapScore'
import { pushAll } from './pushAll'
import { NO_DEADLINE, type Deadline } from '../text/deadline'

// A stranded line goes back only to a story it shares enough rare terms with; below this it
// is dropped (it is never a story of its own).
const MIN_SCORE = 0.3
// A line printed right under a matched one needs less when it points at the same story (the
// second line of a headline often says what happened in words the body does not repeat), and
// so does a line that shares words with one story only.
const MIN_SURE_SCORE = 0.15

interface Unit {
  lines: Line[]
  target: number
  score: number
}

/**
 * Cuts a stranded run into headlines: lines printed together (no blank line between them, on a
 * run that sets its headlines apart with blank lines) stay together, and so does a kicker naming
 * an organisation with the line under it.
 */
function pieces(run: Line[]): Line[][] {
  const found: Line[][] = []
  const isSetApart = run.some((line, at) => at > 0 && line.blankBefore > 0)
  for (const line of run) {
    const last = found.at(-1)
    const isUnderKicker = last?.length === 1 && isOrgOnly(last[0].text) && !isSubtitle(line.text)
    const isPrintedWith = isSetApart && line.blankBefore === 0
    if (last && (isUnderKicker || isPrintedWith)) last.push(line)
    else found.push([line])
  }
  return found
}

/** The first document with the highest score, or null when none shares a term. */
function bestOf(scores: Map<number, number>): { target: number; score: number } | null {
  let best: { target: number; score: number } | null = null
  for (const [target, score] of scores) {
    const isBetter = !best || score > best.score || (score === best.score && target < best.target)
    if (isBetter) best = { target, score }
  }
  return best
}

/** Scores each piece against the stories; neighbouring pieces that point at one story join. */
function units(run: Line[], documents: TermIndex, deadline: Deadline): Unit[] {
  const found: Unit[] = []
  // Positions in the run, kept as we go: searching the run for each piece was quadratic.
  let next = 0
  let lastEnd = -1
  for (const piece of pieces(run)) {
    deadline.check()
    const start = next
    next += piece.length
    const scores = overlapScores(piece.map((line) => line.text).join(''), documents)
    const best = bestOf(scores)
    const last = found.at(-1)
    const isUnderLast = last !== undefined && lastEnd === start - 1 && last.target === best?.target
    // So does a line whose words no other story shares.
    const isSure = isUnderLast || scores.size === 1
    if (best === null || best.score < (isSure ? MIN_SURE_SCORE : MIN_SCORE)) continue
    if (last && isUnderLast) {
      pushAll(last.lines, piece)
      last.score = Math.max(last.score, best.score)
    } else found.push({ lines: [...piece], ...best })
    lastEnd = next - 1
  }
  return found
}

const draftText = (draft: Draft): string =>
  [...draft.headline, ...draft.paragraphs.flatMap((paragraph) => paragraph.lines)]
    .map((line) => line.text)
    .join('')

/**
 * Matches headline lines found away from their story (gathered at the page's end, or a
 * subtitle left above the next dateline) back to the story that shares their rare terms:
 * 马鞍山市总工会 / 305万元… goes to the story about 马鞍山 and 305.11万元. A main headline only
 * goes to a story printed without one; a subtitle may join any story. Unmatched lines are dropped.
 */
export function matchStranded(
  drafts: Draft[],
  stranded: Line[][],
  deadline: Deadline = NO_DEADLINE,
): void {
  if (drafts.length === 0 || stranded.length === 0) return
  const documents = indexTerms(drafts.map((draft) => terms(draftText(draft))))
  const all = stranded
    .flatMap((run) => units(run, documents, deadline))
    .sort((a, b) => b.score - a.score)
  for (const unit of all) {
    deadline.check()
    const draft = drafts[unit.target]
    const isSubtitleOnly = unit.lines.every((line) => isSubtitle(line.text))
    const hasMain = [...draft.headline, ...draft.strandedHeadline].some(
      (line) => !isSubtitle(line.text),
    )
    const hasSubtitle = [...draft.headline, ...draft.strandedHeadline].some((line) =>
      isSubtitle(line.text),
    )
    if (isSubtitleOnly ? hasSubtitle : hasMain) continue
    pushAll(draft.strandedHeadline, unit.lines)
    draft.strandedHeadline.sort((a, b) => a.index - b.index)
  }
}
