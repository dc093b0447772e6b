import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportProgress } from '../../src/shared/contract'
import type { Events } from '../../src/shared/contract'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { createHandlers } from '../../src/main/handlers/handlers'
import { invokeChannel } from '../../src/main/handlers/invokeChannel'
import { resplitInWorker } from '../../src/main/workers/resplitInWorker'
import { spanOf } from '../core/libraryFixture'
import { mergeFirstTwo } from '../core/olderSplit'
import { SEED_DIR, tempDir } from '../core/tempDir'

let temp: ReturnType<typeof tempDir>
let opened: Library[] = []
beforeEach(() => {
  temp = tempDir('resplit-worker')
})
afterEach(() => {
  opened.forEach((library) => library.close())
  opened = []
  temp.remove()
})

/** A seeded library with one page stored as an older splitter left it, a highlight on it. */
const oldSplit = (name: string) => {
  const library = openLibrary(join(temp.dir, name))
  opened.push(library)
  library.importPaths([SEED_DIR])
  const page = library.listSources().find((source) => source.storyCount >= 3)!
  const titles = library.listStories({ sourceId: page.id }).map((story) => story.title)
  mergeFirstTwo(join(library.dir, LIBRARY_FILE), page.id)
  const merged = library.getStory(library.listStories({ sourceId: page.id })[0].id)!
  const quote = Array.from(merged.body.split('\n\n').at(-1)!).slice(0, 8).join('')
  const highlight = library.createHighlight(merged.id, {
    ...spanOf(merged.body, quote),
    color: 'green',
  })
  return { library, page, titles, quote, highlight }
}

const storiesOf = (library: Library) =>
  library
    .listStories()
    .map((story) => ({ title: story.title, body: library.getStory(story.id)!.body }))

describe('re-splitting on a re-split thread', () => {
  it('gives the same report, progress and stories as on the library’s own connection', async () => {
    const here = oldSplit('here')
    const there = oldSplit('there')
    const progressHere: ImportProgress[] = []
    const expected = here.library.resplitPages((progress) => progressHere.push(progress))
    const progressThere: ImportProgress[] = []
    const report = await resplitInWorker(there.library, {
      onProgress: (progress) => progressThere.push(progress),
    })
    expect(report).toEqual(expected)
    expect(report.added).toBe(1)
    expect(progressThere).toEqual(progressHere)
    expect(storiesOf(there.library)).toEqual(storiesOf(here.library))
    expect(there.library.listStories({ sourceId: there.page.id }).map((s) => s.title)).toEqual(
      there.titles,
    )
    // The highlight followed its passage into the story that holds it now, and search finds it.
    const moved = there.library.listHighlights({}).find((item) => item.id === there.highlight.id)!
    expect(moved).toMatchObject({ isOrphan: false, quote: { exact: there.quote } })
    expect(there.library.search(there.quote).map((hit) => hit.id)).toContain(moved.storyId)
  })

  it('leaves the serving thread free, and asks for indexing as each changed page is stored', async () => {
    const { library } = oldSplit('busy')
    const order: string[] = []
    setImmediate(() => {
      order.push('served')
      order.push(`read ${library.listSources().length} pages`)
    })
    let pagesDone = 0
    const report = await resplitInWorker(
      {
        dir: library.dir,
        resplitPages: library.resplitPages,
        refreshIndex: () => {
          order.push(`index asked after ${pagesDone} pages`)
          library.refreshIndex()
        },
      },
      { onProgress: (progress) => (pagesDone = progress.done) },
    ).then((done) => {
      order.push('re-split')
      return done
    })
    expect(order.slice(0, 2)).toEqual(['served', `read ${report.files} pages`])
    expect(order.at(-1)).toBe('re-split')
    // Asked once for the changed page while the others were still being split, once at the end.
    const asked = order.filter((step) => step.startsWith('index asked'))
    expect(asked.length).toBe(2)
    expect(asked[0]).not.toBe(`index asked after ${report.files} pages`)
  })

  it('answers "Re-split all pages" with its report, progress and one library:changed', async () => {
    const { library } = oldSplit('handler')
    const events: Array<[string, unknown]> = []
    const table = createHandlers({
      library,
      mode: 'web',
      emit: <E extends keyof Events>(event: E, payload: Events[E]) => events.push([event, payload]),
      resplitPages: (options) => resplitInWorker(library, options),
    })
    const result = await invokeChannel(table, 'library:resplit', [])
    expect(result).toMatchObject({
      ok: true,
      value: { added: 1, files: library.listSources().length },
    })
    const progress = events.filter(([event]) => event === 'import:progress')
    expect(progress).toHaveLength(library.listSources().length)
    expect(events.at(-1)).toEqual(['library:changed', { reason: 'import' }])
  })
})
