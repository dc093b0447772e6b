import type { SplitResult } from '../../../shared/annotations'
import type { StoryId } from '../../../shared/ids'
import type { Story } from '../../../shared/types'
import { placeHighlights } from '../anchor/placeHighlights'
import { found } from '../annotations/requireExists'
import { rowsWhere, trackPageUndo, trackUndo } from '../annotations/trackUndo'
import { paragraphsOf } from '../../../shared/text/paragraphs'
import { mergeStoryText, openingOf, splitStoryText } from '../corrections/storyText'
import type { Correction } from '../corrections/types'
import { newStoryId } from '../ids/newId'
import { sha256 } from '../import/sha256'
import type { SplitStory } from '../split/types'
import { LibraryError } from '../errors/LibraryError'
import type { LibraryContext } from './LibraryContext'
import type { CorrectionsApi } from './types'
import { writeTransaction } from '../db/writeTransaction'

const asSplit = (story: Story): SplitStory => ({
  title: story.title,
  isTitleDerived: story.isTitleDerived,
  byline: story.byline,
  kind: story.kind,
  originalText: story.originalText,
  body: story.body,
})

/** Split, merge and headline corrections, stored so they survive re-import. */
export function correctionsApi(context: LibraryContext): CorrectionsApi {
  const { repos, now, db, index } = context
  const get = (id: StoryId): Story => found(repos.stories.get(id), 'storyNotFound', id)

  const write = (story: Story, text: SplitStory, id: StoryId, position: number, isNew: boolean) => {
    const record = {
      ...text,
      id,
      sourceId: story.sourceId,
      position,
      textHash: sha256(text.body),
      createdAt: story.importedAt,
    }
    if (isNew) repos.stories.insert(record)
    else repos.stories.update(record)
    return { id, body: text.body, position }
  }

  // Every change is recorded and applied as one step, and logged for undo by `track`; the
  // search backend then hears which stories changed and which are gone (`touched` names them).
  const correct = <T>(
    story: Story,
    correction: Correction,
    apply: () => T,
    touched: (result: T) => { upserted: StoryId[]; removed?: StoryId[] },
    track: (change: () => T) => T,
  ): T => {
    const result = writeTransaction(db, () =>
      track(() => {
        repos.corrections.add(story.sourceId, correction, now().toISOString())
        return apply()
      }),
    )
    const { upserted, removed = [] } = touched(result)
    index.upsert(upserted)
    index.remove(removed)
    return result
  }

  return {
    splitStory: (id: StoryId, paragraphIndex: number): SplitResult => {
      const story = get(id)
      const paragraphs = paragraphsOf(story.body)
      if (paragraphIndex < 1 || paragraphIndex >= paragraphs.length) {
        throw new LibraryError(
          'INVALID_ARGUMENT',
          `paragraph ${paragraphIndex} cannot start a new story`,
          { key: 'cannotSplitHere', params: { index: paragraphIndex } },
        )
      }
      const correction: Correction = {
        kind: 'split',
        storyOpening: openingOf(story.body),
        paragraphOpening: openingOf(paragraphs[paragraphIndex]),
      }
      return correct(
        story,
        correction,
        () => {
          const highlights = repos.highlights.ofStory(id)
          const [first, second] = splitStoryText(asSplit(story), paragraphIndex)
          repos.stories.shiftAfter(story.sourceId, story.position, 1)
          const secondId = newStoryId()
          const targets = [
            write(story, first, id, story.position, false),
            write(story, second, secondId, story.position + 1, true),
          ]
          placeHighlights(
            repos,
            highlights,
            targets,
            new Map([[id, story.position]]),
            now().toISOString(),
          )
          return { first: id, second: secondId }
        },
        (split) => ({ upserted: [split.first, split.second] }),
        (change) =>
          trackPageUndo(
            context,
            story.sourceId,
            () => ({ code: 'splitStory', params: { title: story.title } }),
            change,
          ),
      )
    },
    mergeWithNext: (id: StoryId): StoryId => {
      const story = get(id)
      const nextId = repos.stories.idAt(story.sourceId, story.position + 1)
      if (!nextId) {
        throw new LibraryError('INVALID_ARGUMENT', 'this is the last story of its page', {
          key: 'lastStory',
        })
      }
      const next = get(nextId)
      const correction: Correction = {
        kind: 'merge',
        firstOpening: openingOf(story.body),
        secondOpening: openingOf(next.body),
      }
      return correct(
        story,
        correction,
        () => {
          const highlights = [...repos.highlights.ofStory(id), ...repos.highlights.ofStory(nextId)]
          const merged = write(
            story,
            mergeStoryText(asSplit(story), asSplit(next)),
            id,
            story.position,
            false,
          )
          placeHighlights(
            repos,
            highlights,
            [merged],
            new Map([[id, story.position]]),
            now().toISOString(),
          )
          repos.readerState.carryOver(nextId, id)
          repos.stories.remove(nextId)
          repos.stories.shiftAfter(story.sourceId, next.position, -1)
          return id
        },
        () => ({ upserted: [id], removed: [nextId] }),
        (change) =>
          trackPageUndo(
            context,
            story.sourceId,
            () => ({ code: 'mergeStories', params: { title: story.title } }),
            change,
          ),
      )
    },
    setTitle: (id: StoryId, title: string): void => {
      const story = get(id)
      const clean = title.trim().replace(/\s+/g, ' ')
      if (clean.length === 0)
        throw new LibraryError('INVALID_ARGUMENT', 'a headline cannot be empty', {
          key: 'emptyHeadline',
        })
      correct(
        story,
        { kind: 'title', storyOpening: openingOf(story.body), title: clean },
        () => {
          write(
            story,
            { ...asSplit(story), title: clean, isTitleDerived: false },
            id,
            story.position,
            false,
          )
        },
        () => ({ upserted: [id] }),
        (change) =>
          trackUndo(
            context,
            [
              rowsWhere('stories', 'id = ?', id),
              rowsWhere('corrections', 'source_id = ?', story.sourceId),
            ],
            () => ({ code: 'setHeadline', params: { title: clean } }),
            change,
          ),
      )
    },
  }
}
