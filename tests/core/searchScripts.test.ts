import { describe, expect, it } from 'vitest'
import { foldText } from '../../src/main/core/text/foldText'
import { toSimplified } from '../../src/main/core/text/simplifiedChinese'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import { tempDir } from './tempDir'

describe('simplified and traditional Chinese', () => {
  it('fold to the same characters without changing length', () => {
    const traditional = '臺灣工會發展後來的裡面'
    expect(toSimplified(traditional)).toBe('台湾工会发展后来的里面')
    expect(foldText(traditional)).toHaveLength(traditional.length)
    expect(foldText('工會')).toBe(foldText('工会'))
  })

  let temp: ReturnType<typeof tempDir>
  beforeEach(() => {
    temp = tempDir('scripts')
  })
  afterEach(() => temp.remove())

  it('match each other in search, both ways, with marks on the story’s own characters', () => {
    const library = openLibrary(join(temp.dir, 'library'))
    try {
      writeFileSync(
        join(temp.dir, 'trad.txt'),
        '臺北市總工會舉辦講座\n\n本報訊 臺北市總工會昨日舉辦勞工權益講座。\n',
      )
      writeFileSync(
        join(temp.dir, 'simp.txt'),
        '上海市总工会开展培训\n\n本报讯 上海市总工会近日开展职工技能培训。\n',
      )
      library.importPaths([join(temp.dir, 'trad.txt'), join(temp.dir, 'simp.txt')])
      const simplifiedQuery = library.searchPage('总工会', { limit: 10 })
      expect(simplifiedQuery.total).toBe(2)
      const traditionalQuery = library.searchPage('總工會', { limit: 10 })
      expect(traditionalQuery.total).toBe(2)
      const taipei = library.search('台北 讲座').find((hit) => hit.title.startsWith('臺北'))
      expect(taipei).toBeDefined()
      const [start, end] = taipei!.titleMatches[0]
      expect(taipei!.title.slice(start, end)).toBe('臺北')
    } finally {
      library.close()
    }
  })
})
