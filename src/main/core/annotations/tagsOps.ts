import {
  TAG_COLORS,
  type TagColor,
  type TagSummary,
  type UndoTicket,
} from '../../../shared/annotations'
import type { StoryId, TagId } from '../../../shared/ids'
import type { UndoAction } from '../../../shared/messages'
import { LibraryError } from '../errors/LibraryError'
import type { StoreContext } from '../db/StoreContext'
import { found, requireStories } from './requireExists'
import { recordUndo } from './recordUndo'
import { rowsWhere, trackUndo } from './trackUndo'
import { writeTransaction } from '../db/writeTransaction'

const collator = new Intl.Collator('zh')

/** Tag names as typed: trimmed, inner whitespace collapsed, empty ones and repeats dropped. */
export const cleanTagNames = (names: string[]): string[] => {
  const seen = new Set<string>()
  const clean: string[] = []
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ')
    if (name.length === 0 || seen.has(name.toLowerCase())) continue
    seen.add(name.toLowerCase())
    clean.push(name)
  }
  return clean
}

const OF_STORIES = 'story_id IN (SELECT value FROM json_each(?))'

/** Tag operations: create on first use, assign, rename, recolour, merge, delete (undoable). */
export function tagsOps(context: StoreContext) {
  const { repos, now, db } = context
  const ensureTags = (names: string[]): TagId[] =>
    cleanTagNames(names).map((name) => {
      const existing = repos.tags.byName(name)
      if (existing) return existing.id
      const color: TagColor = TAG_COLORS[repos.tags.count() % TAG_COLORS.length]
      return repos.tags.insert(name, color, now().toISOString())
    })

  const listTags = (): TagSummary[] =>
    repos.tags.summaries().sort((a, b) => collator.compare(a.name, b.name))

  const snapshotTag = (id: TagId) => [
    { table: 'tags' as const, rows: repos.undo.snapshot('tags', 'id = ?', id) },
    { table: 'story_tags' as const, rows: repos.undo.snapshot('story_tags', 'tag_id = ?', id) },
    {
      table: 'highlight_tags' as const,
      rows: repos.undo.snapshot('highlight_tags', 'tag_id = ?', id),
    },
  ]

  return {
    ensureTags,
    listTags,
    // Lists may repeat ids (up to 100,000 from the page): each story is written once.
    addTags: (repeated: StoryId[], names: string[]): TagSummary[] => {
      const storyIds = [...new Set(repeated)]
      return writeTransaction(db, () =>
        trackUndo(
          context,
          [rowsWhere('tags', '1'), rowsWhere('story_tags', OF_STORIES, JSON.stringify(storyIds))],
          () => ({ code: 'addTags', params: { names: cleanTagNames(names) } }),
          () => {
            requireStories(repos, storyIds)
            const tagIds = ensureTags(names)
            if (tagIds.length === 0) {
              throw new LibraryError('INVALID_ARGUMENT', 'no tag name given', {
                key: 'noTagName',
              })
            }
            const at = now().toISOString()
            for (const storyId of storyIds)
              for (const tagId of tagIds) repos.tags.tagStory(storyId, tagId, at)
            return listTags()
          },
        ),
      )
    },
    removeTags: (repeated: StoryId[], tagIds: TagId[]): void => {
      const storyIds = [...new Set(repeated)]
      return writeTransaction(db, () => {
        const names = tagIds.map((id) => repos.tags.byId(id)?.name ?? String(id))
        trackUndo(
          context,
          [rowsWhere('story_tags', OF_STORIES, JSON.stringify(storyIds))],
          () => ({ code: 'removeTags', params: { names } }),
          () => {
            for (const storyId of storyIds)
              for (const tagId of tagIds) repos.tags.untagStory(storyId, tagId)
          },
        )
      })
    },
    updateTag: (id: TagId, patch: { name?: string; color?: TagColor }): UndoTicket =>
      writeTransaction(db, () => {
        const tag = found(repos.tags.byId(id), 'tagNotFound', id)
        const name = patch.name === undefined ? tag.name : cleanTagNames([patch.name])[0]
        if (!name) {
          throw new LibraryError('INVALID_ARGUMENT', 'a tag needs a name', { key: 'emptyTagName' })
        }
        const other = repos.tags.byName(name)
        if (other && other.id !== id) {
          throw new LibraryError(
            'CONFLICT',
            `a tag named “${other.name}” already exists; merge instead`,
            { key: 'tagNameTaken', params: { name: other.name } },
          )
        }
        const restore = [
          { table: 'tags' as const, rows: repos.undo.snapshot('tags', 'id = ?', id) },
        ]
        repos.tags.update(id, name, patch.color ?? tag.color)
        const action: UndoAction =
          name === tag.name
            ? { code: 'recolorTag', params: { name } }
            : { code: 'renameTag', params: { from: tag.name, to: name } }
        return recordUndo(repos, now, action, { restore, remove: [] })
      }),
    mergeTags: (fromIds: TagId[], intoId: TagId): UndoTicket =>
      writeTransaction(db, () => {
        const into = found(repos.tags.byId(intoId), 'tagNotFound', intoId)
        const sources = fromIds
          .filter((id) => id !== intoId)
          .map((id) => found(repos.tags.byId(id), 'tagNotFound', id))
        const restore = sources.flatMap((tag) => snapshotTag(tag.id))
        const before = {
          stories: new Set(
            repos.undo.snapshot('story_tags', 'tag_id = ?', intoId).map((r) => r.story_id),
          ),
          highlights: new Set(
            repos.undo.snapshot('highlight_tags', 'tag_id = ?', intoId).map((r) => r.highlight_id),
          ),
        }
        const at = now().toISOString()
        const addedStories = new Set<unknown>()
        const addedHighlights = new Set<unknown>()
        for (const { table, rows } of restore) {
          for (const row of rows) {
            if (table === 'story_tags' && !before.stories.has(row.story_id))
              addedStories.add(row.story_id)
            if (table === 'highlight_tags' && !before.highlights.has(row.highlight_id))
              addedHighlights.add(row.highlight_id)
          }
        }
        db.prepare(
          'INSERT OR IGNORE INTO story_tags (story_id, tag_id, created_at) SELECT story_id, ?, ? FROM story_tags WHERE tag_id IN (SELECT value FROM json_each(?))',
        ).run(intoId, at, JSON.stringify(sources.map((t) => t.id)))
        db.prepare(
          'INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) SELECT highlight_id, ? FROM highlight_tags WHERE tag_id IN (SELECT value FROM json_each(?))',
        ).run(intoId, JSON.stringify(sources.map((t) => t.id)))
        for (const tag of sources) repos.tags.remove(tag.id)
        const remove = [
          {
            table: 'story_tags' as const,
            keys: [...addedStories].map((story_id) => ({ story_id, tag_id: intoId })),
          },
          {
            table: 'highlight_tags' as const,
            keys: [...addedHighlights].map((highlight_id) => ({ highlight_id, tag_id: intoId })),
          },
        ]
        const action: UndoAction = {
          code: 'mergeTags',
          params: { names: sources.map((tag) => tag.name), into: into.name },
        }
        return recordUndo(repos, now, action, { restore, remove })
      }),
    deleteTag: (id: TagId): UndoTicket =>
      writeTransaction(db, () => {
        const tag = found(repos.tags.byId(id), 'tagNotFound', id)
        const restore = snapshotTag(id)
        repos.tags.remove(id)
        const action: UndoAction = { code: 'deleteTag', params: { name: tag.name } }
        return recordUndo(repos, now, action, { restore, remove: [] })
      }),
  }
}
