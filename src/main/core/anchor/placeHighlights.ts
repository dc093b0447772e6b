import type { StoryId } from '../../../shared/ids'
import type { Repos } from '../db/createRepos'
import type { HighlightRecord } from '../db/highlightsRepo'
import { describeSpan } from './describeSpan'
import { reanchor, type Placement } from './reanchor'

/** A story a highlight may land in. */
export interface AnchorTarget {
  id: StoryId
  body: string
  position: number
}

/** How many highlights found their text again, and how many are now orphans. */
export interface PlacementCounts {
  reanchored: number
  orphaned: number
}

/**
 * Places highlights in their stories' new text: first their own story, then any story of the
 * page (text moved by a re-split). One that fits nowhere stays, as an orphan, on its own story
 * or, when that is gone, on the story nearest to where it was: never dropped.
 */
export function placeHighlights(
  repos: Repos,
  highlights: HighlightRecord[],
  targets: AnchorTarget[],
  oldPositions: Map<StoryId, number>,
  updatedAt: string,
): PlacementCounts {
  const counts: PlacementCounts = { reanchored: 0, orphaned: 0 }
  const byId = new Map(targets.map((target) => [target.id, target]))
  for (const highlight of highlights) {
    const own = byId.get(highlight.storyId)
    const ordered = own ? [own, ...targets.filter((t) => t !== own)] : targets
    let best: { target: AnchorTarget; placement: Placement } | null = null
    for (const target of ordered) {
      const placement = reanchor(target.body, highlight)
      if (placement && (!best || placement.errors < best.placement.errors))
        best = { target, placement }
      if (best?.placement.errors === 0) break
    }
    if (best) {
      const { start, end } = best.placement.position
      repos.highlights.update({
        ...highlight,
        ...describeSpan(best.target.body, start, end),
        storyId: best.target.id,
        isOrphan: false,
        updatedAt:
          highlight.storyId === best.target.id && start === highlight.position.start
            ? highlight.updatedAt
            : updatedAt,
      })
      counts.reanchored++
      continue
    }
    const was = oldPositions.get(highlight.storyId) ?? 0
    const home = own ?? nearest(targets, was)
    if (!home) continue
    repos.highlights.update({ ...highlight, storyId: home.id, isOrphan: true, updatedAt })
    counts.orphaned++
  }
  return counts
}

/** The target whose position is closest to `position`. */
export const nearest = (targets: AnchorTarget[], position: number): AnchorTarget | undefined =>
  targets.reduce<AnchorTarget | undefined>(
    (best, target) =>
      !best || Math.abs(target.position - position) < Math.abs(best.position - position)
        ? target
        : best,
    undefined,
  )
