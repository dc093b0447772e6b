import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LibraryError } from '../../src/main/core/errors/LibraryError'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { createHandlers } from '../../src/main/handlers/handlers'
import { invokeChannel } from '../../src/main/handlers/invokeChannel'
import { restoreInWorker } from '../../src/main/workers/restoreInWorker'
import { spanOf, storyTitled } from '../core/libraryFixture'
import { SEED_DIR, tempDir } from '../core/tempDir'

let temp: ReturnType<typeof tempDir>
let source: Library
let library: Library
let backup: string
beforeEach(() => {
  temp = tempDir('restore-worker')
  source = openLibrary(join(temp.dir, 'source'))
  source.importPaths([SEED_DIR])
  const story = storyTitled(source, '困难职工帮扶民生工程')
  source.createHighlight(story.id, { ...spanOf(story.body, '疗休养'), color: 'green', note: '好' })
  backup = source.backup(join(temp.dir, 'source.inkstone-backup')).path
  library = openLibrary(join(temp.dir, 'library'))
  library.importPaths([join(SEED_DIR, readdirSync(SEED_DIR).sort()[0])])
})
afterEach(() => {
  library.close()
  source.close()
  temp.remove()
})

const titlesOf = (of: Library): string[] =>
  of
    .listStories()
    .map((story) => story.title)
    .sort()

describe('a restore on a restore thread', () => {
  it('says what a merge would change, as the library itself does, and changes nothing', async () => {
    const before = titlesOf(library)
    const expected = library.restore(backup, 'dryRun')
    expect(await restoreInWorker(library, backup, 'dryRun')).toEqual(expected)
    expect(expected.stories.added).toBeGreaterThan(0)
    expect(titlesOf(library)).toEqual(before)
  })

  it('replaces the library after a safety backup; the serving connection sees it and searches it', async () => {
    const report = await restoreInWorker(library, backup, 'replace')
    expect(report).toMatchObject({
      mode: 'replace',
      pages: { added: 5, updated: 0, kept: 0 },
      stories: { added: source.listStories().length, updated: 0, kept: 0 },
      highlights: { added: 1 },
    })
    expect(report.safetyBackup).toMatch(/before-restore/)
    expect(readdirSync(join(library.dir, 'backups'))).toHaveLength(1)
    expect(titlesOf(library)).toEqual(titlesOf(source))
    // What the thread queued for the index is searchable from the serving connection.
    const hits = library.search('疗休养')
    expect(hits.map((hit) => hit.title)).toContain(
      storyTitled(source, '困难职工帮扶民生工程').title,
    )
  })

  it('merges, keeping what the library had', async () => {
    const had = titlesOf(library)
    const report = await restoreInWorker(library, backup, 'merge')
    expect(report.mode).toBe('merge')
    expect(report.safetyBackup).toBeNull()
    expect(titlesOf(library)).toEqual(expect.arrayContaining(had))
    expect(titlesOf(library)).toEqual(titlesOf(source))
  })

  it('leaves the serving thread free: its callbacks run, and it reads and writes, meanwhile', async () => {
    const order: string[] = []
    const story = library.listStories()[0]
    setImmediate(() => {
      order.push('served')
      library.setRead(story.id, true)
      order.push(`read ${library.listStories().length} stories`)
    })
    const count = library.listStories().length
    await restoreInWorker(library, backup, 'merge').then(() => order.push('restored'))
    expect(order).toEqual(['served', `read ${count} stories`, 'restored'])
  })

  it('refuses what is not a backup with the error the library itself gives', async () => {
    const bad = join(temp.dir, 'not-a-backup.inkstone-backup')
    writeFileSync(bad, 'plain text, not SQLite')
    let expected: unknown
    try {
      library.restore(bad, 'replace')
    } catch (error) {
      expected = error
    }
    expect(expected).toBeInstanceOf(LibraryError)
    const failed = restoreInWorker(library, bad, 'replace')
    await expect(failed).rejects.toThrow(LibraryError)
    await expect(failed).rejects.toThrow((expected as Error).message)
    await expect(failed).rejects.toMatchObject({ code: (expected as LibraryError).code })
    expect(titlesOf(library)).toHaveLength(library.listStories().length)
  })

  it('answers a web upload through the thread and tells the reader the library changed', async () => {
    const events: string[] = []
    const table = createHandlers({
      library,
      mode: 'web',
      emit: (channel) => events.push(channel),
      restore: (file, mode) => restoreInWorker(library, file, mode),
    })
    const file = { name: 'source.inkstone-backup', base64: readFileSync(backup).toString('base64') }
    const dry = await invokeChannel(table, 'backup:restoreUpload', [file, 'dryRun'])
    expect(dry).toMatchObject({ ok: true, value: { mode: 'dryRun' } })
    expect(events).toEqual([])
    const merged = await invokeChannel(table, 'backup:restoreUpload', [file, 'merge'])
    expect(merged).toMatchObject({ ok: true, value: { mode: 'merge' } })
    expect(events).toEqual(['library:changed'])
  })
})
