import type { Database } from 'better-sqlite3'
import { asStoryId, type StoryId } from '../../../shared/ids'
import { buildSegment, type BuiltSegment, type DocTokens } from './postings/buildSegment'
import { evaluateQuery, type IndexQuery, type QueryHits } from './postings/evaluateQuery'
import type { LiveDocs } from './postings/segmentPostings'
import { rankHits } from './postings/rankHits'
import { searchIndexStorage, type SegmentRow } from './searchIndexStorage'
import { readSnapshot, writeTransaction } from './writeTransaction'
import { foldStory, type IndexedFields, type FoldedStory } from './searchFunctions'

/** How far indexing the queued stories has got. */
export interface SearchBuildState {
  /** Stories indexed since the queue was last empty. */
  done: number
  total: number
}

// Merging: segments whose story counts share a power of TIER_BASE form a tier; a tier of
// TIER_SIZE segments or more is merged into one, so every story is rewritten a few times at
// most and queries meet few segments. A merge makes no segment of more than MAX_MERGED
// stories (a segment of half that is left as it is): a merge holds its result in memory
// (about 7 MB a thousand stories), so this bounds it, and a library of 50,000 stories ends
// in a handful of segments. A segment with fewer than half its stories still live is
// rewritten alone to drop the dead ones.
const TIER_BASE = 4
const TIER_SIZE = 4
const MAX_MERGED = 12_000

const tierOf = (docs: number): number =>
  Math.floor(Math.log(Math.max(1, docs)) / Math.log(TIER_BASE))

/** The next merge to run, or null when the segments are as they should be. */
function nextMerge(rows: SegmentRow[]): SegmentRow[] | null {
  const empty = rows.find((row) => row.live === 0)
  if (empty) return [empty]
  const tiers = new Map<number, SegmentRow[]>()
  for (const row of rows) {
    if (row.live * 2 > MAX_MERGED) continue
    const tier = tierOf(row.live)
    tiers.set(tier, [...(tiers.get(tier) ?? []), row])
  }
  for (const tier of [...tiers.keys()].sort((a, b) => a - b)) {
    const members = tiers.get(tier)!
    if (members.length < TIER_SIZE) continue
    // As many of the tier as fit in one segment (at least two).
    const merge: SegmentRow[] = []
    let stories = 0
    for (const member of members) {
      if (merge.length >= 2 && stories + member.live > MAX_MERGED) break
      merge.push(member)
      stories += member.live
    }
    return merge
  }
  const wasted = rows.find((row) => row.live * 2 < row.docs)
  return wasted ? [wasted] : null
}

/**
 * SQL for the search index (searchSchema.ts: segments of postings in our own format) and its
 * queue (search_pending), which triggers on stories fill in the story's own transaction.
 */
export function searchIndexRepo(db: Database) {
  const storage = searchIndexStorage(db)
  const pendingCount = db.prepare<[], number>('SELECT count(*) FROM search_pending').pluck()
  const pendingIds = db
    .prepare<[], string>(
      'SELECT d.story_id FROM search_pending p JOIN story_docs d ON d.doc = p.doc ORDER BY p.doc',
    )
    .pluck()
  const nextDocs = db
    .prepare<[number], number>('SELECT doc FROM search_pending ORDER BY doc LIMIT ?')
    .pluck()
  // What the index holds for a story: the token streams of its headline and of its byline and
  // body, and its distinct CJK characters, worked out in JavaScript (foldStory).
  const fieldsOf = db.prepare<[number], IndexedFields>(`
    SELECT st.title, st.byline, st.body FROM story_docs d JOIN stories st ON st.id = d.story_id
    WHERE d.doc = ?`)
  const dequeue = db.prepare<[number]>('DELETE FROM search_pending WHERE doc = ?')
  const queuedDocOf = db
    .prepare<[string], number>(
      `SELECT p.doc FROM story_docs d JOIN search_pending p ON p.doc = d.doc WHERE d.story_id = ?`,
    )
    .pluck()
  const queueAll = db.prepare(
    'INSERT OR IGNORE INTO search_pending (doc) SELECT doc FROM story_docs',
  )
  const storyOfDoc = db
    .prepare<[number], string>('SELECT story_id FROM story_docs WHERE doc = ?')
    .pluck()
  // The size of the queue when it was last empty and began to fill, for progress.
  let queued = 0
  // The last query's answer, while the index stands: a count and then its page ask twice.
  let last: { key: string; live: LiveDocs; hits: QueryHits; ranked?: number[] } | null = null

  const pending = (): number => pendingCount.get() ?? 0
  const index = (stories: DocTokens[]): void => {
    if (stories.length === 0) return
    storage.writeSegment(buildSegment(stories))
    for (const { doc } of stories) dequeue.run(doc)
  }

  const hitsOf = (query: IndexQuery) => {
    const live = storage.live()
    const key = JSON.stringify(query)
    if (last === null || last.key !== key || last.live !== live) {
      last = { key, live, hits: evaluateQuery(storage.source, live, query) }
    }
    return last
  }
  const rankedDocs = (query: IndexQuery): number[] => {
    const answer = hitsOf(query)
    answer.ranked ??= rankHits(answer.hits, answer.live)
    return answer.ranked
  }
  const newestDocs = (query: IndexQuery): number[] => [...hitsOf(query).hits.docs].reverse()
  const storyIdsOf = (docs: number[]): StoryId[] =>
    docs.flatMap((doc) => {
      const id = storyOfDoc.get(doc)
      return id === undefined ? [] : [asStoryId(id)]
    })

  return {
    /** Stories queued for the index (new, changed, or there before the index existed). */
    pendingCount: pending,
    /** The queued stories' ids: search reads these from the store instead of the index. */
    pendingIds: (): StoryId[] => pendingIds.all().map(asStoryId),
    /** How far the queue has been worked through since it was last empty. */
    buildState: (): SearchBuildState => {
      const left = pending()
      queued = Math.max(queued, left)
      return { done: queued - left, total: queued }
    },
    /**
     * Indexes up to `size` queued stories as one segment (the caller holds a write
     * transaction); false when the queue was empty.
     */
    indexQueued: (size: number): boolean => {
      queued = Math.max(queued, pending())
      const docs = nextDocs.all(size)
      if (docs.length === 0) {
        queued = 0
        return false
      }
      const stories: DocTokens[] = []
      for (const doc of docs) {
        const fields = fieldsOf.get(doc)
        if (fields === undefined) dequeue.run(doc)
        else stories.push({ doc, tokens: foldStory(fields) })
      }
      index(stories)
      return true
    },
    /**
     * Indexes these stories now, with their tokens worked out by the caller (foldStory of
     * the fields it stored), if they are queued; the caller holds the write transaction that
     * stored them. An import thread indexes its own pages so, and nothing waits in the queue.
     */
    indexStories: (
      stories: ReadonlyArray<{ id: string; tokens: FoldedStory }>,
      prebuilt?: BuiltSegment,
    ): void => {
      const queuedStories: DocTokens[] = []
      for (const { id, tokens } of stories) {
        const doc = queuedDocOf.get(id)
        if (doc !== undefined) queuedStories.push({ doc, tokens })
      }
      // A segment built beforehand, numbered from 0 in this order, fits stories numbered one
      // after another (as a chunk's new stories are); otherwise it is built again here.
      const first = queuedStories[0]?.doc
      const fits =
        prebuilt !== undefined &&
        queuedStories.length === stories.length &&
        prebuilt.docs.length === stories.length &&
        queuedStories.every(({ doc }, at) => doc === first + at)
      if (!fits) {
        index(queuedStories)
        return
      }
      storage.writeSegment(prebuilt, first)
      for (const { doc } of queuedStories) dequeue.run(doc)
    },
    /**
     * Runs one merge of the index's segments (see nextMerge): read and merged on a snapshot,
     * then stored in a short write transaction, so other writers wait only for the storing;
     * false once there was nothing to merge. Fewer segments make every query cheaper. The
     * caller holds no transaction (or one it keeps for the whole step).
     */
    mergeStep: (): boolean => {
      const plan = readSnapshot(db, () => {
        const merge = nextMerge(storage.segments())
        if (merge === null) return null
        const isEmpty = merge.length === 1 && merge[0].live === 0
        return { merge, blocks: isEmpty ? null : storage.mergedBlocks(merge) }
      })
      if (plan === null) return false
      writeTransaction(db, () => {
        if (plan.blocks === null) storage.drop(plan.merge[0].seg)
        else storage.replaceSegments(plan.merge, plan.blocks)
      })
      return true
    },
    /** Empties the index and queues every story again (caller's transaction). */
    restart: (): void => {
      storage.clear()
      queueAll.run()
    },
    /** Stories matching a query. */
    count: (query: IndexQuery): number => hitsOf(query).hits.docs.length,
    /** Matching stories, best first (bm25), one page. */
    ranked: (query: IndexQuery, limit: number, offset = 0): StoryId[] =>
      storyIdsOf(rankedDocs(query).slice(offset, offset + limit)),
    /** Matching stories, the latest imported first. */
    newestFirst: (query: IndexQuery, limit: number, offset = 0): StoryId[] =>
      storyIdsOf(newestDocs(query).slice(offset, offset + limit)),
    /** ranked, as the stories' numbers in the index (story_docs.doc). */
    rankedDocs: (query: IndexQuery, limit: number, offset = 0): number[] =>
      rankedDocs(query).slice(offset, offset + limit),
    /** newestFirst, as the stories' numbers in the index. */
    newestDocs: (query: IndexQuery, limit: number, offset = 0): number[] =>
      newestDocs(query).slice(offset, offset + limit),
    /** The ids of stories by their numbers, in the same order (unknown numbers left out). */
    storyIdsOf,
  }
}

/** The search index repository's shape. */
export type SearchIndexRepo = ReturnType<typeof searchIndexRepo>
