import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createHandlers, type HandlerTable } from '../../src/main/handlers/handlers'
import { invokeChannel } from '../../src/main/handlers/invokeChannel'
import { openFuzzLibrary, type FuzzLibrary } from './channelHarness'

// Found by the channel fuzz: a backup whose header names a text encoding SQLite reads alone
// (it passes integrity_check) but will not attach to a UTF-8 library (4, 32, 256...) failed
// every restore with INTERNAL. The header check now refuses any encoding but UTF-8.
let fuzz: FuzzLibrary
let table: HandlerTable

beforeAll(() => {
  fuzz = openFuzzLibrary('backup-header')
  table = createHandlers({ library: fuzz.library, mode: 'web', emit: () => {} })
})
afterAll(() => fuzz.remove())

it('refuses a backup whose header names another text encoding, in every mode, changing nothing', async () => {
  const stories = fuzz.library.listStoryIds({})
  for (const encoding of [0, 2, 3, 4, 5, 32, 256]) {
    const bytes = readFileSync(fuzz.backupPath)
    bytes.writeUInt32BE(encoding, 56)
    for (const mode of ['dryRun', 'merge', 'replace']) {
      const file = { name: 'damaged.inkstone-backup', base64: bytes.toString('base64') }
      const result = await invokeChannel(table, 'backup:restoreUpload', [file, mode])
      expect(result.ok ? 'ok' : result.error.code, `${encoding} ${mode}`).toBe('INVALID_ARGUMENT')
      if (!result.ok) expect(result.error.message).toMatch(/damaged\.inkstone-backup: .*UTF-8/)
    }
  }
  expect(fuzz.library.listStoryIds({})).toEqual(stories)
  // The same file with its header as written restores.
  const whole = { name: 'good', base64: readFileSync(fuzz.backupPath).toString('base64') }
  const result = await invokeChannel(table, 'backup:restoreUpload', [whole, 'dryRun'])
  expect(result.ok).toBe(true)
})
