import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { tempDir } from './tempDir'

// Each of these once overflowed the stack or blocked the import for minutes. The timeout only
// guards against a hang (most of the time goes to the search index, on a busy machine); the
// tests check what is imported, not how fast.
const HANG_GUARD = { timeout: 120000 }

let temp: ReturnType<typeof tempDir>
let library: Library

beforeEach(() => {
  temp = tempDir('long', false)
  library = openLibrary(join(temp.dir, 'library'))
  mkdirSync(join(temp.dir, 'pages'))
})
afterEach(() => {
  library.close()
  temp.remove()
})

const importPage = (name: string, content: string) => {
  const path = join(temp.dir, 'pages', name)
  writeFileSync(path, content)
  return { path, report: library.importPaths([path]) }
}

const bodies = (): string[] =>
  library.listStories().map((summary) => library.getStory(summary.id)!.body)

describe('long inputs', HANG_GUARD, () => {
  it('imports a paragraph of 200,000 lines', () => {
    const lines = Array.from({ length: 200000 }, (_, at) => `这是第${at}行没有结束的文字`)
    const { report } = importPage('long.txt', `${lines.join('\n')}。\n`)
    expect(report).toMatchObject({ files: 1, skipped: [] })
    const all = bodies().join('')
    expect(all).toContain('这是第0行没有结束的文字这是第1行')
    expect(all).toContain('这是第199999行没有结束的文字。')
  })

  it('imports a markdown list of 100,000 items', () => {
    const items = Array.from({ length: 100000 }, (_, at) => `- item ${at}`)
    const { report } = importPage('list.md', `# List\n\n${items.join('\n')}\n`)
    expect(report).toMatchObject({ files: 1, skipped: [] })
    expect(bodies().join('\n')).toContain('item 99999')
  })

  it('imports 100,000 nested divs, bold and spans', () => {
    const n = 100000
    const html =
      `<h1>Deep</h1>${'<div>'.repeat(n)}<p>in the middle</p>${'</div>'.repeat(n)}` +
      `<p>${'<b>'.repeat(n)}bold${'</b>'.repeat(n)}</p>` +
      `<p>${'<span>x'.repeat(n)}</p><p>after it all</p>`
    const { report } = importPage('deep.html', html)
    expect(report).toMatchObject({ files: 1, skipped: [] })
    const body = bodies().join('\n\n')
    expect(body).toContain('in the middle\n\nbold\n\n' + 'x'.repeat(n) + '\n\nafter it all')
  })

  it('imports unclosed tags and stray end tags in any number', () => {
    const n = 100000
    const html = `<p>start</p>${'<div>'.repeat(n)}${'</nope>'.repeat(n)}<p>end</p>`
    const { report } = importPage('stray.html', html)
    expect(report).toMatchObject({ files: 1, skipped: [] })
    expect(bodies().join('\n\n')).toBe('start\n\nend')
  })

  it('imports text with a run of a million spaces inside a line', () => {
    const run = ' '.repeat(1000000)
    importPage('spaces.txt', `开头的文字${run}结尾的文字。\n`)
    importPage('spaces.html', `<p>开头的文字${run}结尾的文字。</p>`)
    expect(bodies()).toEqual(['开头的文字 结尾的文字。', '开头的文字 结尾的文字。'])
  })
})
