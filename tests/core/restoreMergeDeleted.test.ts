import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import type { StoryId } from '../../src/shared/ids'
import { spanOf } from './libraryFixture'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let library: Library
beforeEach(() => {
  temp = tempDir('restore-deleted')
  library = openLibrary(join(temp.dir, 'library'))
  library.importPaths([SEED_DIR])
})
afterEach(() => {
  library.close()
  temp.remove()
})

/** The second story of a page with three or more, with a highlight, note, tag and collection. */
const annotatedStory = () => {
  const page = library.listSources().find((source) => source.storyCount >= 3)!
  const [before, story, after] = library.listStories({ sourceId: page.id, sort: 'position' })
  const body = library.getStory(story.id)!.body
  const quote = Array.from(body).slice(2, 10).join('')
  library.createHighlight(story.id, { ...spanOf(body, quote), color: 'green', tags: ['摘录'] })
  library.saveNote(story.id, '读后记')
  library.addTags([story.id], ['待核'])
  library.addToCollection(library.createCollection('周末读').id, [story.id])
  library.setFavorite(story.id, true)
  return { page, story, neighbours: [before.id, after.id] }
}

/** What the reader sees of a story: its tags, note, highlights, favourite, collections. */
const seen = (id: StoryId) => {
  const story = library.getStory(id)!
  return {
    tags: story.tags.map((tag) => tag.name),
    isFavorite: story.isFavorite,
    note: library.getNote(id)?.markdown ?? null,
    highlights: library.listHighlights({ storyId: id }).length,
    collections: library
      .listCollections()
      .filter((c) => library.listStoryIds({ collectionId: c.id }).includes(id)).length,
  }
}

describe('restore, merge: a story deleted since the backup', () => {
  it('stays deleted, and what was attached to it goes to no other story', () => {
    const { page, story, neighbours } = annotatedStory()
    const file = library.backup(join(temp.dir, 'before.inkstone-backup')).path
    library.deleteStory(story.id)
    const others = neighbours.map(seen)
    const ids = library.listStoryIds({ sourceId: page.id, sort: 'position' })

    const dry = library.restore(file, 'dryRun')
    const report = library.restore(file, 'merge')
    expect(dry).toEqual({ ...report, mode: 'dryRun' })
    expect(report.stories.added).toBe(0)
    expect(report.highlights.added).toBe(0)
    expect(report.notes.added).toBe(0)
    expect(library.getStory(story.id)).toBeNull()
    expect(library.listStoryIds({ sourceId: page.id, sort: 'position' })).toEqual(ids)
    expect(neighbours.map(seen)).toEqual(others)
    expect(library.listHighlights()).toEqual([])
    // The tag and collection themselves are the reader's too: they come back, empty.
    expect(library.listTags().map((tag) => tag.name)).toContain('待核')
    expect(library.listCollections()[0]).toMatchObject({ name: '周末读', storyCount: 0 })
  })

  it('comes back once the deletion is undone, and then takes the backup’s annotations', () => {
    const { story } = annotatedStory()
    const file = library.backup(join(temp.dir, 'before.inkstone-backup')).path
    library.deleteStory(story.id)
    library.undo()
    // What the backup holds and the library no longer does comes back to the story itself.
    library.deleteHighlight(library.listHighlights({ storyId: story.id })[0].id)
    library.removeTags(
      [story.id],
      library.getStory(story.id)!.tags.map((tag) => tag.id),
    )
    const report = library.restore(file, 'merge')
    expect(report.highlights.added).toBe(1)
    expect(seen(story.id)).toMatchObject({ tags: ['待核'], isFavorite: true, highlights: 1 })
  })
})
