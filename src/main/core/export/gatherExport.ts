import { HIGHLIGHT_COLORS } from '../../../shared/annotations'
import type { ExportProgress, ExportRequest, ExportScope } from '../../../shared/exports'
import type { StoryId } from '../../../shared/ids'
import { LibraryError } from '../errors/LibraryError'
import type { Library } from '../library/types'
import type { ExportBundle, ExportHighlight, ExportStory } from './exportBundle'

// Search answers at most this many hits a page.
const SEARCH_PAGE = 500

const searchIds = (library: Library, text: string): StoryId[] => {
  const ids: StoryId[] = []
  for (let offset = 0; ; offset += SEARCH_PAGE) {
    const page = library.searchPage(text, { offset, limit: SEARCH_PAGE })
    ids.push(...page.hits.map((hit) => hit.id))
    if (page.hits.length < SEARCH_PAGE || ids.length >= page.total) return ids
  }
}

/** What an export of `scope` is called: the collection's or tag's name, the query, or "Inkstone". */
export function scopeTitle(library: Library, scope: ExportScope): string {
  switch (scope.kind) {
    case 'collection': {
      const collection = library.listCollections().find((c) => c.id === scope.id)
      if (!collection) throw new LibraryError('NOT_FOUND', `no collection ${scope.id}`)
      return collection.name
    }
    case 'tag': {
      const tag = library.listTags().find((t) => t.id === scope.id)
      if (!tag) throw new LibraryError('NOT_FOUND', `no tag ${scope.id}`)
      return tag.name
    }
    case 'query':
      return scope.text
    case 'stories':
    case 'all':
      return 'Inkstone'
  }
}

/** The ids a scope holds, in the order the reader sees them there. */
const scopeIds = (library: Library, scope: ExportScope): StoryId[] => {
  switch (scope.kind) {
    case 'collection':
      return library.listStoryIds({ collectionId: scope.id })
    case 'tag':
      return library.listStoryIds({ tagId: scope.id })
    case 'query':
      return searchIds(library, scope.text)
    case 'stories':
      return [...new Set(scope.ids)]
    case 'all':
      return library.listStoryIds({})
  }
}

/** Options of an export: the clock, and progress per story read (long exports show a bar). */
export interface GatherOptions {
  now?: () => Date
  onProgress?: (progress: ExportProgress) => void
}

// Progress is reported every this many stories, and at the end.
const PROGRESS_EVERY = 50

/**
 * Reads everything an export writes: the scope's stories in order, each with its page, its
 * highlights (text order, orphans last) with the reader's colour names, its note and the
 * names of its collections. Unknown story ids are left out.
 */
export function gatherExport(
  library: Library,
  request: ExportRequest,
  now: () => Date = () => new Date(),
  onProgress?: (progress: ExportProgress) => void,
): ExportBundle {
  const title = scopeTitle(library, request.scope)
  const ids = scopeIds(library, request.scope)
  const settings = library.getSettings()
  const colorName = (color: (typeof HIGHLIGHT_COLORS)[number]): string =>
    settings.highlightColorNames[color]?.trim() || color
  const sources = new Map(library.listSources().map((source) => [source.id, source]))
  const collections = new Map(library.listCollections().map((c) => [c.id, c.name]))
  const stories: ExportStory[] = []
  for (const [index, id] of ids.entries()) {
    if (index % PROGRESS_EVERY === 0) onProgress?.({ done: index, total: ids.length })
    const story = library.getStory(id)
    if (!story) continue
    const highlights: ExportHighlight[] = library
      .listHighlights({ storyId: id })
      .map((highlight) => ({ ...highlight, colorName: colorName(highlight.color) }))
      .sort((a, b) => Number(a.isOrphan) - Number(b.isOrphan))
    stories.push({
      story,
      source: sources.get(story.sourceId) ?? null,
      highlights,
      note: story.hasNote ? library.getNote(id) : null,
      collections: story.collectionIds.flatMap((cid) => collections.get(cid) ?? []),
    })
  }
  onProgress?.({ done: ids.length, total: ids.length })
  return {
    title,
    scope: request.scope,
    exportedAt: now().toISOString(),
    isHighlightsOnly: request.isHighlightsOnly,
    stories,
  }
}
