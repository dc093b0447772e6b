import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { LibraryHealth } from '../../shared/health'
import { startDailyBackups } from '../core/backup/dailyBackup'
import { backupsInWorker } from '../workers/backupInWorker'
import { checkLibrary, describeDamage, isDamageError } from '../core/backup/libraryHealth'
import { defaultLibraryDir } from '../core/library/defaultLibraryDir'
import { openLibraryWithIndexer } from '../workers/openLibraryWithIndexer'
import type { Emit } from '../handlers/handlers'
import { readOption } from '../handlers/readOption'
import { listenOnSavedAddress } from './listenOnSavedAddress'
import { openBrowser, shouldOpenBrowser } from './openBrowser'
import { WEB_SETTINGS_FILE } from './webSettings'

// Web mode's entry: `node out/main/web.js` after a build, or straight from source through tsx.
// stdout's first line is the address (`Inkstone web mode: URL`), which the e2e fixture parses;
// the lines after it say where the library is. Options: --library DIR, --port N (else the port
// saved in the library's web.json), --new-token, --no-open, --seeds DIR, --renderer DIR.

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

// A library that cannot even be opened because its file is damaged: say so, and how to recover.
const openOrExplain = <T>(libraryDir: string, open: () => T): T => {
  try {
    return open()
  } catch (error) {
    const found = isDamageError(error) ? checkLibrary(libraryDir) : null
    if (found?.status === 'damaged') throw new Error(describeDamage(libraryDir, found))
    throw error
  }
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
  const port = portOption === undefined ? undefined : Number(portOption)
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new Error(`--port must be 0..65535, not ${portOption}`)
  }
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(
      `Inkstone web mode: no built page in ${rendererDir} (run "npm run build"); the API still answers.`,
    )
  }

  // Indexing progress goes to the pages once the server is up.
  let emit: Emit = () => {}
  let health: LibraryHealth = { status: 'ok' }
  const { library: library, indexer } = openOrExplain(libraryDir, () =>
    openLibraryWithIndexer(
      libraryDir,
      (progress) => emit('index:progress', progress),
      {},
      (found) => {
        health = found
        if (found.status === 'ok') return
        console.error(describeDamage(libraryDir, found))
        emit('library:health', found)
      },
    ),
  )
  if (existsSync(seedDir)) library.importSeedsIfEmpty(seedDir)
  const stopBackups = startDailyBackups(backupsInWorker(library))
  const { server, isTokenNew, isPortMoved } = await listenOnSavedAddress({
    library,
    rendererDir,
    libraryDir,
    port,
    isNewToken: argv.includes('--new-token'),
    health: () => health,
  })
  emit = server.emit
  console.log(`Inkstone web mode: ${server.url}`)
  console.log(`Library: ${libraryDir}`)
  if (isTokenNew)
    console.log('A new token: addresses handed out before no longer open the library.')
  if (isPortMoved) console.log('The saved port was taken by another program: this address is new.')
  console.log(
    `The address stays the same from one start to the next (kept in ${WEB_SETTINGS_FILE}).`,
  )
  if (shouldOpenBrowser(argv, process.env)) openBrowser(server.url)
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
