import type { SourceId } from '../../src/shared/ids'
import type { Library } from '../../src/main/core/library/types'

/**
 * Everything the reader sees of one page: the page, its stories (text, read state, tags,
 * collections), their notes, and its highlights with their positions, notes and tags.
 */
export const pageState = (library: Library, sourceId: SourceId) => {
  const stories = library.listStories({ sourceId }).map((summary) => library.getStory(summary.id)!)
  return {
    source: library.listSources().find((source) => source.id === sourceId),
    stories,
    notes: stories.map((story) => library.getNote(story.id)),
    highlights: library.listHighlights({ sourceId }).sort((a, b) => a.id.localeCompare(b.id)),
  }
}
