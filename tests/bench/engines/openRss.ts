// Child of the Inkstone bench engine: opens a built library in a fresh process, answers one
// search, and prints the process's resident memory in MB, what "after opening" means.
import { openLibrary } from '../../../src/main/core/library/openLibrary'

const library = openLibrary(process.argv[2])
library.searchPage('发展', { limit: 50 })
library.listStoryIds({})
process.stdout.write(`${Math.round(process.memoryUsage.rss() / 1048576)}\n`)
library.close()
