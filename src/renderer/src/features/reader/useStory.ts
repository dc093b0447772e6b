import { api } from '../../app/api'
import { useApiQuery } from '../../app/useApiQuery'
import type { QueryState } from '../../app/useApiQuery'
import type { StoryId } from '../../../../shared/ids'
import type { Story } from '../../../../shared/types'

/** One whole story (null when unknown); nothing is loaded while `id` is null. */
export const useStory = (id: StoryId | null): QueryState<Story | null> =>
  useApiQuery(id, () =>
    id === null ? Promise.resolve({ ok: true, value: null }) : api.storiesGet(id),
  )
