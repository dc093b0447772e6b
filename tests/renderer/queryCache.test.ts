import { describe, expect, it } from 'vitest'
import type { Result } from '../../src/shared/contract'
import { prefetchQuery, subscribeQuery } from '../../src/renderer/src/data/queryCache'

// Answers in turn: a failure first (the server was restarting), then the story.
const answers = (...results: Array<Result<string>>) => {
  let calls = 0
  return {
    load: (): Promise<Result<string>> =>
      Promise.resolve(results[Math.min(calls++, results.length - 1)]),
    calls: () => calls,
  }
}
const failure: Result<string> = {
  ok: false,
  error: { code: 'UNAVAILABLE', message: 'the server is restarting' },
}

describe('the query cache', () => {
  it('asks again for a key whose prefetch failed, once something shows it', async () => {
    const server = answers(failure, { ok: true, value: '第一篇' })
    const first = await prefetchQuery({ key: 'story:a', topics: ['story'], load: server.load })
    expect(first.error?.code).toBe('UNAVAILABLE')
    const seen: string[] = []
    const unsubscribe = subscribeQuery('story:a', ['story'], server.load, () => seen.push('answer'))
    await Promise.resolve()
    await Promise.resolve()
    expect(server.calls()).toBe(2)
    expect(
      (await prefetchQuery({ key: 'story:a', topics: ['story'], load: server.load })).data,
    ).toBe('第一篇')
    unsubscribe()
  })

  it('hands out an answer that came, without asking again', async () => {
    const server = answers({ ok: true, value: '第二篇' })
    await prefetchQuery({ key: 'story:b', topics: ['story'], load: server.load })
    const again = await prefetchQuery({ key: 'story:b', topics: ['story'], load: server.load })
    expect(again.data).toBe('第二篇')
    expect(server.calls()).toBe(1)
  })
})
