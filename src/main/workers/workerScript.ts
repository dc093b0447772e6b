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
  const built = join(here, `${name}.js`)
  if (existsSync(built)) return built
  const fromSource = join(here, `${name}FromSource.mjs`)
  return existsSync(fromSource) ? fromSource : null
}
