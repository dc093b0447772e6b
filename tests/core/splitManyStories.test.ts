import { describe, expect, it } from 'vitest'
import { splitText } from '../../src/main/core/split/splitText'

describe('a page of many stories', { timeout: 20000 }, () => {
  // Scoring each stranded headline against every story was quadratic in the page.
  it('matches 1,000 headlines gathered at the end back to their stories', () => {
    const n = 1000
    const bodies = Array.from(
      { length: n },
      (_, at) => `本报讯 第${at}号工厂今年春节前走访慰问了全市困难职工家庭${at}户。\n`,
    )
    const heads = Array.from({ length: n }, (_, at) => `第${at}号工厂慰问职工`)
    const stories = splitText(`${bodies.join('\n')}\n\n${heads.join('\n\n')}\n`)
    expect(stories.length).toBe(n)
    expect(stories[0].title).toBe('第0号工厂慰问职工')
    expect(stories[n - 1].title).toBe(`第${n - 1}号工厂慰问职工`)
    expect(stories.every((story) => !story.isTitleDerived)).toBe(true)
  })
})
