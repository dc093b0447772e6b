import { afterAll, beforeAll, expect, it } from 'vitest'
import { createHandlers, type HandlerTable } from '../../src/main/handlers/handlers'
import { invokeChannel } from '../../src/main/handlers/invokeChannel'
import type { Channel } from '../../src/shared/contract'
import { openFuzzLibrary, type FuzzLibrary } from './channelHarness'

// Found by the channel fuzz: a list naming one story 100,000 times (the schemas' limit) held the
// main thread for seconds, one write per copy. Each story is now written once.
const BOUND_MS = 2000

let fuzz: FuzzLibrary
let table: HandlerTable

beforeAll(() => {
  fuzz = openFuzzLibrary('repeated-ids')
  table = createHandlers({ library: fuzz.library, mode: 'web', emit: () => {} })
})
afterAll(() => fuzz.remove())

it('answers lists of one story id repeated 100,000 times within the bound, writing it once', async () => {
  const [story] = fuzz.library.listStoryIds({})
  const [tag] = fuzz.library.listTags()
  const [collection] = fuzz.library.listCollections()
  const repeated = Array.from({ length: 100_000 }, () => story)
  const calls: Array<[Channel, unknown[]]> = [
    ['collections:addStories', [collection.id, repeated]],
    ['collections:removeStories', [collection.id, repeated]],
    ['tags:addToStories', [repeated, ['repeated', 'again']]],
    ['tags:removeFromStories', [repeated, [tag.id]]],
    ['collections:addStories', [collection.id, repeated]],
  ]
  for (const [channel, args] of calls) {
    const started = performance.now()
    const result = await invokeChannel(table, channel, args)
    expect(result.ok, channel).toBe(true)
    expect(performance.now() - started, channel).toBeLessThan(BOUND_MS)
  }
  expect(
    fuzz.library.listStoryIds({ collectionId: collection.id }).filter((id) => id === story),
  ).toEqual([story])
  const tagged = fuzz.library.listTags().find((summary) => summary.name === 'repeated')
  expect(tagged?.storyCount).toBe(1)
})
