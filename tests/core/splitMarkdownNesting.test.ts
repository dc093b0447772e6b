import { describe, expect, it } from 'vitest'
import { splitMarkdown } from '../../src/main/core/split/splitMarkdown'
import { isTooNested } from '../../src/main/core/split/isTooNested'

const bodyOf = (markdown: string): string =>
  splitMarkdown(markdown)
    .map((story) => story.body)
    .join('\n\n')

// marked overflowed its stack on these, or (nested lists) ran out of memory after minutes.
describe('markdown nested past what marked can lex', { timeout: 20000 }, () => {
  it('reads 100,000 nested quotes as plain text', () => {
    expect(bodyOf(`${'>'.repeat(100000)} 深处的文字。\n`)).toContain('深处的文字。')
  })

  it('reads 3,000 nested list levels as plain text', () => {
    const lines = Array.from({ length: 3000 }, (_, at) => `${' '.repeat(at * 2)}- 第${at}层`)
    const body = bodyOf(lines.join('\n'))
    expect(body).toContain('- 第0层')
    expect(body).toContain('- 第2999层')
  })

  it('reads 50,000 nested emphasis marks as plain text', () => {
    const body = bodyOf(`${'*'.repeat(50000)}重点${'*'.repeat(50000)}\n`)
    expect(body).toContain('重点')
  })

  it('reads emphasis nested by alternating marks without overflowing', () => {
    const body = bodyOf(`${'*_'.repeat(3000)}重点${'_*'.repeat(3000)}\n`)
    expect(body).toContain('重点')
  })

  it('still reads ordinary nesting with marked', () => {
    const markdown = '# 标题\n\n- 一\n  - 二\n    - 三\n\n> 引用 **加粗** 的话\n\n---\n\n****\n'
    expect(isTooNested(markdown)).toBe(false)
    expect(bodyOf(markdown)).toBe('一\n\n二\n\n三\n\n引用 加粗 的话')
  })
})
