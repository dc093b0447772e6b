// Runs the indexer thread from its TypeScript source (the web bridge under tsx, in tests).
import { tsImport } from 'tsx/esm/api'

await tsImport('./indexWorker.ts', import.meta.url)
