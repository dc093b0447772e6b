import type { ExportScope } from '../../../shared/exports'
import type { Highlight, StoryNote } from '../../../shared/annotations'
import type { Source, Story } from '../../../shared/types'

/** A highlight as exports write it: with the colour's name as the reader sees it. */
export interface ExportHighlight extends Highlight {
  /** The reader's own name for the colour (Settings), else the built-in name ("yellow"). */
  colorName: string
}

/** One story with everything the reader added to it. */
export interface ExportStory {
  story: Story
  /** The page the story came from (null only if it vanished meanwhile). */
  source: Source | null
  /** In text order; orphans (whose passage is gone) last. */
  highlights: ExportHighlight[]
  note: StoryNote | null
  /** Names of the collections the story is in. */
  collections: string[]
}

/** Everything one export writes, gathered from the library before any file is written. */
export interface ExportBundle {
  /** The collection's or tag's name, the query, or "Inkstone" for the whole library. */
  title: string
  scope: ExportScope
  /** When the export was made (ISO 8601). */
  exportedAt: string
  isHighlightsOnly: boolean
  stories: ExportStory[]
}

/** One file an export writes: its path inside the export (`/`-separated) and its content. */
export interface ExportFile {
  path: string
  data: string | Uint8Array
}
