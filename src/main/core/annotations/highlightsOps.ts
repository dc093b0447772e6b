import type {
  Highlight,
  HighlightListItem,
  HighlightPatch,
  HighlightQuery,
  NewHighlight,
  TextPositionSelector,
  UndoTicket,
} from '../../../shared/annotations'
import type { HighlightId, StoryId } from '../../../shared/ids'
import { codePointText } from '../../../shared/text/codePoints'
import { describeSpan } from '../anchor/describeSpan'
import type { HighlightRecord } from '../db/highlightsRepo'
import { newHighlightId } from '../ids/newId'
import { LibraryError } from '../errors/LibraryError'
import type { StoreContext } from '../db/StoreContext'
import { foldText } from '../text/foldText'
import { found } from './requireExists'
import { recordUndo } from './recordUndo'
import { cleanTagNames } from './tagsOps'
import { rowsWhere, trackUndo, type UndoScope } from './trackUndo'
import { writeTransaction } from '../db/writeTransaction'

/** Highlight operations; `ensureTags` turns tag names into ids (created as needed). */
export function highlightsOps(
  context: StoreContext,
  ensureTags: (names: string[]) => ReturnType<StoreContext['repos']['tags']['insert']>[],
) {
  const { repos, now, db } = context

  const withTags = (record: HighlightRecord): Highlight => ({
    ...record,
    tags: repos.tags.ofHighlight(record.id),
  })

  // A span must lie inside the body and hold some text: a highlight of blanks is a mis-click.
  const spanIn = (storyId: StoryId, at: TextPositionSelector) => {
    const story = found(repos.stories.get(storyId), 'storyNotFound', storyId)
    const text = codePointText(story.body)
    if (at.start < 0 || at.end > text.length || at.end <= at.start) {
      throw new LibraryError(
        'INVALID_ARGUMENT',
        `span ${at.start}-${at.end} is outside the story's text`,
        { key: 'spanOutsideStory', params: { start: at.start, end: at.end } },
      )
    }
    if (text.slice(at.start, at.end).trim().length === 0) {
      throw new LibraryError('INVALID_ARGUMENT', 'a highlight must cover some text', {
        key: 'emptyHighlight',
      })
    }
    return describeSpan(story.body, at.start, at.end)
  }

  const get = (id: HighlightId): HighlightRecord =>
    found(repos.highlights.get(id), 'highlightNotFound', id)

  // A toast names a highlight by the start of its passage.
  const quoteOf = (highlight: { quote: { exact: string } }): string =>
    Array.from(highlight.quote.exact).slice(0, 20).join('')

  // What a change to highlights may touch: tags made on the way, the highlights, their tags.
  const scopesOf = (where: string, param: unknown): UndoScope[] => [
    rowsWhere('tags', '1'),
    rowsWhere('highlights', where, param),
    rowsWhere(
      'highlight_tags',
      `highlight_id IN (SELECT id FROM highlights WHERE ${where})`,
      param,
    ),
  ]

  const create = (storyId: StoryId, input: NewHighlight): Highlight => {
    const selectors = spanIn(storyId, input)
    const at = now().toISOString()
    const record: HighlightRecord = {
      id: newHighlightId(),
      storyId,
      color: input.color,
      note: input.note?.trim() ?? '',
      ...selectors,
      isOrphan: false,
      createdAt: at,
      updatedAt: at,
    }
    repos.highlights.insert(record)
    if (input.tags) repos.tags.setHighlightTags(record.id, ensureTags(input.tags))
    return withTags(record)
  }

  // A save that changes nothing (a popover closed with Save) writes nothing: no undo step.
  const isNoChange = (record: HighlightRecord, patch: HighlightPatch): boolean => {
    const names = (list: string[]) => new Set(list.map((name) => name.toLowerCase()))
    const had = names(repos.tags.ofHighlight(record.id).map((tag) => tag.name))
    const wanted = patch.tags === undefined ? had : names(cleanTagNames(patch.tags))
    return (
      (patch.color ?? record.color) === record.color &&
      (patch.note === undefined || patch.note.trim() === record.note) &&
      wanted.size === had.size &&
      [...wanted].every((name) => had.has(name))
    )
  }

  const update = (id: HighlightId, patch: HighlightPatch): Highlight => {
    const record = get(id)
    if (isNoChange(record, patch)) return withTags(record)
    const next: HighlightRecord = {
      ...record,
      color: patch.color ?? record.color,
      note: patch.note === undefined ? record.note : patch.note.trim(),
      updatedAt: now().toISOString(),
    }
    repos.highlights.update(next)
    if (patch.tags) repos.tags.setHighlightTags(id, ensureTags(patch.tags))
    return withTags(next)
  }

  const reattach = (id: HighlightId, at: TextPositionSelector): Highlight => {
    const record = get(id)
    const next = {
      ...record,
      ...spanIn(record.storyId, at),
      isOrphan: false,
      updatedAt: now().toISOString(),
    }
    repos.highlights.update(next)
    return withTags(next)
  }

  return {
    listHighlights: (query: HighlightQuery = {}): HighlightListItem[] => {
      const words = foldText(query.text ?? '')
        .split(/\s+/)
        .filter((word) => word.length > 0)
      return repos.highlights
        .list(query)
        .filter((item) => {
          const haystack = foldText(`${item.quote.exact}\n${item.note}`)
          return words.every((word) => haystack.includes(word))
        })
        .map((item) => ({ ...item, tags: repos.tags.ofHighlight(item.id) }))
    },
    createHighlight: (storyId: StoryId, input: NewHighlight): Highlight =>
      writeTransaction(db, () =>
        trackUndo(
          context,
          scopesOf('story_id = ?', storyId),
          (made) => ({ code: 'createHighlight', params: { quote: quoteOf(made) } }),
          () => create(storyId, input),
        ),
      ),
    updateHighlight: (id: HighlightId, patch: HighlightPatch): Highlight =>
      writeTransaction(db, () =>
        trackUndo(
          context,
          scopesOf('id = ?', id),
          (next) => ({ code: 'updateHighlight', params: { quote: quoteOf(next) } }),
          () => update(id, patch),
        ),
      ),
    deleteHighlight: (id: HighlightId): UndoTicket =>
      writeTransaction(db, () => {
        const record = get(id)
        const restore = [
          { table: 'highlights' as const, rows: repos.undo.snapshot('highlights', 'id = ?', id) },
          {
            table: 'highlight_tags' as const,
            rows: repos.undo.snapshot('highlight_tags', 'highlight_id = ?', id),
          },
        ]
        repos.highlights.remove(id)
        const action = { code: 'deleteHighlight' as const, params: { quote: quoteOf(record) } }
        return recordUndo(repos, now, action, { restore, remove: [] })
      }),
    reattachHighlight: (id: HighlightId, at: TextPositionSelector): Highlight =>
      writeTransaction(db, () =>
        trackUndo(
          context,
          [rowsWhere('highlights', 'id = ?', id)],
          (next) => ({ code: 'reattachHighlight', params: { quote: quoteOf(next) } }),
          () => reattach(id, at),
        ),
      ),
  }
}
