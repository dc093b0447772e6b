import fc from 'fast-check'
import type { Library } from '../../src/main/core/library/types'
import { hostileNumber, hostileString, hostileText } from './hostileValues'

/** The ids the library holds right now, re-read after every call (calls delete and create). */
export interface IdPool {
  stories: string[]
  sources: number[]
  tags: number[]
  tagNames: string[]
  collections: number[]
  highlights: string[]
  /** Undo ids seen in answers (the newest last). */
  undos: number[]
}

export const emptyPool = (): IdPool => ({
  stories: [],
  sources: [],
  tags: [],
  tagNames: [],
  collections: [],
  highlights: [],
  undos: [],
})

/** Reads the library's ids into `pool` (keeping the undo ids seen so far). */
export const refreshPool = (pool: IdPool, library: Library): void => {
  pool.stories = library.listStoryIds({})
  pool.sources = library.listSources().map((source) => source.id)
  const tags = library.listTags()
  pool.tags = tags.map((tag) => tag.id)
  pool.tagNames = tags.map((tag) => tag.name)
  pool.collections = library.listCollections().map((collection) => collection.id)
  pool.highlights = library.listHighlights({}).map((highlight) => highlight.id)
}

/** Remembers the undo ids an answer carries (a ticket, or an Undoable's ticket). */
export const noteUndoIds = (pool: IdPool, value: unknown): void => {
  const ticket =
    value && typeof value === 'object' && 'undo' in value
      ? (value as { undo: unknown }).undo
      : value
  if (ticket && typeof ticket === 'object' && 'action' in ticket && 'id' in ticket) {
    const id = (ticket as { id: unknown }).id
    if (typeof id === 'number') pool.undos = [...pool.undos.slice(-50), id]
  }
}

// A live id is picked when the answer is made (generation runs between calls), so it names
// what the library holds then; an empty list falls back to an id that names nothing.
const live = <T>(list: () => readonly T[], none: T): fc.Arbitrary<T> =>
  fc.nat().map((at) => {
    const ids = list()
    return ids.length === 0 ? none : ids[at % ids.length]
  })

const unknownNumericId = fc.oneof(
  fc.constantFrom(1, 2, 999_999, 2 ** 31 - 1, 2 ** 31, 2 ** 53 - 1),
  fc.integer({ min: 1, max: 10_000 }),
)
const unknownTextId = fc.oneof(
  fc.constantFrom('no-such-id', 'x', '0', "' OR 1=1 --", '%', '_', '*', 'null'),
  fc.string({ minLength: 1, maxLength: 200 }),
)

/** Id arbitraries over a pool: mostly live ids, some unknown, some not ids at all. */
export const poolIds = (pool: IdPool) => {
  const numeric = (list: () => number[]) =>
    fc.oneof(
      { arbitrary: live(list, 1), weight: 6 },
      { arbitrary: unknownNumericId, weight: 2 },
      { arbitrary: hostileNumber, weight: 1 },
    )
  const text = (list: () => string[]) =>
    fc.oneof(
      { arbitrary: live(list, 'gone'), weight: 6 },
      { arbitrary: unknownTextId, weight: 2 },
      { arbitrary: hostileString, weight: 1 },
    )
  const storyId = text(() => pool.stories)
  // In lists, ids that fit the schema: one bad id refuses the whole list before core.
  const listedStoryId = fc.oneof(
    { arbitrary: live(() => pool.stories, 'gone'), weight: 6 },
    { arbitrary: unknownTextId, weight: 1 },
  )
  return {
    storyId,
    sourceId: numeric(() => pool.sources),
    tagId: numeric(() => pool.tags),
    collectionId: numeric(() => pool.collections),
    highlightId: text(() => pool.highlights),
    undoId: numeric(() => pool.undos),
    /** An existing tag's name in another case, or a hostile name. */
    tagName: fc.oneof(
      { arbitrary: live(() => pool.tagNames, 'tag').map((name) => name.toUpperCase()), weight: 2 },
      { arbitrary: live(() => pool.tagNames, 'tag'), weight: 2 },
      { arbitrary: hostileText(20), weight: 3 },
      { arbitrary: hostileString, weight: 1 },
    ),
    /** Story id lists: short, duplicated, at the 500 and 100 000 limits, or empty. */
    storyIds: fc.oneof(
      { arbitrary: fc.array(listedStoryId, { minLength: 1, maxLength: 12 }), weight: 4 },
      { arbitrary: fc.array(storyId, { maxLength: 4 }), weight: 1 },
      {
        arbitrary: fc
          .tuple(listedStoryId, fc.constantFrom(2, 499, 500, 501, 5_000, 100_000, 100_001))
          .map(([id, length]) => Array.from({ length }, () => id)),
        weight: 1,
      },
      {
        arbitrary: fc.constant(null).map(() => [...pool.stories, ...pool.stories]),
        weight: 1,
      },
    ),
  }
}

/** The id arbitraries of one pool. */
export type PoolIds = ReturnType<typeof poolIds>
