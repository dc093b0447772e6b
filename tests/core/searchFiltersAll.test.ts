import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let library: Library
beforeEach(() => {
  temp = tempDir('filters-all')
  library = openLibrary(temp.dir)
  library.importPaths([SEED_DIR])
})
afterEach(() => {
  library.close()
  temp.remove()
})

describe('filters that keep every story', () => {
  it('count and page like no filter, and alone list every story', () => {
    const all = library.listStoryIds()
    const plain = library.searchPage('工会', { limit: 500 })
    const unread = library.searchPage('is:unread 工会', { limit: 500 })
    expect(unread.total).toBe(plain.total)
    expect(unread.hits.map((hit) => hit.id)).toEqual(plain.hits.map((hit) => hit.id))
    const everything = library.searchPage('is:unread', { limit: 500 })
    expect(everything.total).toBe(all.length)
    expect(everything.hits.map((hit) => hit.id)).toEqual(all)
  })

  it('narrow again once one story is read', () => {
    const [first] = library.search('工会', { limit: 1 })
    library.setRead(first.id, true)
    const plain = library.searchPage('工会')
    const unread = library.searchPage('is:unread 工会')
    expect(unread.total).toBe(plain.total - 1)
    expect(unread.hits.map((hit) => hit.id)).not.toContain(first.id)
    expect(library.searchPage('is:unread').total).toBe(library.listStoryIds().length - 1)
  })
})
