#!/usr/bin/env node
// Runs one TypeScript file under Node through tsx's API: `node bin/run-ts.mjs file.ts [args...]`.
// The script sees its own arguments in process.argv as if it had been run directly.
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const [file, ...args] = process.argv.slice(2)
if (!file) {
  process.stderr.write('usage: node bin/run-ts.mjs <file.ts> [args...]\n')
  process.exit(2)
}
const url = pathToFileURL(resolve(file)).href
process.argv = [process.argv[0], resolve(file), ...args]
await tsImport(url, import.meta.url)
