import type { z } from 'zod'
import type {
  HighlightColor,
  TextPositionSelector,
  TextQuoteSelector,
} from '../../../shared/annotations'
import { LibraryError } from '../errors/LibraryError'
import { ANNO_CONTEXT, colorOfStyleClass, pageHashOfIri, storyIdOfIri } from './webAnnotationTerms'
import {
  annotationSchema,
  documentSchema,
  MAX_ANNOTATIONS,
  pageSchema,
  type AnnotationInput,
} from './annotationImportSchema'

/** What a file says about the story an annotation is on. */
export interface StoryRef {
  /** The story id when the IRI is one of Inkstone's (urn:inkstone:story:…). */
  storyId: string | null
  pageHash: string | null
  pageName: string | null
  title: string | null
  position: number | null
  textHash: string | null
}

/** One target: a passage of a story (a highlight) or a whole story (its note, its tags). */
export interface TargetRef {
  story: StoryRef
  /** True when the target selects part of the story, even with selectors Inkstone cannot read. */
  isPassage: boolean
  quote: TextQuoteSelector | null
  position: TextPositionSelector | null
  color: HighlightColor | null
}

/** An annotation reduced to what Inkstone restores from it. */
export interface ImportedAnnotation {
  targets: TargetRef[]
  /** Texts of commenting (and other non-tagging) bodies. */
  notes: string[]
  /** Texts of tagging bodies, as written. */
  tags: string[]
  /** When the file's version last changed (ms since the epoch), or null when it does not say. */
  changedAt: number | null
}

type TargetInput = AnnotationInput['target'][number]
type ResourceInput = NonNullable<TargetInput['source']>

const refuse = (where: string, message: string): never => {
  throw new LibraryError('INVALID_ARGUMENT', where ? `${where}: ${message}` : message)
}

const pathText = (base: string, path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    base,
  )

/** Parses with a schema, or refuses naming where the first problem is and what it is. */
function parseAt<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const [issue] = result.error.issues
  return refuse(pathText(where, issue.path), issue.message)
}

const storyRef = (resource: ResourceInput): StoryRef => {
  const page = resource['dcterms:isPartOf']
  return {
    storyId: storyIdOfIri(resource.id),
    pageHash: page?.id ? pageHashOfIri(page.id) : null,
    pageName: page?.['dcterms:title'] ?? null,
    title: resource['dcterms:title'] ?? null,
    position: resource['schema:position'] ?? null,
    textHash: resource['schema:sha256']?.toLowerCase() ?? null,
  }
}

const targetRef = (target: TargetInput): TargetRef => {
  // A target without a source is the story itself (an External Web Resource).
  const resource: ResourceInput = target.source ?? { ...target, id: target.id ?? '' }
  const selectors = target.source ? (target.selector ?? []) : []
  const quote = selectors.find((s) => s.type.includes('TextQuoteSelector'))
  const position = selectors.find((s) => s.type.includes('TextPositionSelector'))
  return {
    story: storyRef(resource),
    isPassage: selectors.length > 0,
    quote: quote
      ? { exact: quote.exact ?? '', prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' }
      : null,
    position: position ? { start: position.start ?? 0, end: position.end ?? 0 } : null,
    color: (target.styleClass ?? []).map(colorOfStyleClass).find((c) => c !== null) ?? null,
  }
}

const toImported = (input: AnnotationInput): ImportedAnnotation => {
  const isTagging = input.motivation?.includes('tagging') ?? false
  const notes = input.bodyValue === undefined ? [] : [input.bodyValue]
  const tags: string[] = []
  for (const body of input.body ?? []) {
    // A body given only by IRI is content elsewhere: nothing Inkstone could keep.
    if (body.value === undefined) continue
    const purposes = body.purpose ?? []
    if (purposes.includes('tagging') || (purposes.length === 0 && isTagging)) tags.push(body.value)
    else notes.push(body.value)
  }
  const changed = Date.parse(input.modified ?? input.created ?? '')
  return {
    targets: input.target.map(targetRef),
    notes,
    tags,
    changedAt: Number.isFinite(changed) ? changed : null,
  }
}

// Pages chained by `next` inside one file; a bound, should an object graph ever loop.
const MAX_PAGES = 100_000

/** Reads the annotations of a page and of the pages it embeds as `next`. */
const readPages = (first: unknown, where: string, into: ImportedAnnotation[]): void => {
  let pages = 0
  for (let value = first, at = where; value !== undefined && value !== null;) {
    if (++pages > MAX_PAGES) refuse(at, `more than ${MAX_PAGES} pages`)
    if (typeof value === 'string')
      refuse(at, 'the page is only linked (an IRI), not included in the file')
    const page = parseAt(pageSchema, value, at)
    if (into.length + page.items.length > MAX_ANNOTATIONS)
      refuse(at, `more than ${MAX_ANNOTATIONS} annotations`)
    page.items.forEach((item, index) =>
      into.push(toImported(parseAt(annotationSchema, item, pathText(at, ['items', index])))),
    )
    value = page.next
    at = pathText(at, ['next'])
  }
}

const requireContext = (value: unknown, where: string): void => {
  const top = parseAt(documentSchema, value, where)
  if (!top['@context'].includes(ANNO_CONTEXT))
    refuse(pathText(where, ['@context']), `must name ${ANNO_CONTEXT}`)
}

/**
 * Reads a W3C Web Annotation document (an AnnotationCollection with its pages embedded, an
 * AnnotationPage, one Annotation, or a list of Annotations) into what Inkstone restores;
 * throws LibraryError INVALID_ARGUMENT naming the first thing wrong (path and problem).
 */
export function readAnnotationDocument(document: unknown): ImportedAnnotation[] {
  const annotations: ImportedAnnotation[] = []
  if (Array.isArray(document)) {
    if (document.length > MAX_ANNOTATIONS) refuse('', `more than ${MAX_ANNOTATIONS} annotations`)
    document.forEach((item, index) => {
      requireContext(item, `[${index}]`)
      annotations.push(toImported(parseAt(annotationSchema, item, `[${index}]`)))
    })
    return annotations
  }
  requireContext(document, '')
  const { type, first } = parseAt(documentSchema, document, '')
  if (type.includes('AnnotationCollection')) readPages(first, 'first', annotations)
  else if (type.includes('AnnotationPage')) readPages(document, '', annotations)
  else if (type.includes('Annotation'))
    annotations.push(toImported(parseAt(annotationSchema, document, '')))
  else refuse('type', 'expected AnnotationCollection, AnnotationPage or Annotation')
  return annotations
}
