import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/**
 * A worker's script: the built `<name>.js` beside the built main (electron-vite builds each
 * worker as an entry), or, when running from source (tsx: the web bridge in tests, the
 * benchmarks), a bootstrap `<name>FromSource.mjs` that loads the TypeScript. Null when neither
 * is there; the host then does the work on its own thread.
 */
export const workerScript = (name: string): string | null => {
  // Built, this module may sit in a shared chunk (out/main/chunks/) below the entries.
  const candidates = [
    join(here, `${name}.js`),
    join(dirname(here), `${name}.js`),
    join(here, `${name}FromSource.mjs`),
  ]
  return candidates.find((candidate) => existsSync(candidate)) ?? null
}
