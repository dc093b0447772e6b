import { z } from 'zod'

// The shapes import-annotations accepts: the W3C model's own latitude (one value or a list,
// an IRI or an embedded object), and bounds on every string and list, since the file may come
// from anywhere. Unknown properties are ignored; known ones with the wrong type are refused.

/** Longest note or quote accepted (characters): far beyond any real one, short of exhausting memory. */
export const MAX_TEXT = 1_000_000
const MAX_CONTEXT = 10_000
const MAX_NAME = 1_000
const MAX_IRI = 4_000
/** Most annotations one file may hold. */
export const MAX_ANNOTATIONS = 1_000_000

const oneOrMany = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(
    (value) => (value === undefined || Array.isArray(value) ? value : [value]),
    z
      .array(item, {
        error: (issue) => (issue.input === undefined ? 'missing' : 'expected a value or a list'),
      })
      .max(max),
  )

const iri = z.string().min(1).max(MAX_IRI)
const name = z.string().max(MAX_NAME)
/** `type` is a class name or a list of them. */
const types = oneOrMany(name, 20)
// The same bound the IPC schemas put on a code point offset.
const codePoint = z.number().int().min(0).max(100_000_000)

const asObject = (value: unknown) => (typeof value === 'string' ? { id: value } : value)

const page = z.preprocess(
  asObject,
  z.object({ id: iri.optional(), 'dcterms:title': name.optional() }),
)

/** A story as a resource (Inkstone's own properties are optional: other tools lack them). */
const resourceFields = {
  'dcterms:title': name.optional(),
  'dcterms:isPartOf': page.optional(),
  'schema:position': codePoint.optional(),
  'schema:sha256': z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'expected a hex SHA-256')
    .optional(),
}

const resource = z.preprocess(asObject, z.object({ id: iri, ...resourceFields }))

const selector = z
  .object({
    type: types,
    exact: z.string().max(MAX_TEXT).optional(),
    prefix: z.string().max(MAX_CONTEXT).optional(),
    suffix: z.string().max(MAX_CONTEXT).optional(),
    start: codePoint.optional(),
    end: codePoint.optional(),
  })
  .superRefine((value, context) => {
    if (value.type.includes('TextQuoteSelector') && value.exact === undefined)
      context.addIssue({
        code: 'custom',
        path: ['exact'],
        message: 'a TextQuoteSelector needs exact',
      })
    if (!value.type.includes('TextPositionSelector')) return
    if (value.start === undefined || value.end === undefined)
      context.addIssue({ code: 'custom', message: 'a TextPositionSelector needs start and end' })
    else if (value.end < value.start)
      context.addIssue({ code: 'custom', path: ['end'], message: 'end is before start' })
  })

const target = z.preprocess(
  asObject,
  z
    .object({
      id: iri.optional(),
      type: types.optional(),
      source: resource.optional(),
      selector: oneOrMany(selector, 50).optional(),
      styleClass: oneOrMany(name, 50).optional(),
      ...resourceFields,
    })
    .refine((value) => value.id !== undefined || value.source !== undefined, {
      message: 'a target needs an id or a source',
    }),
)

const body = z.preprocess(
  asObject,
  z.object({
    id: iri.optional(),
    type: types.optional(),
    value: z.string().max(MAX_TEXT).optional(),
    purpose: oneOrMany(name, 20).optional(),
  }),
)

const timestamp = z.string().max(100)

/** One annotation as import-annotations reads it. */
export const annotationSchema = z
  .object({
    id: iri.optional(),
    type: types,
    motivation: oneOrMany(name, 20).optional(),
    body: oneOrMany(body, 1_000).optional(),
    bodyValue: z.string().max(MAX_TEXT).optional(),
    target: oneOrMany(target, 100),
    created: timestamp.optional(),
    modified: timestamp.optional(),
  })
  .refine((value) => value.type.includes('Annotation'), {
    path: ['type'],
    message: 'expected type Annotation',
  })

export type AnnotationInput = z.infer<typeof annotationSchema>

/** A page of annotations; `next` is read page by page (an embedded chain, rarely more than one). */
export const pageSchema = z
  .object({
    type: types,
    items: z.array(z.unknown()).max(MAX_ANNOTATIONS),
    next: z.unknown().optional(),
  })
  .refine((value) => value.type.includes('AnnotationPage'), {
    path: ['type'],
    message: 'expected type AnnotationPage',
  })

/** The document's top: a collection, a page or one annotation, with the Web Annotation context. */
export const documentSchema = z.object({
  '@context': oneOrMany(z.union([z.string(), z.record(z.string(), z.unknown())]), 20),
  type: types,
  first: z.unknown().optional(),
})
