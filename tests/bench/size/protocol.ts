import type { BenchQuery } from '../corpus/querySet'
import type { BuildPhases } from '../engines/types'

/** What the parent hands a worker (as one JSON argument). */
export interface WorkerTask {
  mode: 'prepare' | 'engine'
  engine: string
  corpusDir: string
  storiesFile: string
  queriesFile: string
  workDir: string
  rounds: number
  outFile: string
}

/** A worker's answer to one query: timings of every round, the first page, all matches. */
export interface QueryRun {
  query: BenchQuery
  ms: number[]
  ids: string[]
  total: number
  all: string[]
  error?: string
}

/** What one engine's worker writes back. */
export interface EngineRun {
  engine: string
  buildMs: number
  phases?: BuildPhases
  /** Open plus the first search answered. */
  openMs: number
  /** Resident memory after build, after the searches, and the process's peak (MB). */
  rssAfterBuildMb: number
  rssAfterSearchMb: number
  peakRssMb: number
  heapUsedMb: number
  queries: QueryRun[]
}

/** What the prepare worker writes back next to the stories file. */
export interface PrepareRun {
  files: number
  stories: number
  importMs: number
}
