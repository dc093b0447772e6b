// Runs a backup thread from its TypeScript source (the web bridge under tsx, in tests).
import { tsImport } from 'tsx/esm/api'

await tsImport('./backupWorker.ts', import.meta.url)
