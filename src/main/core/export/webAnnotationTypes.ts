// The shapes of the W3C Web Annotation JSON-LD that Inkstone writes (annotation-model §3-§5):
// only what the export uses, so a change to the file is a change to these types first.

/** An embedded text: a note (purpose commenting) or a tag name (purpose tagging). */
export interface WebTextualBody {
  type: 'TextualBody'
  value: string
  purpose: 'commenting' | 'tagging'
  /** Notes are Markdown; tags carry no format. */
  format?: 'text/markdown'
}

/** The page a story came from, named by its bytes' hash. */
export interface WebPageResource {
  id: string
  type: 'Text'
  'dcterms:title': string
}

/**
 * A story as a resource: its IRI and what lets another library find the same story, under
 * prefixes the anno context declares (dcterms:, schema:) so they stay valid JSON-LD.
 */
export interface WebStoryResource {
  id: string
  type: 'Text'
  format: 'text/plain'
  'dcterms:title': string
  'dcterms:creator'?: string
  'dcterms:isPartOf'?: WebPageResource
  'schema:position': number
  'schema:sha256': string
}

/** A W3C TextQuoteSelector: the quote with its context. */
export interface WebTextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

/** A W3C TextPositionSelector: [start, end) in Unicode code points of the story's body. */
export interface WebTextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

/** A highlighted passage: the story, where in it, and the colour's class. */
export interface WebSpecificResource {
  type: 'SpecificResource'
  source: WebStoryResource
  selector: [WebTextQuoteSelector, WebTextPositionSelector]
  styleClass: string
}

/** An embedded CSS stylesheet defining the style classes an annotation uses. */
export interface WebCssStylesheet {
  type: 'CssStylesheet'
  value: string
}

/** The software that wrote the file. */
export interface WebSoftwareAgent {
  id: string
  type: 'Software'
  name: string
}

/** One annotation: a highlight, a story's note or a story's tags. */
export interface WebAnnotation {
  id: string
  type: 'Annotation'
  motivation: 'highlighting' | 'commenting' | 'tagging'
  /** xsd:dateTime in UTC ("Z"). */
  created?: string
  modified?: string
  generated?: string
  generator: WebSoftwareAgent
  body?: WebTextualBody[]
  target: WebSpecificResource | WebStoryResource
  stylesheet?: WebCssStylesheet
}

/** The one page of a collection: embedded, so it carries no @context of its own. */
export interface WebAnnotationPage {
  id: string
  type: 'AnnotationPage'
  partOf: string
  startIndex: 0
  items: WebAnnotation[]
}

/** The document an export writes. */
export interface WebAnnotationCollection {
  '@context': string
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  generated?: string
  generator: WebSoftwareAgent
  /** Absent when there is no annotation: a page must hold at least one. */
  first?: WebAnnotationPage
  last?: string
}
