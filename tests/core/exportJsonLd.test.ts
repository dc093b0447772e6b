import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportBundle } from '../../src/main/core/export/exportBundle'
import { gatherExport } from '../../src/main/core/export/gatherExport'
import { toWebAnnotations } from '../../src/main/core/export/toWebAnnotations'
import { colorStylesheet, xsdDateTime } from '../../src/main/core/export/webAnnotationParts'
import type {
  WebAnnotation,
  WebAnnotationCollection,
  WebSpecificResource,
  WebStoryResource,
} from '../../src/main/core/export/webAnnotationTypes'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import { sha256 } from '../../src/main/core/import/sha256'
import { codePointText } from '../../src/shared/text/codePoints'
import {
  EXPORT_NOW,
  exportFixture,
  NOTES,
  normaliseExport,
  type ExportFixture,
} from './exportFixture'
import { tempDir } from './tempDir'

const ANNO = 'http://www.w3.org/ns/anno.jsonld'

// Terms the anno.jsonld context defines (w3c/web-annotation, jsonld/anno.jsonld) that an
// export may use, and the prefixes it declares: a key outside both would be dropped by a
// JSON-LD processor, silently losing data.
const CONTEXT_TERMS = new Set([
  'id',
  'type',
  'label',
  'total',
  'first',
  'last',
  'partOf',
  'startIndex',
  'items',
  'motivation',
  'created',
  'modified',
  'generated',
  'generator',
  'name',
  'body',
  'target',
  'source',
  'selector',
  'styleClass',
  'stylesheet',
  'value',
  'format',
  'purpose',
  'exact',
  'prefix',
  'suffix',
  'start',
  'end',
])
const CONTEXT_PREFIXES = ['dc', 'dcterms', 'dctypes', 'foaf', 'rdf', 'rdfs', 'schema', 'xsd', 'as']
const CONTEXT_CLASSES = new Set([
  'Annotation',
  'AnnotationCollection',
  'AnnotationPage',
  'TextualBody',
  'SpecificResource',
  'TextQuoteSelector',
  'TextPositionSelector',
  'CssStylesheet',
  'Software',
  'Text',
])
// annotation-vocab §3.3: the motivations, which are also the purposes a body may have.
const MOTIVATIONS = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
])
/** An absolute IRI (RFC 3987): a scheme, a colon, and no whitespace. */
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i
/** xsd:dateTime in UTC expressed as "Z", as the model requires for created/modified/generated. */
const UTC_DATETIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/

const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]
const isNonNegativeInteger = (value: unknown): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0

/** Every key of the document is a term or prefixed name of the context; every type a class. */
function expectContextTerms(value: unknown, path = ''): void {
  if (Array.isArray(value))
    return value.forEach((item, i) => expectContextTerms(item, `${path}[${i}]`))
  if (value === null || typeof value !== 'object') return
  for (const [key, child] of Object.entries(value)) {
    const where = `${path}.${key}`
    if (key === '@context') expect(path, 'only the top has an @context').toBe('')
    else if (key.includes(':'))
      expect(CONTEXT_PREFIXES, where).toContain(key.slice(0, key.indexOf(':')))
    else expect(CONTEXT_TERMS.has(key), `${where} is no term of the anno context`).toBe(true)
    if (key === 'type')
      for (const type of asList(child)) expect(CONTEXT_CLASSES, where).toContain(type)
    if (key === 'motivation' || key === 'purpose')
      for (const name of asList(child)) expect(MOTIVATIONS, where).toContain(name)
    expectContextTerms(child, where)
  }
}

/** The MUSTs of annotation-model §3-§4 that the export's annotations can break. */
function expectAnnotationMusts(annotation: WebAnnotation): void {
  const where = annotation.id
  expect(annotation.id, 'exactly 1 IRI').toMatch(IRI)
  expect(asList(annotation.type), where).toContain('Annotation')
  expect(asList(annotation.target).length, `${where}: 1 or more targets`).toBeGreaterThanOrEqual(1)
  expect(annotation, `${where}: bodyValue and body never together`).not.toHaveProperty('bodyValue')
  for (const key of ['created', 'modified', 'generated'] as const) {
    if (annotation[key] !== undefined)
      expect(annotation[key], `${where}.${key}`).toMatch(UTC_DATETIME)
  }
  for (const body of asList(annotation.body)) {
    expect(body.type).toBe('TextualBody')
    expect(typeof body.value, `${where}: a TextualBody has exactly 1 value`).toBe('string')
  }
  const agent = annotation.generator
  expect(typeof agent.id === 'string' && IRI.test(agent.id), 'an agent has at most 1 IRI').toBe(
    true,
  )
  for (const target of asList(annotation.target)) {
    if (target.type !== 'SpecificResource') {
      // An External Web Resource: exactly 1 id, the resource's IRI.
      expect(target.id, where).toMatch(IRI)
      continue
    }
    const specific = target as WebSpecificResource
    expect(typeof specific.source.id, `${where}: exactly 1 source`).toBe('string')
    expect(specific.source.id).toMatch(IRI)
    for (const selector of asList(specific.selector)) {
      if (selector.type === 'TextQuoteSelector') {
        expect(typeof selector.exact, `${where}: exactly 1 exact`).toBe('string')
        for (const key of ['prefix', 'suffix'] as const)
          expect(['string', 'undefined'], `${where}: at most 1 ${key}`).toContain(
            typeof selector[key],
          )
      } else {
        expect(selector.type).toBe('TextPositionSelector')
        expect(isNonNegativeInteger(selector.start), `${where}: start`).toBe(true)
        expect(isNonNegativeInteger(selector.end), `${where}: end`).toBe(true)
      }
    }
    // A styleClass is ignored unless the annotation's stylesheet defines it.
    for (const name of asList(specific.styleClass)) {
      expect(annotation.stylesheet?.type).toBe('CssStylesheet')
      expect(annotation.stylesheet?.value).toContain(`.${name} {`)
    }
  }
  expect(asList(annotation.stylesheet).length, `${where}: 0 or 1 stylesheets`).toBeLessThanOrEqual(
    1,
  )
}

/** The MUSTs of annotation-model §5 for a collection with its pages embedded. */
function expectCollectionMusts(doc: WebAnnotationCollection): void {
  expect(doc['@context'], 'a single context value is a string').toBe(ANNO)
  expect(doc.id).toMatch(IRI)
  expect(asList(doc.type)).toContain('AnnotationCollection')
  expect(typeof doc.label).toBe('string')
  expect(isNonNegativeInteger(doc.total)).toBe(true)
  if (doc.total === 0) return expect(doc.first).toBeUndefined()
  const page = doc.first!
  expect(page, 'an embedded page has no @context').not.toHaveProperty('@context')
  expect(page.id).toMatch(IRI)
  expect(page.id).not.toBe(doc.id)
  expect(asList(page.type)).toContain('AnnotationPage')
  expect(Array.isArray(page.items) && page.items.length >= 1, 'items: 1 or more').toBe(true)
  expect(isNonNegativeInteger(page.startIndex)).toBe(true)
  expect(page.startIndex).toBe(0)
  expect(page.partOf).toBe(doc.id)
  // One page: it is the last, so it has no next.
  expect(page).not.toHaveProperty('next')
  expect(doc.last).toBe(page.id)
  expect(doc.total).toBe(page.items.length)
  expect(new Set(page.items.map((item) => item.id)).size, 'ids are unique').toBe(doc.total)
}

let fixture: ExportFixture
let bundle: ExportBundle
let doc: WebAnnotationCollection
beforeAll(() => {
  fixture = exportFixture()
  bundle = gatherExport(fixture.library, fixture.request('jsonld'), () => EXPORT_NOW)
  doc = JSON.parse(JSON.stringify(toWebAnnotations(bundle)))
})
afterAll(() => fixture.remove())

const items = (): WebAnnotation[] => doc.first!.items
const highlightItem = (id: string): WebAnnotation =>
  items().find((item) => item.id === `urn:inkstone:highlight:${id}`)!

describe('toWebAnnotations: W3C conformance', () => {
  it('matches the golden file of the fixture collection', async () => {
    const text = normaliseExport(JSON.stringify(doc, null, 2), bundle, fixture.dir)
    await expect(`${text}\n`).toMatchFileSnapshot(
      join(import.meta.dirname, 'fixtures/export/jsonld-collection.jsonld'),
    )
  })

  it('meets every MUST of a collection with an embedded page', () => {
    expectCollectionMusts(doc)
    expect(doc.label).toBe('工会精选: 劳模/帮扶')
    expect(doc.generated).toBe(EXPORT_NOW.toISOString())
  })

  it('meets every MUST of each annotation, and uses only terms of the anno context', () => {
    for (const item of items()) expectAnnotationMusts(item)
    expectContextTerms(doc)
  })
})

describe('toWebAnnotations: content', () => {
  it('has one highlighting annotation per highlight, orphans included', () => {
    const highlights = bundle.stories.flatMap((story) => story.highlights)
    const ids = items()
      .filter((item) => item.motivation === 'highlighting')
      .map((item) => item.id)
    expect(ids).toEqual(highlights.map((h) => `urn:inkstone:highlight:${h.id}`))
    expect(ids).toContain(`urn:inkstone:highlight:${fixture.orphanId}`)
  })

  it('gives selectors in code points that slice the story body to the quote', () => {
    for (const { story, highlights } of bundle.stories) {
      for (const highlight of highlights) {
        const target = highlightItem(highlight.id).target as WebSpecificResource
        const [quote, position] = target.selector
        expect(quote).toEqual({ type: 'TextQuoteSelector', ...highlight.quote })
        expect(position).toEqual({ type: 'TextPositionSelector', ...highlight.position })
        if (highlight.isOrphan) continue
        const text = codePointText(story.body)
        expect(text.slice(position.start, position.end)).toBe(quote.exact)
        expect(quote.prefix).toBe(text.slice(Math.max(0, position.start - 32), position.start))
      }
    }
  })

  it('carries colour as a class with its stylesheet, the note as Markdown and tags as bodies', () => {
    for (const { highlights } of bundle.stories) {
      for (const highlight of highlights) {
        const item = highlightItem(highlight.id)
        expect((item.target as WebSpecificResource).styleClass).toBe(`inkstone-${highlight.color}`)
        expect(item.created).toBe(highlight.createdAt)
        expect(item.modified).toBe(highlight.updatedAt)
        const notes = (item.body ?? []).filter((body) => body.purpose === 'commenting')
        const tags = (item.body ?? []).filter((body) => body.purpose === 'tagging')
        expect(notes.map((body) => body.value)).toEqual(highlight.note ? [highlight.note] : [])
        for (const note of notes) expect(note.format).toBe('text/markdown')
        expect(tags.map((body) => body.value)).toEqual(highlight.tags.map((tag) => tag.name))
      }
    }
    const [first, second] = fixture.highlightIds
    expect(highlightItem(first).stylesheet!.value).toBe(
      '.inkstone-yellow { background-color: rgba(255, 214, 10, 0.42); } /* 重点 */',
    )
    expect(highlightItem(second).body).toEqual([
      { type: 'TextualBody', value: NOTES.quotes, format: 'text/markdown', purpose: 'commenting' },
    ])
  })

  it('exports story notes (commenting) and story tags (tagging) on the story itself', () => {
    const [kids] = bundle.stories
    const storyIri = `urn:inkstone:story:${kids.story.id}`
    const onStory = items().filter((item) => (item.target as WebStoryResource).id === storyIri)
    expect(onStory.map((item) => item.motivation)).toEqual(['commenting', 'tagging'])
    expect(onStory[0].body).toEqual([
      { type: 'TextualBody', value: NOTES.story, format: 'text/markdown', purpose: 'commenting' },
    ])
    expect(onStory[1].body!.map((body) => body.value).sort()).toEqual(
      ['帮扶', 'to read', 'Obsidian#like'].sort(),
    )
    const target = onStory[0].target as WebStoryResource
    expect(target).toMatchObject({
      type: 'Text',
      'dcterms:title': kids.story.title,
      'dcterms:isPartOf': {
        id: `urn:sha256:${kids.source!.contentHash}`,
        'dcterms:title': kids.source!.name,
      },
      'schema:position': kids.story.position,
      'schema:sha256': sha256(kids.story.body),
    })
  })

  it('gives the same ids on a later export, and the same document for the same bundle', () => {
    const later = toWebAnnotations(
      gatherExport(fixture.library, fixture.request('jsonld'), () => new Date('2025-01-01Z')),
    )
    expect(later.first!.items.map((item) => item.id)).toEqual(items().map((item) => item.id))
    expect(later.id).not.toBe(doc.id)
    expect(JSON.stringify(toWebAnnotations(bundle))).toBe(JSON.stringify(doc))
  })
})

describe('toWebAnnotations: edges', () => {
  it('counts code points, not UTF-16 units, past characters outside the BMP', () => {
    const temp = tempDir('jsonld-astral')
    const library = openLibrary(join(temp.dir, 'library'))
    try {
      const text = '𠮷野家的故事\n\n第一段写𠀋和😀之后的一句话：工会在行动。\n'
      library.importUploads([{ name: 'astral.txt', bytes: new TextEncoder().encode(text) }])
      const story = library.getStory(library.listStories()[0].id)!
      const at = story.body.indexOf('工会在行动')
      const start = Array.from(story.body.slice(0, at)).length
      library.createHighlight(story.id, { start, end: start + 5, color: 'green' })
      const exported = toWebAnnotations(
        gatherExport(library, {
          scope: { kind: 'all' },
          format: 'jsonld',
          isHighlightsOnly: false,
        }),
      )
      const [, position] = (exported.first!.items[0].target as WebSpecificResource).selector
      expect(position).toMatchObject({ start, end: start + 5 })
      expect(start).toBeLessThan(at)
    } finally {
      library.close()
      temp.remove()
    }
  })

  it('writes no page when there is nothing to annotate', () => {
    const empty = toWebAnnotations({ ...bundle, stories: [] })
    expect(empty).toMatchObject({ type: 'AnnotationCollection', total: 0 })
    expect(empty).not.toHaveProperty('first')
    expect(empty).not.toHaveProperty('last')
    expectCollectionMusts(empty)
  })

  it('says every time in UTC with "Z", and leaves out one without a timezone', () => {
    expect(xsdDateTime('2024-03-01T08:00:00.000Z')).toBe('2024-03-01T08:00:00.000Z')
    expect(xsdDateTime('2024-03-01T16:00:00+08:00')).toBe('2024-03-01T08:00:00.000Z')
    expect(xsdDateTime('2024-03-01 08:00:00')).toBeUndefined()
    expect(xsdDateTime('')).toBeUndefined()
  })

  it('keeps a colour name from ending the CSS comment early', () => {
    const { value } = colorStylesheet('pink', '粉*/ .x { color: red }')
    expect(value).toBe(
      '.inkstone-pink { background-color: rgba(255, 110, 170, 0.32); } /* 粉* / .x { color: red } */',
    )
  })
})
