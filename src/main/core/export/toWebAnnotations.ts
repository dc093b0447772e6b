import type { ExportBundle, ExportHighlight, ExportStory } from './exportBundle'
import {
  colorStylesheet,
  INKSTONE_AGENT,
  nameBasedUuid,
  noteBody,
  storyResource,
  tagBodies,
  xsdDateTime,
} from './webAnnotationParts'
import {
  ANNO_CONTEXT,
  highlightIri,
  storyNoteIri,
  storyTagsIri,
  styleClassOf,
} from './webAnnotationTerms'
import type { WebAnnotation, WebAnnotationCollection, WebStoryResource } from './webAnnotationTypes'

/** What every annotation of one export says about where it came from. */
type Provenance = Pick<WebAnnotation, 'generated' | 'generator'>

const dates = (created: string | null, modified: string | null) => {
  const at = { created: xsdDateTime(created), modified: xsdDateTime(modified) }
  return {
    ...(at.created ? { created: at.created } : {}),
    ...(at.modified ? { modified: at.modified } : {}),
  }
}

const highlightAnnotation = (
  highlight: ExportHighlight,
  source: WebStoryResource,
  provenance: Provenance,
): WebAnnotation => {
  const body = [
    ...(highlight.note.trim().length > 0 ? [noteBody(highlight.note)] : []),
    ...tagBodies(highlight.tags.map((tag) => tag.name)),
  ]
  const { quote, position } = highlight
  return {
    id: highlightIri(highlight.id),
    type: 'Annotation',
    motivation: 'highlighting',
    ...dates(highlight.createdAt, highlight.updatedAt),
    ...provenance,
    ...(body.length > 0 ? { body } : {}),
    target: {
      type: 'SpecificResource',
      source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
        },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
      styleClass: styleClassOf(highlight.color),
    },
    // The model puts the stylesheet on the annotation, and a styleClass without one is ignored.
    stylesheet: colorStylesheet(highlight.color, highlight.colorName),
  }
}

/** A story's own note, its tags, then its highlights in text order. */
const storyAnnotations = (entry: ExportStory, provenance: Provenance): WebAnnotation[] => {
  const { story, note } = entry
  const source = storyResource(story, entry.source)
  const items: WebAnnotation[] = []
  if (note && note.markdown.trim().length > 0) {
    items.push({
      id: storyNoteIri(story.id),
      type: 'Annotation',
      motivation: 'commenting',
      ...dates(null, note.updatedAt),
      ...provenance,
      body: [noteBody(note.markdown)],
      target: source,
    })
  }
  if (story.tags.length > 0) {
    items.push({
      id: storyTagsIri(story.id),
      type: 'Annotation',
      motivation: 'tagging',
      ...provenance,
      body: tagBodies(story.tags.map((tag) => tag.name)),
      target: source,
    })
  }
  for (const highlight of entry.highlights)
    items.push(highlightAnnotation(highlight, source, provenance))
  return items
}

/**
 * An export as a W3C Web Annotation AnnotationCollection (JSON-LD) with one embedded page: an
 * annotation per highlight (motivation highlighting, its note and tags as bodies, the colour
 * as a styleClass with its stylesheet), per story note (commenting) and per story's tags
 * (tagging). Pure: the same bundle gives the same document, and the same highlight the same
 * IRI on every export.
 */
export function toWebAnnotations(bundle: ExportBundle): WebAnnotationCollection {
  const generated = xsdDateTime(bundle.exportedAt)
  const provenance: Provenance = {
    ...(generated ? { generated } : {}),
    generator: INKSTONE_AGENT,
  }
  const items = bundle.stories.flatMap((entry) => storyAnnotations(entry, provenance))
  // Named after the export itself, so one export's ids never collide with another's.
  const name = `${JSON.stringify(bundle.scope)}\n${bundle.title}\n${bundle.exportedAt}`
  const id = nameBasedUuid(`collection\n${name}`)
  const pageId = nameBasedUuid(`page 0\n${name}`)
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: bundle.title,
    total: items.length,
    ...provenance,
    // The model requires a page to hold at least one annotation: an empty export has none.
    ...(items.length > 0
      ? {
          first: { id: pageId, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
          last: pageId,
        }
      : {}),
  }
}
