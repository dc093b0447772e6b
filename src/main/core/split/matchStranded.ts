import { isOrgOnly, isSubtitle } from '../text/headingCues'
import type { Line } from '../text/readLines'
import type { Draft } from './draft'
import { overlapScores, terms } from './overlapScore'

// A stranded line goes back only to a story it shares enough rare terms with; below this it
// is dropped (it is never a story of its own).
const MIN_SCORE = 0.3

interface Unit {
  lines: Line[]
  target: number
  score: number
}

/** Cuts a stranded run into lines, keeping a kicker naming an organisation with the line under it. */
function pieces(run: Line[]): Line[][] {
  const found: Line[][] = []
  for (const line of run) {
    const last = found.at(-1)
    const isUnderKicker = last?.length === 1 && isOrgOnly(last[0].text) && !isSubtitle(line.text)
    if (last && isUnderKicker) last.push(line)
    else found.push([line])
  }
  return found
}

/** Scores each piece against the stories; neighbouring pieces that point at one story join. */
function units(run: Line[], documents: Set<string>[]): Unit[] {
  const found: Unit[] = []
  for (const piece of pieces(run)) {
    const scores = overlapScores(piece.map((line) => line.text).join(''), documents)
    const best = scores.indexOf(Math.max(...scores))
    if (scores[best] < MIN_SCORE) continue
    const last = found.at(-1)
    const isNeighbour = last && run.indexOf(last.lines.at(-1) as Line) === run.indexOf(piece[0]) - 1
    if (last && isNeighbour && last.target === best) {
      last.lines.push(...piece)
      last.score = Math.max(last.score, scores[best])
    } else found.push({ lines: [...piece], target: best, score: scores[best] })
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
export function matchStranded(drafts: Draft[], stranded: Line[][]): void {
  if (drafts.length === 0) return
  const documents = drafts.map((draft) => terms(draftText(draft)))
  const all = stranded.flatMap((run) => units(run, documents)).sort((a, b) => b.score - a.score)
  for (const unit of all) {
    const draft = drafts[unit.target]
    const isSubtitleOnly = unit.lines.every((line) => isSubtitle(line.text))
    const hasMain = [...draft.headline, ...draft.strandedHeadline].some(
      (line) => !isSubtitle(line.text),
    )
    const hasSubtitle = [...draft.headline, ...draft.strandedHeadline].some((line) =>
      isSubtitle(line.text),
    )
    if (isSubtitleOnly ? hasSubtitle : hasMain) continue
    draft.strandedHeadline.push(...unit.lines)
    draft.strandedHeadline.sort((a, b) => a.index - b.index)
  }
}
