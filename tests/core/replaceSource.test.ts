import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LibraryError } from '../../src/main/core/errors/LibraryError'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import type { SourceId } from '../../src/shared/ids'
import { spanOf } from './libraryFixture'
import { pageState } from './pageState'
import { tempDir } from './tempDir'

const bytes = (text: string) => new TextEncoder().encode(text)

const H1 = '劳模疗休养活动顺利举行'
const P1 =
  '市总工会近日组织全市各级劳动模范和先进工作者开展疗休养活动，让长期奋战在一线的劳模们放松身心，感受组织关怀。'
const H2 = '困难职工帮扶工作再上台阶'
const P2 =
  '困难职工帮扶资金已经全部发放到位，覆盖全市各区县的两千多户困难职工家庭，确保他们温暖过冬。'
const ADDED = '各级工会还将持续跟踪帮扶对象的生活状况，做到应帮尽帮。'

const html = (stories: Array<[string, ...string[]]>) =>
  `<html><body>${stories
    .map(
      ([title, ...paragraphs]) =>
        `<h2>${title}</h2>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`,
    )
    .join('\n')}</body></html>`

const ORIGINAL = html([
  [H1, P1],
  [H2, P2],
])
const UNRELATED = html([
  ['Spring gardening notes', 'Sow the beans after the last frost and water the seedlings.'],
])

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run()
  } catch (error) {
    return error instanceof LibraryError ? error.code : String(error)
  }
  return undefined
}

describe('replaceSource', () => {
  let temp: ReturnType<typeof tempDir>
  let library: Library
  let page: SourceId

  /** The page annotated every way a reader can: the state an undo must give back. */
  const annotate = () => {
    const [first, second] = library
      .listStories({ sourceId: page })
      .map((s) => library.getStory(s.id)!)
    library.setTitle(first.id, '劳模疗休养')
    library.createHighlight(second.id, {
      ...spanOf(second.body, '两千多户困难职工家庭'),
      color: 'green',
      note: 'check the figure',
      tags: ['帮扶'],
    })
    library.saveNote(second.id, 'follow up next winter')
    library.addTags([first.id, second.id], ['工会'])
    library.setRead(second.id, true)
    library.saveProgress(second.id, 0.5)
    library.setFavorite(first.id, true)
    const collection = library.createCollection('Reading list')
    library.addToCollection(collection.id, [second.id, first.id])
    return collection.id
  }

  beforeEach(() => {
    temp = tempDir('replace')
    library = openLibrary(join(temp.dir, 'library'))
    library.importUploads([{ name: 'index.html', bytes: bytes(ORIGINAL) }])
    page = library.listSources()[0].id
  })
  afterEach(() => {
    library.close()
    temp.remove()
  })

  it('replaces an annotated page with other text, and undo gives the page back exactly', () => {
    const collection = annotate()
    const before = pageState(library, page)
    const order = library.listStories({ collectionId: collection }).map((s) => s.id)

    const ticket = library.replaceSource(page, { name: 'garden.html', bytes: bytes(UNRELATED) })

    expect(ticket.action).toEqual({
      code: 'replacePage',
      params: { from: 'index.html', to: 'garden.html' },
    })
    const replaced = pageState(library, page)
    expect(replaced.source).toMatchObject({ name: 'garden.html', origin: 'upload', storyCount: 1 })
    expect(replaced.highlights).toMatchObject([{ isOrphan: true, note: 'check the figure' }])
    expect(library.search('gardening')).toHaveLength(1)
    // Opening the new story moves its read state; that alone never blocks the undo.
    library.saveProgress(replaced.stories[0].id, 0.3)

    expect(library.undo(ticket.id)).toEqual(ticket)

    expect(pageState(library, page)).toEqual(before)
    expect(library.listStories({ collectionId: collection }).map((s) => s.id)).toEqual(order)
    expect(library.search('gardening')).toHaveLength(0)
    expect(library.search('困难职工').map((hit) => hit.id)).toEqual([before.stories[1].id])
    // Reopening reads the same page back (nothing lived only in memory).
    library.close()
    library = openLibrary(join(temp.dir, 'library'))
    expect(pageState(library, page)).toEqual(before)
  })

  it('re-anchors highlights and replays corrections like a changed file’s re-import', () => {
    annotate()
    const before = pageState(library, page)
    const revised = html([
      [H1, P1],
      [H2, ADDED, P2],
    ])

    library.replaceSource(page, { name: 'index.html', bytes: bytes(revised) })

    const after = pageState(library, page)
    expect(after.stories.map((s) => s.id)).toEqual(before.stories.map((s) => s.id))
    expect(after.stories[0].title).toBe('劳模疗休养')
    expect(after.stories[1].body).toContain(ADDED)
    const [highlight] = after.highlights
    expect(highlight.isOrphan).toBe(false)
    const { start, end } = highlight.position
    expect(Array.from(after.stories[1].body).slice(start, end).join('')).toBe(
      '两千多户困难职工家庭',
    )
    expect(after.notes[1]?.markdown).toBe('follow up next winter')
  })

  it('refuses to undo once the page was annotated since, and leaves it as it is', () => {
    const ticket = library.replaceSource(page, { name: 'garden.html', bytes: bytes(UNRELATED) })
    const [story] = library.listStories({ sourceId: page }).map((s) => library.getStory(s.id)!)
    library.createHighlight(story.id, { ...spanOf(story.body, 'beans'), color: 'blue' })
    const annotated = pageState(library, page)

    expect(codeOf(() => library.undo(ticket.id))).toBe('CONFLICT')
    expect(pageState(library, page)).toEqual(annotated)
  })

  it('makes a page from disk the upload, so re-importing the old file never reverts it', () => {
    const file = join(temp.dir, 'page.html')
    writeFileSync(file, ORIGINAL.replace(H1, '疗休养'))
    library.importPaths([file])
    const disk = library.listSources()[1]
    const before = pageState(library, disk.id)

    const ticket = library.replaceSource(disk.id, { name: 'garden.html', bytes: bytes(UNRELATED) })
    expect(library.listSources()[1]).toMatchObject({ origin: 'upload', path: null })
    library.undo(ticket.id)
    expect(pageState(library, disk.id)).toEqual(before)
    expect(library.listSources()[1]).toMatchObject({ origin: 'file', path: file })

    library.replaceSource(disk.id, { name: 'garden.html', bytes: bytes(UNRELATED) })
    const replaced = pageState(library, disk.id)
    library.importPaths([file])
    expect(library.listSources().map((source) => source.path)).toEqual([null, null, file])
    expect(pageState(library, disk.id)).toEqual(replaced)
  })

  it('refuses unknown pages and unreadable documents, changing nothing', () => {
    const before = pageState(library, page)
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])
    expect(
      codeOf(() => library.replaceSource(999 as SourceId, { name: 'a.txt', bytes: bytes('x') })),
    ).toBe('NOT_FOUND')
    expect(codeOf(() => library.replaceSource(page, { name: 'photo.png', bytes: png }))).toBe(
      'INVALID_ARGUMENT',
    )
    expect(codeOf(() => library.replaceSource(page, { name: 'fake.html', bytes: png }))).toBe(
      'IMPORT_FAILED',
    )
    expect(pageState(library, page)).toEqual(before)
  })
})
