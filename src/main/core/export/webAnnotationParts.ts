import { createHash } from 'node:crypto'
import type { HighlightColor } from '../../../shared/annotations'
import type { Source, Story } from '../../../shared/types'
import { sha256 } from '../import/sha256'
import { HIGHLIGHT_CSS, pageIri, storyIri, styleClassOf } from './webAnnotationTerms'
import type {
  WebCssStylesheet,
  WebSoftwareAgent,
  WebStoryResource,
  WebTextualBody,
} from './webAnnotationTypes'

/** Inkstone as the generator of every annotation it writes. */
export const INKSTONE_AGENT: WebSoftwareAgent = {
  id: 'urn:inkstone:software',
  type: 'Software',
  name: 'Inkstone',
}

const UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/
const WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?[+-]\d\d:?\d\d$/

/**
 * A stored timestamp as the model's xsd:dateTime in UTC with "Z"; undefined when it has no
 * timezone to convert from (guessing the local zone would move the instant).
 */
export function xsdDateTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  if (UTC.test(value)) return value
  if (!WITH_OFFSET.test(value)) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

// A fixed namespace so the same name always gives the same UUID, and no other tool's.
const NAMESPACE = Buffer.from('6f1d3c2a9b8e4f70a5c4e2d1b0a98765', 'hex')

/** An RFC 4122 version 5 (SHA-1, name-based) UUID as a urn:uuid IRI. */
export function nameBasedUuid(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16)
  bytes[6] = (bytes[6] & 0x0f) | 0x50
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * A story as a resource: its IRI, and what lets a library holding the same page find it
 * again when the id is not there (the page's hash and name, the story's place and text hash).
 */
export function storyResource(story: Story, source: Source | null): WebStoryResource {
  return {
    id: storyIri(story.id),
    type: 'Text',
    format: 'text/plain',
    'dcterms:title': story.title,
    ...(story.byline ? { 'dcterms:creator': story.byline } : {}),
    ...(source
      ? {
          'dcterms:isPartOf': {
            id: pageIri(source.contentHash),
            type: 'Text' as const,
            'dcterms:title': source.name,
          },
        }
      : {}),
    'schema:position': story.position,
    'schema:sha256': sha256(story.body),
  }
}

/** A note as a Markdown commenting body. */
export const noteBody = (markdown: string): WebTextualBody => ({
  type: 'TextualBody',
  value: markdown,
  format: 'text/markdown',
  purpose: 'commenting',
})

/** One tagging body per tag name. */
export const tagBodies = (names: string[]): WebTextualBody[] =>
  names.map((name) => ({ type: 'TextualBody', value: name, purpose: 'tagging' }))

/**
 * The stylesheet defining a highlight's colour class; the reader's own name for the colour
 * rides along as a CSS comment (with any comment end in it broken, so it cannot end early).
 */
export function colorStylesheet(color: HighlightColor, colorName: string): WebCssStylesheet {
  const rule = `.${styleClassOf(color)} { background-color: ${HIGHLIGHT_CSS[color]}; }`
  const name = colorName.replace(/\*\//g, '* /').replace(/[\r\n]+/g, ' ')
  return {
    type: 'CssStylesheet',
    value: name === color ? rule : `${rule} /* ${name} */`,
  }
}
