import type { Result } from '../../../../shared/contract'
import type { ExportScope } from '../../../../shared/exports'
import type { StoryId } from '../../../../shared/ids'
import { api } from '../../data/api'
import { useQuery, type QueryState } from '../../data/useQuery'

/** How much a scope holds: its stories, and its highlights when cheap to count. */
export interface ScopeSize {
  stories: number
  /** Null when counting would mean reading more than one page of summaries. */
  highlights: number | null
  /** The story's headline, for a scope of exactly one story. */
  title: string | null
}

// stories:summaries answers at most this many at once; past it the count of highlights is left out.
const SUMMARY_PAGE = 500

const storyIdsOf = async (
  scope: ExportScope,
): Promise<Result<{ ids: StoryId[]; total: number }>> => {
  const listed = (result: Result<StoryId[]>) =>
    result.ok
      ? { ok: true as const, value: { ids: result.value, total: result.value.length } }
      : result
  switch (scope.kind) {
    case 'collection':
      return listed(await api.storiesIds({ collectionId: scope.id }))
    case 'tag':
      return listed(await api.storiesIds({ tagId: scope.id }))
    case 'all':
      return listed(await api.storiesIds({}))
    case 'stories':
      return { ok: true, value: { ids: scope.ids, total: scope.ids.length } }
    case 'query': {
      const page = await api.searchQuery(scope.text, { limit: SUMMARY_PAGE })
      if (!page.ok) return page
      return {
        ok: true,
        value: { ids: page.value.hits.map((hit) => hit.id), total: page.value.total },
      }
    }
  }
}

const loadSize = async (scope: ExportScope): Promise<Result<ScopeSize>> => {
  const listed = await storyIdsOf(scope)
  if (!listed.ok) return listed
  const { ids, total } = listed.value
  if (total > SUMMARY_PAGE || ids.length < total) {
    return { ok: true, value: { stories: total, highlights: null, title: null } }
  }
  const summaries =
    ids.length === 0 ? { ok: true as const, value: [] } : await api.storiesSummaries(ids)
  if (!summaries.ok) return summaries
  return {
    ok: true,
    value: {
      stories: total,
      highlights: summaries.value.reduce((sum, story) => sum + story.highlightCount, 0),
      title: summaries.value.length === 1 ? summaries.value[0].title : null,
    },
  }
}

/** What an export of `scope` would hold ("12 stories, 30 highlights"), kept fresh on changes. */
export const useScopeSize = (scope: ExportScope | null): QueryState<ScopeSize> =>
  useQuery(
    scope === null ? null : `export-size:${JSON.stringify(scope)}`,
    ['stories', 'storyRows', 'highlights', 'search'],
    () => loadSize(scope!),
  )
