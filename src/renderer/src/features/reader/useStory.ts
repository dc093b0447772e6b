import { api } from '../../data/api'
import { useQuery } from '../../data/useQuery'
import type { QueryState } from '../../data/useQuery'
import type { StoryId } from '../../../../shared/ids'
import type { Story } from '../../../../shared/types'

/** One whole story (null when unknown); nothing is loaded while `id` is null. */
export const useStory = (id: StoryId | null): QueryState<Story | null> =>
  useQuery(id === null ? null : `story:${id}`, ['story'], () =>
    id === null ? Promise.resolve({ ok: true, value: null }) : api.storiesGet(id),
  )
