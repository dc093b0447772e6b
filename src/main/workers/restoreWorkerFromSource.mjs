// Runs a restore thread from its TypeScript source (the web bridge under tsx, in tests).
import { tsImport } from 'tsx/esm/api'

await tsImport('./restoreWorker.ts', import.meta.url)
