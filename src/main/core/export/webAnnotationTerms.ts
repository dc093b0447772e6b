import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/annotations'

// The names Inkstone gives things in a W3C Web Annotation file, shared by the export and by
// import-annotations: one place decides an IRI's shape and the other reads it back.

/** The JSON-LD context every Web Annotation document names. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

const STORY_PREFIX = 'urn:inkstone:story:'
const HIGHLIGHT_PREFIX = 'urn:inkstone:highlight:'
const PAGE_PREFIX = 'urn:sha256:'
const STYLE_PREFIX = 'inkstone-'

/** The IRI of a story: stable for as long as the library keeps the story. */
export const storyIri = (id: string): string => `${STORY_PREFIX}${encodeURIComponent(id)}`

/** The story id an IRI names, or null when it names no Inkstone story. */
export function storyIdOfIri(iri: string): string | null {
  if (!iri.startsWith(STORY_PREFIX)) return null
  try {
    const id = decodeURIComponent(iri.slice(STORY_PREFIX.length))
    return id.length > 0 ? id : null
  } catch {
    return null
  }
}

/** The IRI of a highlight's annotation: the same highlight gets the same IRI on every export. */
export const highlightIri = (id: string): string => `${HIGHLIGHT_PREFIX}${encodeURIComponent(id)}`

/** The IRI of a story's own note as an annotation. */
export const storyNoteIri = (id: string): string =>
  `urn:inkstone:story-note:${encodeURIComponent(id)}`

/** The IRI of a story's tags as an annotation. */
export const storyTagsIri = (id: string): string =>
  `urn:inkstone:story-tags:${encodeURIComponent(id)}`

/** A page named by its bytes' SHA-256: the same file has the same IRI in every library. */
export const pageIri = (contentHash: string): string => `${PAGE_PREFIX}${contentHash}`

/** The content hash a page IRI carries, or null. */
export const pageHashOfIri = (iri: string): string | null =>
  /^urn:sha256:[0-9a-f]{64}$/i.test(iri) ? iri.slice(PAGE_PREFIX.length).toLowerCase() : null

/** The CSS class a highlight colour is exported as. */
export const styleClassOf = (color: HighlightColor): string => `${STYLE_PREFIX}${color}`

/**
 * The colour a style class names: Inkstone's own (`inkstone-green`), the reader's (`hl-green`)
 * or a bare colour name from another tool; null for anything else.
 */
export function colorOfStyleClass(styleClass: string): HighlightColor | null {
  const name = styleClass
    .trim()
    .toLowerCase()
    .replace(/^(inkstone-|hl-)/, '')
  return HIGHLIGHT_COLORS.find((color) => color === name) ?? null
}

/** The reader's highlight colours (features/highlights/highlights.css), for the stylesheet. */
export const HIGHLIGHT_CSS: Record<HighlightColor, string> = {
  yellow: 'rgba(255, 214, 10, 0.42)',
  green: 'rgba(80, 200, 120, 0.36)',
  blue: 'rgba(80, 150, 255, 0.32)',
  pink: 'rgba(255, 110, 170, 0.32)',
  purple: 'rgba(170, 110, 255, 0.32)',
}
