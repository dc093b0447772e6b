import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { copyAsVersion4 } from './oldLibrary'
import { SEED_DIR, tempDir } from './tempDir'

let temp: ReturnType<typeof tempDir>
let seeded: Library
let old: string
let library: Library
beforeEach(() => {
  temp = tempDir('restore-old')
  seeded = openLibrary(join(temp.dir, 'seeded'))
  seeded.importPaths([SEED_DIR])
  seeded.setRead(seeded.listStories()[0].id, true)
  // A backup written by the release before the full-text index: a version 4 library file.
  old = join(temp.dir, 'old.inkstone-backup')
  copyAsVersion4(join(seeded.dir, LIBRARY_FILE), old)
  library = openLibrary(join(temp.dir, 'library'))
})
afterEach(() => {
  seeded.close()
  library.close()
  temp.remove()
})

const found = (target: Library, text: string): string[] =>
  target
    .search(text)
    .map((hit) => hit.id)
    .sort()

describe('restoring a backup of an older version', () => {
  it('upgrades a private copy and merges it: stories, read state, and search', () => {
    const bytes = readFileSync(old)
    const dry = library.restore(old, 'dryRun')
    const report = library.restore(old, 'merge')
    expect({ ...report, mode: 'dryRun' }).toEqual(dry)
    expect(report.pages).toEqual({ added: 5, updated: 0, kept: 0 })
    expect(report.stories.added).toBe(seeded.listStories().length)
    expect(library.listStories().map((story) => [story.id, story.isRead])).toEqual(
      seeded.listStories().map((story) => [story.id, story.isRead]),
    )
    expect(found(library, '疗休养')).toEqual(found(seeded, '疗休养'))
    expect(found(library, '疗休养').length).toBeGreaterThan(0)
    // The reader's file is only read; the private copy is gone.
    expect(readFileSync(old).equals(bytes)).toBe(true)
    expect(readdirSync(join(library.dir, 'backups'))).toEqual([])
  })

  it('replaces the library with it', () => {
    library.importPaths([join(SEED_DIR, readdirSync(SEED_DIR)[0])])
    const report = library.restore(old, 'replace')
    expect(report.stories.added).toBe(seeded.listStories().length)
    expect(library.listSources().map((page) => page.name)).toEqual(
      seeded.listSources().map((page) => page.name),
    )
    expect(library.maintain()).toBe(true)
    expect(found(library, '疗休养')).toEqual(found(seeded, '疗休养'))
  })
})
