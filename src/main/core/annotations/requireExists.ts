import type { StoryId } from '../../../shared/ids'
import type { Repos } from '../db/createRepos'
import type { ErrorDetailKey } from '../../../shared/messages'
import { LibraryError } from '../errors/LibraryError'

/** Throws NOT_FOUND unless every story exists. */
export function requireStories(repos: Repos, ids: StoryId[]): void {
  for (const id of ids) {
    if (!repos.stories.exists(id)) {
      throw new LibraryError('NOT_FOUND', `no story with id ${id}`, {
        key: 'storyNotFound',
        params: { id },
      })
    }
  }
}

const WHAT: Partial<Record<ErrorDetailKey, string>> = {
  storyNotFound: 'story',
  sourceNotFound: 'source',
  tagNotFound: 'tag',
  highlightNotFound: 'highlight',
  collectionNotFound: 'collection',
}

/** Returns the value, or throws NOT_FOUND with the detail naming what was looked for. */
export function found<T>(value: T | null | undefined, key: ErrorDetailKey, id: string | number): T {
  if (value === null || value === undefined) {
    throw new LibraryError('NOT_FOUND', `no ${WHAT[key] ?? 'such thing'} with id ${id}`, {
      key,
      params: { id },
    })
  }
  return value
}
