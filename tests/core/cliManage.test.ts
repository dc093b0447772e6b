import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCliIn } from './cliHarness'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let library: string
beforeEach(() => {
  temp = tempDir('cli-manage')
  library = join(temp.dir, 'library')
})
afterEach(() => temp.remove())

const cli = (...argv: string[]) => runCliIn(temp.dir, [...argv, '--library', library])
const json = <T>(...argv: string[]): T => JSON.parse(cli(...argv, '--json').stdout) as T

interface Page {
  id: number
  name: string
  displayName: string
  storyCount: number
}

describe('inkstone sources, rename-page, delete-page, delete-story', () => {
  it('lists pages by the names they give themselves, sorted and filtered', () => {
    expect(cli('import', SEED_DIR).code).toBe(0)
    const pages = json<Page[]>('sources', '--sort', 'name')
    expect(pages).toHaveLength(5)
    const names = pages.map((page) => page.displayName)
    expect(names).toEqual([...names].sort(new Intl.Collator('zh', { numeric: true }).compare))
    expect(names.some((name) => name.startsWith('000_'))).toBe(false)
    const text = cli('sources').stdout
    expect(text).toContain(names[0])
    expect(text.split('\n')[0]).toMatch(/^\d+ {2}\S/)

    const filtered = json<Page[]>('sources', '--filter', '新闻速递')
    expect(filtered.map((page) => page.displayName)).toEqual(
      names.filter((name) => name.includes('新闻速递')),
    )
    expect(cli('sources', '--sort', 'random').code).toBe(2)
  })

  it('renames a page and undoes it', () => {
    cli('import', SEED_DIR)
    const [page] = json<Page[]>('sources')
    const renamed = cli('rename-page', String(page.id), '工会周报')
    expect(renamed.code).toBe(0)
    // The new name finds the page's stories, as the file name does.
    const ofPage = json<unknown[]>('stories', '--source', '工会周报')
    expect(ofPage).toHaveLength(page.storyCount)
    expect(json<unknown[]>('stories', '--source', page.name)).toHaveLength(page.storyCount)
    expect(renamed.stdout).toContain(`Renamed page “${page.displayName}” to “工会周报”`)
    expect(json<Page[]>('sources').find((p) => p.id === page.id)?.displayName).toBe('工会周报')
    expect(cli('undo').stdout).toContain('Undone: Renamed page')
    expect(json<Page[]>('sources').find((p) => p.id === page.id)?.displayName).toBe(
      page.displayName,
    )
  })

  it('deletes a page with its stories, and undo brings them back', () => {
    cli('import', SEED_DIR)
    const [page] = json<Page[]>('sources')
    const count = json<unknown[]>('stories').length
    const deleted = cli('delete-page', String(page.id))
    expect(deleted.stdout).toMatch(
      /^Deleted page “.+” and its \d+ stories\.\nUndo with: inkstone undo \d+\n$/,
    )
    expect(json<Page[]>('sources')).toHaveLength(4)
    expect(json<unknown[]>('stories')).toHaveLength(count - page.storyCount)
    cli('undo')
    expect(json<Page[]>('sources')).toHaveLength(5)
    expect(json<unknown[]>('stories')).toHaveLength(count)
    expect(cli('delete-page', 'x').code).toBe(2)
    expect(cli('delete-page', '999').code).toBe(1)
  })

  it('deletes a story, and undo brings it back', () => {
    cli('import', SEED_DIR)
    const [story] = json<Array<{ id: string; title: string }>>('stories')
    const deleted = json<{ id: number; label: string }>('delete-story', story.id)
    expect(deleted.label).toBe(`Deleted story “${story.title}”`)
    expect(cli('show', story.id).code).toBe(1)
    cli('undo', String(deleted.id))
    expect(cli('show', story.id).stdout).toContain(story.title)
  })
})
