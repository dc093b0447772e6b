// Runs an import thread from its TypeScript source (the web bridge under tsx, the benchmarks).
import { tsImport } from 'tsx/esm/api'

await tsImport('./importWorker.ts', import.meta.url)
