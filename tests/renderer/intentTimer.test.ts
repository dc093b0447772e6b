import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createIntentTimer, INTENT_DELAY_MS } from '../../src/renderer/src/ui/intentTimer'

describe('createIntentTimer', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('fires once the item has been held for the delay, not before', () => {
    const seen: string[] = []
    const timer = createIntentTimer((id) => seen.push(id))
    timer.start('a')
    vi.advanceTimersByTime(INTENT_DELAY_MS - 1)
    expect(seen).toEqual([])
    vi.advanceTimersByTime(1)
    expect(seen).toEqual(['a'])
    vi.advanceTimersByTime(1_000)
    expect(seen).toEqual(['a'])
  })

  it('asks for nothing on the way when the pointer crosses rows or a key is held', () => {
    const seen: string[] = []
    const timer = createIntentTimer((id) => seen.push(id), 65)
    for (const id of ['a', 'b', 'c', 'd']) {
      timer.start(id)
      vi.advanceTimersByTime(30)
    }
    expect(seen).toEqual([])
    vi.advanceTimersByTime(35)
    expect(seen).toEqual(['d'])
  })

  it('keeps the wait of an item started again, and forgets a cancelled one', () => {
    const seen: string[] = []
    const timer = createIntentTimer((id) => seen.push(id), 65)
    timer.start('a')
    vi.advanceTimersByTime(40)
    timer.start('a')
    vi.advanceTimersByTime(25)
    expect(seen).toEqual(['a'])
    timer.start('b')
    vi.advanceTimersByTime(40)
    timer.cancel()
    vi.advanceTimersByTime(1_000)
    expect(seen).toEqual(['a'])
  })
})
