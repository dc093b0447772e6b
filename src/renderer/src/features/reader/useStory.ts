import { api } from '../../data/api'
import type { QueryDef } from '../../data/queryCache'
import { useQuery } from '../../data/useQuery'
import type { QueryState } from '../../data/useQuery'
import type { StoryId } from '../../../../shared/ids'
import type { Story } from '../../../../shared/types'

/** The request for one story, shared with the prefetch when a story is opened. */
export const storyQuery = (id: StoryId): QueryDef<Story | null> => ({
  key: `story:${id}`,
  topics: ['story'],
  load: () => api.storiesGet(id),
})

/** One whole story (null when unknown); nothing is loaded while `id` is null. */
export const useStory = (id: StoryId | null): QueryState<Story | null> =>
  useQuery(id === null ? null : storyQuery(id).key, ['story'], () =>
    id === null ? Promise.resolve({ ok: true, value: null }) : storyQuery(id).load(),
  )
