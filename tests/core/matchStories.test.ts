import { describe, expect, it } from 'vitest'
import { asStoryId } from '../../src/shared/ids'
import { matchStories } from '../../src/main/core/import/matchStories'

const stored = (id: string, title: string, textHash: string) => ({
  id: asStoryId(id),
  title,
  textHash,
  createdAt: '2024-01-01T00:00:00.000Z',
})

describe('matchStories', () => {
  it('matches by body first, then by title, and lists the stories left over', () => {
    const a = stored('a', '甲', 'h1')
    const b = stored('b', '乙', 'h2')
    const c = stored('c', '丙', 'h3')
    const { matches, removed } = matchStories(
      [a, b, c],
      [
        { title: '乙', textHash: 'h9' }, // edited body, same headline
        { title: '甲 (new headline)', textHash: 'h1' }, // same body, new headline
        { title: '丁', textHash: 'h4' },
      ],
    )
    expect(matches).toEqual([
      { previous: b, isUnchanged: false },
      { previous: a, isUnchanged: true },
      { previous: null, isUnchanged: false },
    ])
    expect(removed).toEqual([c])
  })

  it('gives each stored story to one new story only, even when bodies repeat', () => {
    const a = stored('a', '图片', 'same')
    const b = stored('b', '图片', 'same')
    const next = [0, 1, 2].map(() => ({ title: '图片', textHash: 'same' }))
    const { matches, removed } = matchStories([a, b], next)
    expect(matches.map((match) => match.previous?.id ?? null)).toEqual(['a', 'b', null])
    expect(removed).toEqual([])
  })
})
