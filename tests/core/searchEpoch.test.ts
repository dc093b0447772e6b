import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { LIBRARY_FILE } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import type { UndoTicket } from '../../src/shared/annotations'
import { spanOf, storyTitled, useSeededLibrary } from './libraryFixture'

// Search's caches (the stories it verified, what filters keep) are stamped with a count of the
// changes to what search reads (src/main/core/db/searchEpoch.ts). Writes that cannot change an
// answer must leave the count alone, and every change that can must move it, or search would
// answer from stale text or facts.

const fixture = useSeededLibrary()
const ids = (hits: Array<{ id: string }>) => hits.map((hit) => hit.id).sort()

const epochOf = (): number => {
  const db = new BetterSqlite3(join(fixture.dir(), 'library', LIBRARY_FILE), { readonly: true })
  try {
    return db.prepare<[], number>('SELECT n FROM search_epoch').pluck().get()!
  } finally {
    db.close()
  }
}

/** Runs `change`, expects the count to move, and returns what `query` then finds. */
const afterChange = (library: Library, change: () => void, query: string): string[] => {
  const before = epochOf()
  change()
  expect(epochOf()).toBeGreaterThan(before)
  return ids(library.search(query, { limit: 1000 }))
}

describe('the change count behind search’s caches', () => {
  it('stays put for a reading position, a story opened and the reader’s settings', () => {
    const library = fixture.library()
    const story = storyTitled(library, '送温暖活动')
    // The caches are filled, as a reader's search fills them.
    expect(ids(library.search('送温暖'))).toContain(story.id)
    const before = epochOf()
    library.saveProgress(story.id, 0.4)
    library.markOpened(story.id)
    library.saveProgress(story.id, 0.8)
    library.updateSettings({ fontSize: 19 })
    expect(epochOf()).toBe(before)
    expect(ids(library.search('送温暖'))).toContain(story.id)
  })

  it('moves with every change search can see, and search answers from the change at once', () => {
    const library = fixture.library()
    const story = storyTitled(library, '送温暖活动')
    const other = storyTitled(library, '困难职工帮扶民生工程')
    library.search('tag:冬日 is:read is:favorite has:highlight has:note in:精选 送温暖')

    expect(afterChange(library, () => library.addTags([story.id], ['冬日']), 'tag:冬日')).toEqual([
      story.id,
    ])
    expect(afterChange(library, () => library.setRead(story.id, true), 'is:read')).toContain(
      story.id,
    )
    expect(afterChange(library, () => library.setRead(story.id, false), 'is:read')).not.toContain(
      story.id,
    )
    expect(afterChange(library, () => library.setFavorite(other.id, true), 'is:favorite')).toEqual([
      other.id,
    ])
    const span = spanOf(other.body, '困难职工')
    expect(
      afterChange(
        library,
        () => library.createHighlight(other.id, { ...span, color: 'green' }),
        'color:green',
      ),
    ).toEqual([other.id])
    expect(afterChange(library, () => library.saveNote(story.id, '值得再读'), '值得再读')).toEqual([
      story.id,
    ])
    const collection = library.createCollection('精选')
    expect(
      afterChange(library, () => library.addToCollection(collection.id, [other.id]), 'in:精选'),
    ).toEqual([other.id])
    expect(
      afterChange(library, () => library.setTitle(story.id, '玫瑰港湾纪事'), '玫瑰港湾'),
    ).toEqual([story.id])
    let ticket: UndoTicket | null = null
    expect(afterChange(library, () => (ticket = library.deleteStory(other.id)), 'in:精选')).toEqual(
      [],
    )
    expect(afterChange(library, () => library.undo(ticket!.id), 'in:精选')).toEqual([other.id])
  })
})
