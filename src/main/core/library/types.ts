import type { SourceId, StoryId } from '../../../shared/ids'
import type {
  ImportReport,
  SearchHit,
  Source,
  Story,
  StorySummary,
} from '../../../shared/types'
import type { ImportProgress, Settings, StoryListQuery } from '../../../shared/contract'

/** A file handed over as bytes (web-mode picker, drag and drop) rather than a path. */
export interface FileUpload {
  name: string
  bytes: Uint8Array
}

/** Options for one import. */
export interface ImportOptions {
  /** Overrides encoding detection for every file of this import (e.g. "gb18030"). */
  encoding?: string
  onProgress?: (progress: ImportProgress) => void
}

/** The library as core offers it to the shell, the CLI and the web bridge. */
export interface Library {
  readonly dir: string
  /** Imports files and folders (recursively); each file in its own transaction. */
  importPaths(paths: string[], options?: ImportOptions): ImportReport
  /** Imports files given as bytes; same rules as importPaths. */
  importUploads(files: FileUpload[], options?: ImportOptions): ImportReport
  /** Imports the sample pages when the library holds no source yet; null when it already had some. */
  importSeedsIfEmpty(seedDir: string): ImportReport | null
  listSources(): Source[]
  listStories(query?: StoryListQuery): StorySummary[]
  getStory(id: StoryId): Story | null
  search(query: string, options?: { limit?: number }): SearchHit[]
  /** Marks a story read or unread. */
  setRead(id: StoryId, isRead: boolean): void
  /** Remembers reading progress (0..1) and the time it was last opened. */
  saveProgress(id: StoryId, progress: number): void
  getSettings(): Settings
  updateSettings(patch: Partial<Settings>): Settings
  /** Removes a source and its stories. */
  removeSource(id: SourceId): void
  close(): void
}
