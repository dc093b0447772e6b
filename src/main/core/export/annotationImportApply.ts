import type { HighlightColor, HighlightPatch } from '../../../shared/annotations'
import type { StoryId } from '../../../shared/ids'
import { LibraryError } from '../errors/LibraryError'
import type { Library } from '../library/types'
import type { ImportedAnnotation } from './annotationImportRead'
import type { ImportLookup, PlacedPassage } from './annotationImportMatch'
import { cleanTagNames } from '../annotations/tagsOps'

/** What restoring one annotation did. */
export type Outcome = 'restored' | 'orphaned' | 'unchanged'

// An import adds and updates; it never takes away what the reader has. So a file without a
// note leaves a note alone, tags are added to the ones there, and a colour or note the reader
// changed after the file was written is kept (the newer version wins, as in restore).

const isLibraryNewer = (updatedAt: string, annotation: ImportedAnnotation): boolean =>
  annotation.changedAt !== null && Date.parse(updatedAt) > annotation.changedAt

/** Tag names this list lacks (tags match case-insensitively, as the library matches them). */
const missingTags = (have: string[], wanted: string[]): string[] => {
  const names = new Set(have.map((name) => name.toLowerCase()))
  return cleanTagNames(wanted).filter((name) => !names.has(name.toLowerCase()))
}

/** The highlight a passage restores: created, completed, or already there as in the file. */
export function restoreHighlight(
  library: Library,
  lookup: ImportLookup,
  annotation: ImportedAnnotation,
  at: PlacedPassage,
  color: HighlightColor | null,
): Outcome {
  // createHighlight and updateHighlight keep notes trimmed: compare what they would store.
  const note = annotation.notes
    .map((text) => text.trim())
    .filter((text) => text.length > 0)
    .join('\n\n')
  const list = lookup.highlightsOf(at.storyId)
  const index = list.findIndex(
    (h) => !h.isOrphan && h.position.start === at.start && h.position.end === at.end,
  )
  if (index < 0) {
    try {
      const made = library.createHighlight(at.storyId, {
        start: at.start,
        end: at.end,
        color: color ?? 'yellow',
        note,
        tags: cleanTagNames(annotation.tags),
      })
      list.push(made)
      return 'restored'
    } catch (error) {
      // A passage of blanks is no highlight: the library refuses it, and so it is not restored.
      if (error instanceof LibraryError && error.code === 'INVALID_ARGUMENT') return 'orphaned'
      throw error
    }
  }
  const existing = list[index]
  const patch: HighlightPatch = {}
  if (!isLibraryNewer(existing.updatedAt, annotation)) {
    if (color !== null && color !== existing.color) patch.color = color
    if (note.length > 0 && note !== existing.note) patch.note = note
  }
  const have = existing.tags.map((tag) => tag.name)
  const added = missingTags(have, annotation.tags)
  if (added.length > 0) patch.tags = [...have, ...added]
  if (Object.keys(patch).length === 0) return 'unchanged'
  list[index] = library.updateHighlight(existing.id, patch)
  return 'restored'
}

/** A story's own note and tags from an annotation on the whole story. */
export function restoreStoryNoteAndTags(
  library: Library,
  storyId: StoryId,
  annotation: ImportedAnnotation,
): Outcome {
  let outcome: Outcome = 'unchanged'
  // A story note is kept exactly as written (saveNote does not trim), Markdown and all.
  const note = annotation.notes.filter((text) => text.trim().length > 0).join('\n\n')
  if (note.length > 0) {
    const existing = library.getNote(storyId)
    const isKept =
      existing !== null &&
      (existing.markdown === note || isLibraryNewer(existing.updatedAt, annotation))
    if (!isKept) {
      library.saveNote(storyId, note)
      outcome = 'restored'
    }
  }
  const story = library.getStory(storyId)
  const added = missingTags(story?.tags.map((tag) => tag.name) ?? [], annotation.tags)
  if (added.length > 0) {
    library.addTags([storyId], added)
    outcome = 'restored'
  }
  return outcome
}
