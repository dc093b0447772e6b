import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** The sample pages shipped with the app. */
export const SEED_DIR = resolve(import.meta.dirname, '../../seeds')

/** A fresh temp folder (with a writable copy of the seeds in `seeds` when asked). */
export function tempDir(
  prefix: string,
  withSeeds = false,
): { dir: string; seeds: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `inkstone-${prefix}-`))
  const seeds = join(dir, 'seeds')
  if (withSeeds) {
    // Tests rewrite pages; the shipped seeds are read-only.
    cpSync(SEED_DIR, seeds, { recursive: true })
    for (const name of readdirSync(seeds)) chmodSync(join(seeds, name), 0o644)
  }
  return { dir, seeds, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
