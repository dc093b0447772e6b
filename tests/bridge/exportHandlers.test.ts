import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHandlers, type HandlerDeps } from '../../src/main/handlers/handlers'
import type { SaveRequest } from '../../src/main/handlers/exportHandlers'
import { invokeChannel } from '../../src/main/handlers/invokeChannel'
import type { Channel, Channels, EventName, Result } from '../../src/shared/contract'
import { COLLECTION_NAME, exportFixture, type ExportFixture } from '../core/exportFixture'

let fixture: ExportFixture
const events: Array<{ event: EventName; payload: unknown }> = []
const saves: SaveRequest[] = []
let nextSave: string | null = null
let shown: string[] = []

const table = (mode: 'web' | 'desktop', extra: Partial<HandlerDeps> = {}) =>
  createHandlers({
    library: fixture.library,
    mode,
    emit: (event, payload) => events.push({ event, payload }),
    ...extra,
  })
const call = <C extends Channel>(
  handlers: ReturnType<typeof table>,
  channel: C,
  ...args: Channels[C]['args']
): Promise<Result<Channels[C]['result']>> =>
  invokeChannel(handlers, channel, args) as Promise<Result<Channels[C]['result']>>
const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}
const upload = (name: string, content: string | Uint8Array) => ({
  name,
  base64: Buffer.from(content).toString('base64'),
})

beforeAll(() => {
  fixture = exportFixture()
})
afterAll(() => fixture.remove())

describe('export in web mode', () => {
  it('answers each format as a download, with progress on the way', async () => {
    const web = table('web')
    events.length = 0
    const csv = value(await call(web, 'export:run', fixture.request('csv')))!
    expect(csv.summary).toMatchObject({ format: 'csv', stories: 5, highlights: 8, notes: 8 })
    expect(csv.download?.name).toBe(
      `${COLLECTION_NAME.replace(/[:/]/g, ' ').replace(/\s+/g, ' ')}.csv`,
    )
    expect(csv.download?.mime).toBe('text/csv')
    expect(Buffer.from(csv.download!.base64, 'base64').toString('utf8')).toContain(
      '服务学生近700人次',
    )
    const progress = events.filter((e) => e.event === 'export:progress').map((e) => e.payload)
    expect(progress.at(-1)).toEqual({ done: 5, total: 5 })
    for (const format of ['html', 'jsonld', 'epub'] as const) {
      const outcome = value(await call(web, 'export:run', fixture.request(format)))!
      expect(outcome.download!.name.endsWith(`.${format}`)).toBe(true)
      expect(Buffer.from(outcome.download!.base64, 'base64').length).toBeGreaterThan(500)
    }
  })

  it('zips a markdown export: one folder with a file per story and the index', async () => {
    const outcome = value(await call(table('web'), 'export:run', fixture.request('markdown')))!
    expect(outcome.download!.mime).toBe('application/zip')
    const files = unzipSync(new Uint8Array(Buffer.from(outcome.download!.base64, 'base64')))
    const names = Object.keys(files)
    expect(names).toHaveLength(6)
    const folders = new Set(names.map((name) => name.split('/')[0]))
    expect(folders.size).toBe(1)
    expect(names.map((name) => strFromU8(files[name])).join('\n')).toContain(
      '为8位劳模发放贷款2435万元',
    )
  })

  it('has no save dialog, folder or PDF in web mode', async () => {
    const web = table('web')
    for (const result of [
      await call(web, 'export:showInFolder'),
      await call(web, 'print:savePdf', 'x'),
      await call(web, 'backup:pickAndRestore', 'merge'),
    ]) {
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.detail?.key).toBe('nativeDialogOnly')
    }
  })
})

describe('export on the desktop', () => {
  it('asks where, writes there, and shows it in its folder', async () => {
    shown = []
    const desktop = table('desktop', {
      pickSavePath: async (request) => {
        saves.push(request)
        return nextSave
      },
      showInFolder: (path) => void shown.push(path),
    })
    nextSave = null
    expect(value(await call(desktop, 'export:run', fixture.request('html')))).toBeNull()
    expect(saves.at(-1)).toMatchObject({ kind: 'file', extension: 'html' })
    nextSave = join(fixture.dir, 'desk', 'out.html')
    const outcome = value(await call(desktop, 'export:run', fixture.request('html')))!
    expect(outcome).toMatchObject({ download: null, summary: { path: nextSave, stories: 5 } })
    expect(readFileSync(nextSave, 'utf8')).toContain('<mark')
    nextSave = join(fixture.dir, 'desk', 'vault')
    value(await call(desktop, 'export:run', fixture.request('markdown')))
    expect(saves.at(-1)?.kind).toBe('folder')
    expect(existsSync(nextSave)).toBe(true)
    value(await call(desktop, 'export:showInFolder'))
    expect(shown).toEqual([nextSave])
  })
})

describe('annotation files and backups', () => {
  it('refuses a file that is not JSON or not annotations, naming it', async () => {
    const web = table('web')
    const notJson = await call(web, 'annotations:import', upload('bad.jsonld', '{"truncated": '))
    expect(notJson.ok).toBe(false)
    if (!notJson.ok) {
      expect(notJson.error.code).toBe('INVALID_ARGUMENT')
      expect(notJson.error.detail).toMatchObject({
        key: 'annotationFileInvalid',
        params: { name: 'bad.jsonld' },
      })
    }
    const wrongShape = await call(web, 'annotations:import', upload('x.json', '[1, 2, 3]'))
    expect(wrongShape.ok).toBe(false)
    if (!wrongShape.ok) expect(wrongShape.error.code).not.toBe('INTERNAL')
  })

  it('restores what it exported: highlights come back after they were deleted', async () => {
    const web = table('web')
    const outcome = value(await call(web, 'export:run', fixture.request('jsonld')))!
    const file = { name: 'c.jsonld', base64: outcome.download!.base64 }
    const [first] = fixture.highlightIds
    fixture.library.deleteHighlight(first)
    events.length = 0
    const report = value(await call(web, 'annotations:import', file))
    expect(report.restored).toBeGreaterThanOrEqual(1)
    expect(
      fixture.library.listHighlights({}).some((h) => h.quote.exact === '“四点半课堂”福利性托管班'),
    ).toBe(true)
    expect(events.some((e) => e.event === 'library:changed')).toBe(true)
  })

  it('backs up as a download and restores the upload, refusing a file that is no backup', async () => {
    const web = table('web')
    const backup = value(await call(web, 'backup:create'))!
    expect(backup.download!.name).toMatch(/\.inkstone-backup$/)
    const file = { name: backup.download!.name, base64: backup.download!.base64 }
    const dry = value(await call(web, 'backup:restoreUpload', file, 'dryRun'))
    expect(dry.mode).toBe('dryRun')
    expect(dry.highlights.added).toBe(0)
    const refused = await call(
      web,
      'backup:restoreUpload',
      upload('notes.txt', '这不是备份'),
      'merge',
    )
    expect(refused.ok).toBe(false)
    if (!refused.ok) {
      expect(refused.error.code).not.toBe('INTERNAL')
      expect(refused.error.message).toContain('notes.txt')
    }
  })
})

describe('restoring on the desktop', () => {
  it('restores the file the dry run picked, without asking again', async () => {
    const file = join(fixture.dir, 'desk-backup.inkstone-backup')
    fixture.library.backup(file)
    let picks = 0
    const desktop = table('desktop', {
      pickBackupFile: async () => {
        picks++
        return file
      },
    })
    expect(value(await call(desktop, 'backup:pickAndRestore', 'dryRun'))?.mode).toBe('dryRun')
    expect(picks).toBe(1)
    expect(value(await call(desktop, 'backup:pickAndRestore', 'merge'))?.mode).toBe('merge')
    expect(picks).toBe(1)
    // Without a dry run just before, the dialog asks which file.
    value(await call(desktop, 'backup:pickAndRestore', 'merge'))
    expect(picks).toBe(2)
  })
})
