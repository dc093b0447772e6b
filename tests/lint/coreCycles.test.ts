import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { folderCycles, readSources, type SourceFiles } from './folderCycles'

describe("core's folders", () => {
  it('import each other without a cycle', () => {
    expect(folderCycles(readSources(join(process.cwd(), 'src/main/core')))).toEqual([])
  })

  it('a planted cycle between two folders is found', () => {
    const planted: SourceFiles = new Map([
      ['library/openLibrary.ts', "import { tagsOps } from '../annotations/tagsOps'"],
      ['annotations/tagsOps.ts', "import type { Library } from '../library/types'"],
      ['annotations/ok.ts', "import { foldText } from '../search/foldText'"],
    ])
    expect(folderCycles(planted)).toEqual([['annotations', 'library', 'annotations']])
  })

  it('a planted cycle through three folders is found', () => {
    const planted: SourceFiles = new Map([
      ['db/a.ts', "export { x } from '../search/b'"],
      ['search/b.ts', "import { y } from '../anchor/c'"],
      ['anchor/c.ts', "import type { Z } from '../db/a'"],
    ])
    expect(folderCycles(planted)).toHaveLength(1)
  })
})
