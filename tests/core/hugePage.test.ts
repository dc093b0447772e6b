import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let library: Library | null = null
const problems: string[] = []

beforeEach(() => {
  temp = tempDir('huge-page')
  problems.length = 0
})
afterEach(() => {
  library?.close()
  temp.remove()
})

const reopen = (): Library => {
  library?.close()
  library = openLibrary(join(temp.dir, 'library'), {
    log: (message) => void problems.push(message),
  })
  return library
}

// A 9 MB page of one unbroken CJK run used to overflow the stack while indexing, after the page
// had committed, and then at every open.
it('imports an unbroken CJK run of three million characters and keeps the library usable', () => {
  const file = join(temp.dir, 'r.txt')
  writeFileSync(file, '工会职工疗休养'.repeat(600_000).slice(0, 3_000_000))
  expect(reopen().importPaths([file])).toMatchObject({ files: 1, skipped: [] })

  const reopened = reopen()
  expect(reopened.listStories().length).toBeGreaterThan(0)
  const found = () => reopened.search('疗休养工会').map((hit) => hit.source)
  expect(found()).toEqual(['r.txt'])
  expect(reopened.maintain()).toBe(true)
  expect(found()).toEqual(['r.txt'])
  expect(
    reopen()
      .search('休养工会职')
      .map((hit) => hit.source),
  ).toEqual(['r.txt'])
  expect(problems).toEqual([])
}, 180_000)
