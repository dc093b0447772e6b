import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { formatImportReport } from '../../src/main/cli/importCommand'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { spanOf } from './libraryFixture'
import { pageState } from './pageState'
import { tempDir } from './tempDir'

const bytes = (text: string) => new TextEncoder().encode(text)

const FIRST = `<html><body>
<h2>劳模疗休养活动顺利举行</h2>
<p>市总工会近日组织全市各级劳动模范和先进工作者开展疗休养活动，让长期奋战在一线的劳模们放松身心。</p>
<h2>困难职工帮扶工作再上台阶</h2>
<p>困难职工帮扶资金已经全部发放到位，覆盖全市各区县的两千多户困难职工家庭，确保他们温暖过冬。</p>
</body></html>`

const UNRELATED = `<html><body>
<h2>Spring gardening notes</h2>
<p>Sow the beans after the last frost and keep the seedlings watered through the dry weeks.</p>
</body></html>`

describe('a page is the same page only when it is the same file or the same bytes', () => {
  let temp: ReturnType<typeof tempDir>
  let library: Library
  beforeEach(() => {
    temp = tempDir('identity')
    library = openLibrary(join(temp.dir, 'library'))
  })
  afterEach(() => {
    library.close()
    temp.remove()
  })

  it('adds an unrelated upload of a known name as a new page, leaving the annotated one alone', () => {
    library.importUploads([{ name: 'index.html', bytes: bytes(FIRST) }])
    const [page] = library.listSources()
    const story = library.getStory(library.listStories({ sourceId: page.id })[1].id)!
    library.createHighlight(story.id, {
      ...spanOf(story.body, '两千多户困难职工家庭'),
      color: 'yellow',
      note: 'check the figure',
      tags: ['帮扶'],
    })
    library.saveNote(story.id, 'follow up next winter')
    library.addTags([story.id], ['工会'])
    library.setRead(story.id, true)
    const before = pageState(library, page.id)

    const report = library.importUploads([{ name: 'index.html', bytes: bytes(UNRELATED) }])

    expect(report).toMatchObject({ files: 1, added: 1, removed: 0, orphaned: 0 })
    // The summary says so, and how to update the old page instead.
    expect(report.namesakes).toEqual(['index.html'])
    expect(formatImportReport(report)).toContain('inkstone replace')
    const sources = library.listSources()
    expect(sources.map((source) => source.name)).toEqual(['index.html', 'index.html'])
    expect(pageState(library, page.id)).toEqual(before)
    const added = library.listStories({ sourceId: sources[1].id }).map((item) => item.id)
    expect(library.search('gardening').map((hit) => hit.id)).toEqual(added)
  })

  it('takes the same bytes uploaded again as the same page', () => {
    library.importUploads([{ name: 'index.html', bytes: bytes(FIRST) }])
    const report = library.importUploads([{ name: 'copy.html', bytes: bytes(FIRST) }])
    expect(report).toMatchObject({ files: 1, added: 0, unchanged: 2, namesakes: [] })
    expect(library.listSources()).toHaveLength(1)
  })

  it('never lets an upload named like a file on disk replace the page imported from it', () => {
    const file = join(temp.dir, 'page.html')
    writeFileSync(file, FIRST)
    library.importPaths([file])
    const [page] = library.listSources()
    const before = pageState(library, page.id)

    library.importUploads([{ name: file, bytes: bytes(UNRELATED) }])

    const sources = library.listSources()
    expect(sources).toHaveLength(2)
    expect(sources[1]).toMatchObject({ name: file, origin: 'upload', path: null })
    expect(pageState(library, page.id)).toEqual(before)
  })
})
