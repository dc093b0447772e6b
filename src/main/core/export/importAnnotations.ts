import type { AnnotationImportReport } from '../../../shared/exports'
import type { Library } from '../library/types'
import { restoreHighlight, restoreStoryNoteAndTags, type Outcome } from './annotationImportApply'
import { importLookup, type ImportLookup } from './annotationImportMatch'
import { readAnnotationDocument, type ImportedAnnotation } from './annotationImportRead'

const restoreOne = (
  library: Library,
  lookup: ImportLookup,
  annotation: ImportedAnnotation,
): Outcome => {
  // A highlight if any target selects a passage; else a note or tags on the whole story.
  const passages = annotation.targets.filter((target) => target.isPassage)
  if (passages.length > 0) {
    for (const target of passages) {
      const at = lookup.place(target, lookup.candidates(target.story))
      if (at) return restoreHighlight(library, lookup, annotation, at, target.color)
    }
    return 'orphaned'
  }
  for (const target of annotation.targets) {
    const { likeliest } = lookup.candidates(target.story)
    if (likeliest) return restoreStoryNoteAndTags(library, likeliest, annotation)
  }
  return 'orphaned'
}

/**
 * Restores the highlights (passage, colour, note, tags), story notes and story tags of a W3C
 * Web Annotation document (as the jsonld export writes it) onto this library's stories:
 * matched by story id, else by page (content hash, then name) and the quote, re-anchored as
 * re-import does. Adds and completes, never removes; importing the same file again changes
 * nothing. The whole document is validated before anything is written: a malformed one
 * throws LibraryError INVALID_ARGUMENT naming where and what.
 */
export function importAnnotations(library: Library, document: unknown): AnnotationImportReport {
  const annotations = readAnnotationDocument(document)
  const lookup = importLookup(library)
  const report: AnnotationImportReport = {
    annotations: annotations.length,
    restored: 0,
    orphaned: 0,
    unchanged: 0,
  }
  // Restoring a file is not a reader's step: it leaves the undo history as it was.
  library.withoutUndo(() => {
    for (const annotation of annotations) report[restoreOne(library, lookup, annotation)]++
  })
  return report
}
