import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { asStoryId } from '../../src/shared/ids'
import { runCliIn } from './cliHarness'
import { tempDir } from './tempDir'

// The Last opened order: opening a story (not only scrolling it) puts it first.
describe('markOpened and the lastOpened sort', () => {
  let temp: ReturnType<typeof tempDir>
  let library: Library
  let clock = Date.parse('2025-05-01T08:00:00Z')

  beforeEach(() => {
    temp = tempDir('last-opened', true)
    library = openLibrary(join(temp.dir, 'library'), { now: () => new Date((clock += 60_000)) })
    library.importPaths([temp.seeds])
  })
  afterEach(() => {
    library.close()
    temp.remove()
  })

  it('orders the stories opened most recently first, then the rest in library order', () => {
    const byPosition = library.listStoryIds({ sort: 'position' })
    const [a, b, c] = [byPosition[5], byPosition[2], byPosition[9]]
    library.markOpened(a)
    library.markOpened(b)
    library.markOpened(c)
    library.markOpened(a)
    const ids = library.listStoryIds({ sort: 'lastOpened' })
    expect(ids.slice(0, 3)).toEqual([a, c, b])
    expect(ids.slice(3)).toEqual(byPosition.filter((id) => ![a, b, c].includes(id)))
    expect(library.listStories({ sort: 'lastOpened' }).map((s) => s.id)).toEqual(ids)
  })

  it('keeps the reading progress and read mark of a story it records', () => {
    const id = library.listStoryIds({})[0]
    library.saveProgress(id, 0.4)
    library.setRead(id, true)
    library.markOpened(id)
    const story = library.getStory(id)!
    expect(story.progress).toBeCloseTo(0.4)
    expect(story.isRead).toBe(true)
    expect(story.lastOpenedAt).toBe(new Date(clock).toISOString())
  })

  it('filters still apply: unread stories by when they were opened', () => {
    const [first, second] = library.listStoryIds({})
    library.markOpened(first)
    library.markOpened(second)
    library.setRead(second, true)
    const unread = library.listStoryIds({ isUnread: true, sort: 'lastOpened' })
    expect(unread[0]).toBe(first)
    expect(unread).not.toContain(second)
  })

  it('refuses an unknown story', () => {
    expect(() => library.markOpened(asStoryId('no-such-story'))).toThrow()
  })
})

describe('inkstone stories --sort lastOpened', () => {
  it('lists the story opened last first, and names the order in its usage error', () => {
    const temp = tempDir('cli-last-opened', true)
    try {
      const dir = join(temp.dir, 'library')
      const cli = (...argv: string[]) => runCliIn(temp.dir, [...argv, '--library', dir])
      expect(cli('import', temp.seeds).code).toBe(0)
      const library = openLibrary(dir)
      const last = library.listStoryIds({}).at(-1)!
      library.markOpened(last)
      library.close()
      const listed = JSON.parse(cli('stories', '--sort', 'lastOpened', '--json').stdout) as Array<{
        id: string
      }>
      expect(listed[0].id).toBe(last)
      const wrong = cli('stories', '--sort', 'opened')
      expect(wrong.code).toBe(2)
      expect(wrong.stderr).toContain('lastOpened')
    } finally {
      temp.remove()
    }
  })
})
