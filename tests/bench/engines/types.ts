import type { ParsedQuery } from '../../../src/main/core/search/parseQuery'

/** A story as Inkstone stored it: what every baseline indexes, so all search the same text. */
export interface BenchStory {
  /** `page#position` (storyKey): the same story in two libraries, whatever ids each gave it. */
  id: string
  title: string
  byline: string
  body: string
}

/** One answer: the first page of ranked story ids and how many stories match in all. */
export interface EngineAnswer {
  ids: string[]
  total: number
}

/** Where an engine finds its input and keeps its files. */
export interface EngineInput {
  /** The generated pages (Inkstone imports these). */
  corpusDir: string
  /** The stories Inkstone stored from them (the baselines index these). */
  stories: BenchStory[]
  /** A fresh folder of the engine's own. */
  workDir: string
}

/** Figures an engine's build reports beyond its total time. */
export interface BuildPhases {
  /** Inkstone: until every page is stored and indexed (import threads index their pages). */
  importMs?: number
  /** Inkstone: after that, until the indexer thread has merged the index's segments. */
  indexMs?: number
  /** Search latency during the import and the merging (p95 of probes every 200 ms). */
  searchDuringIndexP95Ms?: number
  /** The longest the thread that serves the reader was blocked during the build. */
  worstBlockMs?: number
  /** The process's resident memory at its highest during import and indexing (all threads). */
  peakImportRssMb?: number
  /** A fresh process's resident memory once it has opened the library and answered a search. */
  openRssMb?: number
}

/** A search engine under test. Each runs alone in a child process, one after another. */
export interface BenchEngine {
  readonly name: string
  /**
   * False when build never reads `stories` (Inkstone imports the pages, as the app does): the
   * harness then never loads them, so the memory it reports is the engine's own.
   */
  readonly readsStories?: boolean
  /** Builds the index from scratch (Inkstone: the full import, as the app runs it). */
  build(input: EngineInput): void | BuildPhases | Promise<void | BuildPhases>
  /** Opens what build left on disk; the harness times this together with the first search. */
  open(): void
  /** The first `limit` ids, best first, and the count of all matches. */
  search(query: string, parsed: ParsedQuery, limit: number): EngineAnswer
  /** Every matching id (the recall pass), in any order. */
  searchAll(query: string, parsed: ParsedQuery): string[]
  close(): void
}

/** Page size every engine is asked for, as Inkstone's search list asks. */
export const PAGE_SIZE = 50

/** A story's id across libraries: its page's name and its place on the page. */
export const storyKey = (story: { sourceName: string; position: number }): string =>
  `${story.sourceName}#${story.position}`
