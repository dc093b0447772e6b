import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startDailyBackups } from '../core/backup/dailyBackup'
import { defaultLibraryDir } from '../core/library/defaultLibraryDir'
import { openLibraryWithIndexer } from '../workers/openLibraryWithIndexer'
import type { Emit } from '../handlers/handlers'
import { readOption } from '../handlers/readOption'
import { startWebServer } from './startWebServer'

// Web mode's entry: `node out/main/web.js` after a build, or straight from source through tsx.
// stdout carries exactly one line, the address; the e2e fixture and scripts/web.mjs parse it.

/** The folder holding package.json, found from this file whether it runs from src/ or out/. */
const findAppRoot = (start: string): string => {
  let dir = start
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) return process.cwd()
    dir = parent
  }
  return dir
}

const main = async () => {
  const argv = process.argv.slice(2)
  const appRoot = findAppRoot(dirname(fileURLToPath(import.meta.url)))
  const libraryDir = resolve(
    readOption(argv, 'library') ?? defaultLibraryDir(process.platform, process.env, homedir()),
  )
  const seedDir = resolve(readOption(argv, 'seeds') ?? join(appRoot, 'seeds'))
  const rendererDir = resolve(readOption(argv, 'renderer') ?? join(appRoot, 'out', 'renderer'))
  const portOption = readOption(argv, 'port')
  const port = portOption === undefined ? 0 : Number(portOption)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be 0..65535, not ${portOption}`)
  }
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(
      `Inkstone web mode: no built page in ${rendererDir} (run "npm run build"); the API still answers.`,
    )
  }

  // Indexing progress goes to the pages once the server is up.
  let emit: Emit = () => {}
  const { library: library, indexer } = openLibraryWithIndexer(libraryDir, (progress) =>
    emit('index:progress', progress),
  )
  if (existsSync(seedDir)) library.importSeedsIfEmpty(seedDir)
  const stopBackups = startDailyBackups(library)
  const server = await startWebServer({ library, rendererDir, port })
  emit = server.emit
  console.log(`Inkstone web mode: ${server.url}`)
  console.log(
    indexer === null
      ? 'Search index: kept between requests (no indexer thread found)'
      : 'Search index: kept on an indexer thread',
  )

  let isClosing = false
  const shutdown = () => {
    if (isClosing) return
    isClosing = true
    server
      .close()
      .catch((error: unknown) => console.error('Inkstone web mode: close failed:', error))
      .finally(() => {
        stopBackups()
        library.close()
        process.exit(0)
      })
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((error: unknown) => {
  console.error(`Inkstone web mode: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
