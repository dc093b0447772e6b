import type { StoryId } from '../../../shared/ids'
import type { Repos } from '../db/createRepos'
import { LibraryError } from '../errors/LibraryError'

/** Throws NOT_FOUND unless every story exists. */
export function requireStories(repos: Repos, ids: StoryId[]): void {
  for (const id of ids) {
    if (!repos.stories.exists(id)) throw new LibraryError('NOT_FOUND', `no story with id ${id}`)
  }
}

/** Returns the value, or throws NOT_FOUND naming what was looked for. */
export function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new LibraryError('NOT_FOUND', `no ${what}`)
  return value
}
