import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { exportToDownload } from '../../src/main/core/export/renderExport'
import { LIBRARY_FILE, openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import type { HandlerDeps } from '../../src/main/handlers/handlers'
import { ERROR_CODES } from '../../src/shared/contract'
import { tempDir } from '../core/tempDir'
import type { ArgFixtures } from './channelArgs'

/** A seeded library with some of everything (tags, highlights, notes, a collection). */
export interface FuzzLibrary {
  dir: string
  seeds: string
  library: Library
  fixtures: ArgFixtures
  /** A good backup of the library as it was set up (the desktop open dialog's answer). */
  backupPath: string
  /** Opens the library again, once the caller has closed and checked it. */
  reopen: () => Library
  remove: () => void
}

/** Opens a library on a copy of the seeds and annotates it. */
export const openFuzzLibrary = (prefix: string): FuzzLibrary => {
  const temp = tempDir(prefix, true)
  const libraryDir = join(temp.dir, 'library')
  const library = openLibrary(libraryDir, { log: () => {} })
  library.importPaths([temp.seeds])
  const stories = library.listStoryIds({})
  const collection = library.createCollection('收藏 \u202E')
  library.addToCollection(collection.id, stories.slice(0, 5))
  library.addTags(stories.slice(0, 4), ['工会', 'news'])
  for (const [at, id] of stories.slice(0, 6).entries()) {
    library.createHighlight(id, {
      start: at,
      end: at + 4,
      color: 'yellow',
      note: `n${at}`,
      tags: ['q'],
    })
    library.saveNote(id, `# note ${at}\n\n工会`)
  }
  const backupPath = join(temp.dir, 'fixture.inkstone-backup')
  library.backup(backupPath)
  const annotations = exportToDownload(library, {
    scope: { kind: 'all' },
    format: 'jsonld',
    isHighlightsOnly: false,
  }).download.bytes
  const fuzz: FuzzLibrary = {
    dir: temp.dir,
    seeds: temp.seeds,
    library,
    fixtures: { backup: readFileSync(backupPath), annotations },
    backupPath,
    reopen: () => {
      fuzz.library = openLibrary(libraryDir, { log: () => {} })
      return fuzz.library
    },
    remove: () => {
      fuzz.library.close()
      temp.remove()
    },
  }
  return fuzz
}

/**
 * Puts back what calls have deleted (pages, highlights, tags, a collection), so that live ids
 * stay plentiful for the next cases.
 */
export const replenish = (fuzz: FuzzLibrary): void => {
  const { library } = fuzz
  if (library.listSources().length < 3) library.importPaths([fuzz.seeds])
  const stories = library.listStoryIds({}).slice(0, 4)
  if (stories.length === 0) return
  if (library.listHighlights({}).length < 3) {
    // Fuzzed uploads make stories of a character or two: only longer ones are highlighted.
    for (const id of stories) {
      const length = [...(library.getStory(id)?.body ?? '')].length
      if (length >= 2) library.createHighlight(id, { start: 0, end: 2, color: 'green' })
    }
  }
  if (library.listTags().length < 2) library.addTags(stories, ['工会', 'news'])
  if (library.listCollections().length === 0) {
    library.addToCollection(library.createCollection('收藏').id, stories)
  }
}

/**
 * The desktop app's powers, stubbed: dialogs answer in turn a choice, a cancel and a poor
 * choice (an empty list, a file that is no backup), printing writes a tiny PDF.
 */
export const desktopDeps = (fuzz: FuzzLibrary): Omit<HandlerDeps, 'library' | 'emit'> => {
  const out = join(fuzz.dir, 'out')
  const garbage = join(fuzz.dir, 'garbage.inkstone-backup')
  mkdirSync(out, { recursive: true })
  writeFileSync(garbage, 'SQLite format 3\u0000 but not really')
  let turn = 0
  const next = () => (turn += 1) % 3
  return {
    mode: 'desktop',
    pickPaths: async (kind) => {
      const which = next()
      if (which === 0) return null
      if (which === 1) return []
      return kind === 'folder' ? [fuzz.seeds] : [join(fuzz.seeds, '000_a6102d58e25d08d6.txt')]
    },
    pickSavePath: async (request) => {
      const which = next()
      if (which === 0) return null
      const name = `${turn}${request.extension ? `.${request.extension}` : ''}`
      return which === 1 ? join(out, name) : join(out, 'nested', 'folder', name)
    },
    pickBackupFile: async () => [null, fuzz.backupPath, garbage][next()],
    showInFolder: () => {},
    openExternal: async () => {},
    printToPdf: async (path) => writeFileSync(path, '%PDF-1.4\n%%EOF\n'),
    health: () => ({ status: 'ok' }),
    recover: async () => ({ restoredFrom: fuzz.backupPath, damagedKeptIn: out, stories: 0 }),
  }
}

/** What is wrong with an answer, or null when it is a Result that is ok or a coded failure. */
export const problemWith = (result: unknown): string | null => {
  if (!result || typeof result !== 'object') return `not a Result: ${String(result)}`
  const answer = result as { ok?: unknown; value?: unknown; error?: unknown }
  if (answer.ok === true) return 'value' in answer ? null : 'ok without a value'
  if (answer.ok !== false) return `ok is ${String(answer.ok)}`
  const error = answer.error as { code?: unknown; message?: unknown } | undefined
  if (!error || !(ERROR_CODES as readonly unknown[]).includes(error.code)) {
    return `unknown error code ${String(error?.code)}`
  }
  if (error.code === 'INTERNAL') return `INTERNAL: ${String(error.message)}`
  return typeof error.message === 'string' && error.message !== '' ? null : 'no message'
}

/** SQLite's own check of the library file ('ok' when sound); the library must be closed. */
export const integrityOf = (libraryDir: string): string => {
  const db = new Database(join(libraryDir, LIBRARY_FILE), { readonly: true })
  try {
    return String(db.pragma('integrity_check', { simple: true }))
  } finally {
    db.close()
  }
}
