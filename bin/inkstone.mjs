#!/usr/bin/env node
// The `inkstone` command. In a checkout it runs the TypeScript source through tsx (no build
// step, and a stale build never shadows the source); an installed copy without src runs the
// built out/main/cli.js.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const source = new URL('../src/main/cli.ts', import.meta.url)
const built = new URL('../out/main/cli.js', import.meta.url)

let cli
if (existsSync(fileURLToPath(source))) {
  const { tsImport } = await import('tsx/esm/api')
  cli = await tsImport(source.href, import.meta.url)
} else {
  cli = await import(built.href)
}
process.exitCode = cli.main(process.argv.slice(2))
