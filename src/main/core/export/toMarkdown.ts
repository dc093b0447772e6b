import type { ExportBundle, ExportFile, ExportStory } from './exportBundle'
import { indexId, indexMarkdown, linkedStems } from './markdownIndex'
import { frontMatterId, withKeptPart } from './markdownKeep'
import { nameKey, numberedStem, safeStem } from './markdownNames'
import { storyMarkdown } from './markdownStory'

// How far past the last file found a name search looks for one that is already this story's
// (the reader may have deleted "name (2).md" and kept "name (3).md").
const MISSES_BEFORE_GIVING_UP = 3

/** Reads files of the export folder once each, and says whose file a name holds. */
const folderReader = (readExisting: (path: string) => string | null) => {
  const cache = new Map<string, string | null>()
  const read = (stem: string): string | null => {
    const path = `${stem}.md`
    if (!cache.has(path)) cache.set(path, readExisting(path))
    return cache.get(path)!
  }
  return { read, ownerOf: (stem: string) => frontMatterId(read(stem) ?? '') }
}

type Folder = ReturnType<typeof folderReader>

/**
 * The name for a file whose front matter carries `id`: a numbered form of `base` that already
 * holds this id, else the first that is neither taken in this export nor holds another file
 * (a different story's, or the reader's own note: never overwritten).
 */
const pickStem = (base: string, id: string, taken: Set<string>, folder: Folder): string => {
  const isFree = (stem: string) => !taken.has(nameKey(`${stem}.md`))
  for (let n = 1, misses = 0; misses < MISSES_BEFORE_GIVING_UP; n++) {
    const stem = numberedStem(base, n)
    if (folder.read(stem) === null) misses++
    else if (folder.ownerOf(stem) === id && isFree(stem)) return stem
  }
  for (let n = 1; ; n++) {
    const stem = numberedStem(base, n)
    if (isFree(stem) && folder.read(stem) === null) return stem
  }
}

/**
 * The Markdown export for Obsidian and Logseq: one file per story, named from its headline
 * (safe on every OS, unique case-insensitively) and keeping the name an earlier export to the
 * same folder gave it, and an index named after the export listing the stories in order as
 * wiki links (written last). Each file keeps what the reader wrote below its marker line;
 * `readExisting` reads a file of the destination folder by name (null when absent).
 */
export function toMarkdown(
  bundle: ExportBundle,
  readExisting: (path: string) => string | null,
): ExportFile[] {
  const folder = folderReader(readExisting)
  const taken = new Set<string>()
  const claim = (stem: string): string => {
    taken.add(nameKey(`${stem}.md`))
    return stem
  }
  const indexStem = claim(
    pickStem(safeStem(bundle.title, 'Inkstone'), indexId(bundle), taken, folder),
  )

  // First the names the previous index gave, where that file still carries the story's id.
  const stems = new Map<ExportStory, string>()
  const previous = new Map<string, string>()
  for (const stem of linkedStems(folder.read(indexStem) ?? '')) {
    const owner = folder.ownerOf(stem)
    if (owner !== null && !previous.has(owner)) previous.set(owner, stem)
  }
  for (const item of bundle.stories) {
    const stem = previous.get(item.story.id)
    if (stem !== undefined && !taken.has(nameKey(`${stem}.md`))) stems.set(item, claim(stem))
  }
  for (const item of bundle.stories) {
    if (stems.has(item)) continue
    const base = safeStem(item.story.title, `story ${item.story.id}`)
    stems.set(item, claim(pickStem(base, item.story.id, taken, folder)))
  }

  const entries = bundle.stories.map((item) => ({ item, stem: stems.get(item)! }))
  const files: ExportFile[] = entries.map(({ item, stem }) => ({
    path: `${stem}.md`,
    data: withKeptPart(storyMarkdown(item, bundle), folder.read(stem)),
  }))
  files.push({
    path: `${indexStem}.md`,
    data: withKeptPart(indexMarkdown(bundle, entries), folder.read(indexStem)),
  })
  return files
}
