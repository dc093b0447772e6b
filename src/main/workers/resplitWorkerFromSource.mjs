// Runs a re-split thread from its TypeScript source (the web bridge under tsx, in tests).
import { tsImport } from 'tsx/esm/api'

await tsImport('./resplitWorker.ts', import.meta.url)
