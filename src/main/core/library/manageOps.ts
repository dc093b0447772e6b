import type { UndoTicket } from '../../../shared/annotations'
import type { SourceId, StoryId } from '../../../shared/ids'
import { pageName } from '../../../shared/pageName'
import { found } from '../annotations/requireExists'
import { recordUndo } from '../annotations/recordUndo'
import { openingOf } from '../corrections/storyText'
import { storyRowsRepo } from '../db/storyRowsRepo'
import { writeTransaction } from '../db/writeTransaction'
import { LibraryError } from '../errors/LibraryError'
import { derivePageTitle, firstHeadline } from '../split/derivePageTitle'
import type { LibraryContext } from './LibraryContext'

// A page name the reader types is one line of reasonable length.
const MAX_PAGE_NAME = 200

/** Deleting stories and pages and renaming pages, each undoable (core/library/manageOps.ts). */
export function manageOps({ repos, now, db, index }: LibraryContext) {
  const stories = storyRowsRepo(db)
  return {
    /**
     * Deletes a story with its highlights, note, tags, read state and places in collections;
     * the undo entry holds every one of those rows, so undo gives the story back whole. The
     * other stories of its page keep their places (a gap is left, which nothing relies on).
     * The deletion is kept as a correction of the page, so re-importing or re-splitting the
     * page leaves the story out; undo takes that correction away again.
     */
    deleteStory: (id: StoryId): UndoTicket => {
      const ticket = writeTransaction(db, () => {
        const story = found(repos.stories.get(id), 'storyNotFound', id)
        const restore = stories.rows(id)
        const deletion = {
          kind: 'delete' as const,
          storyOpening: openingOf(story.body),
          title: story.title,
        }
        const correction = repos.corrections.add(story.sourceId, deletion, now().toISOString())
        stories.remove(id)
        const action = { code: 'deleteStory' as const, params: { title: story.title } }
        const remove = [{ table: 'corrections' as const, keys: [{ id: correction }] }]
        return recordUndo(repos, now, action, { restore, remove })
      })
      index.remove([id])
      return ticket
    },

    /**
     * Deletes a page with its stories and everything the reader attached to them; the undo
     * entry holds every row of the page (its text too), so undo gives it back exactly.
     */
    deletePage: (id: SourceId): UndoTicket => {
      let gone: StoryId[] = []
      const ticket = writeTransaction(db, () => {
        const page = found(repos.sources.get(id), 'sourceNotFound', id)
        const restore = repos.pages.rows(id)
        gone = repos.stories.keysOfSource(id).map((story) => story.id)
        // Highlights and notes never cascade (see migration 3): they go here, kept in the undo.
        repos.pages.clearStories(id)
        repos.sources.remove(id)
        const action = {
          code: 'deletePage' as const,
          params: { name: pageName(page), count: page.storyCount },
        }
        return recordUndo(repos, now, action, { restore, remove: [] })
      })
      index.remove(gone)
      return ticket
    },

    /**
     * Gives a page a name of the reader's own; an empty name goes back to the page's own name.
     * The name is kept apart from the file's, so re-importing the file keeps it.
     */
    renamePage: (id: SourceId, name: string): UndoTicket =>
      writeTransaction(db, () => {
        const page = found(repos.sources.get(id), 'sourceNotFound', id)
        const next = name.replace(/\s+/g, ' ').trim().slice(0, MAX_PAGE_NAME) || null
        if (next === null && page.customName === null) {
          throw new LibraryError('INVALID_ARGUMENT', 'a page name cannot be empty', {
            key: 'emptyPageName',
          })
        }
        const restore = [
          {
            table: 'page_names' as const,
            rows: repos.undo.snapshot('page_names', 'source_id = ?', id),
          },
        ]
        const remove = [{ table: 'page_names' as const, keys: [{ source_id: id }] }]
        repos.sources.setCustomName(id, next)
        const to = pageName({ ...page, customName: next })
        const action = { code: 'renamePage' as const, params: { from: pageName(page), to } }
        return recordUndo(repos, now, action, { restore, remove })
      }),

    /**
     * Derives the names of pages stored before pages were named (from their stored text);
     * cheap when there are none. Never throws: a page left unnamed shows its file name.
     */
    namePages: (): number => {
      const ids = repos.sources.untitled()
      if (ids.length === 0) return 0
      writeTransaction(db, () => {
        for (const id of ids) {
          const page = repos.sources.get(id)
          const text = repos.sources.textOf(id)
          if (!page || text === null) continue
          const first = repos.sources.firstStory(id)
          const named = derivePageTitle(text, page.format, first ? firstHeadline([first]) : null)
          repos.sources.setTitle(id, named.title, named.date)
        }
      })
      return ids.length
    },
  }
}
