import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Highlight } from '../../src/shared/annotations'
import type { StoryId } from '../../src/shared/ids'
import { importAnnotations } from '../../src/main/core/export/importAnnotations'
import { LibraryError } from '../../src/main/core/errors/LibraryError'
import { gatherExport } from '../../src/main/core/export/gatherExport'
import { toWebAnnotations } from '../../src/main/core/export/toWebAnnotations'
import type {
  WebAnnotation,
  WebAnnotationCollection,
  WebSpecificResource,
} from '../../src/main/core/export/webAnnotationTypes'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { EXPORT_NOW, exportFixture, NOTES, type ExportFixture } from './exportFixture'
import { SEED_DIR, tempDir } from './tempDir'

/** Everything the reader added to a story, keyed by its text (ids differ between libraries). */
interface StoryAnnotations {
  note: string | null
  tags: string[]
  highlights: Array<Pick<Highlight, 'quote' | 'position' | 'color' | 'note'> & { tags: string[] }>
}

const annotationsByText = (library: Library): Map<string, StoryAnnotations> => {
  const byText = new Map<string, StoryAnnotations>()
  for (const summary of library.listStories()) {
    const story = library.getStory(summary.id)!
    const highlights = library
      .listHighlights({ storyId: story.id, isOrphan: false })
      .map(({ quote, position, color, note, tags }) => ({
        quote,
        position,
        color,
        note,
        tags: tags.map((tag) => tag.name).sort(),
      }))
      .sort((a, b) => a.position.start - b.position.start)
    const note = library.getNote(story.id)?.markdown ?? null
    const tags = story.tags.map((tag) => tag.name).sort()
    if (note !== null || tags.length > 0 || highlights.length > 0)
      byText.set(story.body, { note, tags, highlights })
  }
  return byText
}

/** What a library's annotations look like, to prove an import changed nothing. */
const stateOf = (library: Library) => ({
  highlights: library.listHighlights({}).map((h) => [h.id, h.updatedAt, h.color, h.note]),
  tags: library.listTags().map((t) => [t.name, t.storyCount, t.highlightCount]),
  notes: library.listStories().map((s) => library.getNote(s.id)),
})

let fixture: ExportFixture
let document: WebAnnotationCollection
let annotationCount: number
beforeAll(() => {
  fixture = exportFixture()
  const bundle = gatherExport(
    fixture.library,
    { scope: { kind: 'all' }, format: 'jsonld', isHighlightsOnly: false },
    () => EXPORT_NOW,
  )
  // Through JSON, as a file carries it.
  document = JSON.parse(JSON.stringify(toWebAnnotations(bundle)))
  annotationCount = document.total
})
afterAll(() => fixture.remove())

let temp: ReturnType<typeof tempDir>
let fresh: Library
beforeEach(() => {
  temp = tempDir('import-annotations')
  fresh = openLibrary(join(temp.dir, 'library'))
})
afterEach(() => {
  fresh.close()
  temp.remove()
})

const copy = (): WebAnnotationCollection => JSON.parse(JSON.stringify(document))
const highlightItems = (doc: WebAnnotationCollection): WebAnnotation[] =>
  doc.first!.items.filter((item) => item.motivation === 'highlighting')
const targetOf = (item: WebAnnotation): WebSpecificResource => item.target as WebSpecificResource

describe('importAnnotations: the round trip', () => {
  it('restores every highlight, note and tag into a fresh library of the same pages', () => {
    fresh.importPaths([join(fixture.dir, 'seeds')])
    const ids = new Set(fresh.listStories().map((story) => story.id))
    expect(fixture.storyIds.some((id) => ids.has(id))).toBe(false)

    const report = importAnnotations(fresh, document)
    // The orphan's sentence is gone from these pages too: it cannot be placed.
    expect(report).toEqual({
      annotations: annotationCount,
      restored: annotationCount - 1,
      orphaned: 1,
      unchanged: 0,
    })
    expect(annotationsByText(fresh)).toEqual(annotationsByText(fixture.library))
    expect(fresh.listHighlights({})).toHaveLength(fixture.library.listHighlights({}).length - 1)
  })

  it('changes nothing when the same file is imported again', () => {
    fresh.importPaths([join(fixture.dir, 'seeds')])
    importAnnotations(fresh, document)
    const before = stateOf(fresh)
    expect(importAnnotations(fresh, document)).toEqual({
      annotations: annotationCount,
      restored: 0,
      orphaned: 1,
      unchanged: annotationCount - 1,
    })
    expect(stateOf(fresh)).toEqual(before)
  })

  it('finds every story by its id in the library that wrote the file', () => {
    const before = stateOf(fixture.library)
    expect(importAnnotations(fixture.library, document)).toEqual({
      annotations: annotationCount,
      restored: 0,
      orphaned: 1,
      unchanged: annotationCount - 1,
    })
    expect(stateOf(fixture.library)).toEqual(before)
  })

  it('matches a changed page by its name, and places the quotes in its stories', () => {
    // The shipped seeds: the loan page still holds the sentence the fixture removed.
    fresh.importPaths([SEED_DIR])
    const report = importAnnotations(fresh, document)
    expect(report).toEqual({
      annotations: annotationCount,
      restored: annotationCount,
      orphaned: 0,
      unchanged: 0,
    })
    const revived = fresh.listHighlights({ text: '迅速安排人员对接' })
    expect(revived).toMatchObject([{ color: 'blue', note: '这句后来被删掉了', isOrphan: false }])
    const loan = fresh.listStories().find((story) => story.title.includes('蚌埠“劳模贷”'))!
    expect(fresh.getNote(loan.id)?.markdown).toBe('贷款: "2435万元", 8位劳模')
  })
})

describe('importAnnotations: what the library already has', () => {
  beforeEach(() => {
    fresh.importPaths([join(fixture.dir, 'seeds')])
    importAnnotations(fresh, document)
  })

  const highlightQuoted = (library: Library, text: string) =>
    library.listHighlights({}).find((h) => h.quote.exact === text)!

  it('keeps a colour and note the reader changed after the file, and adds missing tags', () => {
    const mine = highlightQuoted(fresh, '服务学生近700人次')
    fresh.updateHighlight(mine.id, { color: 'blue', note: '我的新笔记', tags: ['数字', '自己的'] })
    const item = highlightItems(document).find(
      (a) => targetOf(a).selector[0].exact === '服务学生近700人次',
    )!
    const onlyThis = { ...copy(), total: 1 }
    onlyThis.first!.items = [item]
    expect(importAnnotations(fresh, onlyThis)).toMatchObject({ unchanged: 1, restored: 0 })
    expect(highlightQuoted(fresh, '服务学生近700人次')).toMatchObject({
      color: 'blue',
      note: '我的新笔记',
      tags: [{ name: '数字' }, { name: '自己的' }],
    })

    fresh.updateHighlight(mine.id, { tags: ['自己的'] })
    expect(importAnnotations(fresh, onlyThis)).toMatchObject({ restored: 1 })
    const names = highlightQuoted(fresh, '服务学生近700人次').tags.map((t) => t.name)
    expect(names.sort()).toEqual(['数字', '自己的'].sort())
  })

  it('takes the file’s colour and note when the file is newer', () => {
    const later = copy()
    const item = highlightItems(later).find(
      (a) => targetOf(a).selector[0].exact === '惠及340名一线职工',
    )!
    item.modified = '2999-01-01T00:00:00Z'
    targetOf(item).styleClass = 'inkstone-pink'
    item.body = [{ type: 'TextualBody', value: '改过的笔记, “引号”', purpose: 'commenting' }]
    later.first!.items = [item]
    expect(importAnnotations(fresh, later)).toMatchObject({ restored: 1 })
    expect(highlightQuoted(fresh, '惠及340名一线职工')).toMatchObject({
      color: 'pink',
      note: '改过的笔记, “引号”',
      tags: [{ name: '数字' }],
    })
  })

  it('keeps a story note the reader wrote after the file, and never deletes one', () => {
    const kids = fresh.listStories().find((story) => story.title.includes('四点半课堂'))!
    fresh.saveNote(kids.id, '我后来写的')
    expect(importAnnotations(fresh, document).restored).toBe(0)
    expect(fresh.getNote(kids.id)?.markdown).toBe('我后来写的')

    const empty = copy()
    const noteItem = empty.first!.items.find((a) => a.motivation === 'commenting')!
    noteItem.body = [{ type: 'TextualBody', value: '  ', purpose: 'commenting' }]
    noteItem.modified = '2999-01-01T00:00:00Z'
    importAnnotations(fresh, empty)
    expect(fresh.getNote(kids.id)?.markdown).toBe('我后来写的')
  })
})

describe('importAnnotations: other shapes of the model', () => {
  beforeEach(() => fresh.importPaths([join(fixture.dir, 'seeds')]))
  const kids = (): StoryId => fresh.listStories().find((s) => s.title.includes('四点半课堂'))!.id

  it('reads one Annotation, a page, and a list; a bodyValue is a story note', () => {
    const story = fixture.library.getStory(fixture.storyIds[0])!
    const target = { id: `urn:inkstone:story:${kids()}` }
    const single = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:1',
      type: 'Annotation',
      bodyValue: '单独一条',
      target,
    }
    expect(importAnnotations(fresh, single)).toEqual({
      annotations: 1,
      restored: 1,
      orphaned: 0,
      unchanged: 0,
    })
    expect(fresh.getNote(kids())?.markdown).toBe('单独一条')

    const tagged = { ...single, bodyValue: undefined, motivation: 'tagging', body: ['http://x/y'] }
    const page = {
      '@context': ['http://www.w3.org/ns/anno.jsonld', { extra: 'http://example.org/' }],
      id: 'urn:uuid:2',
      type: 'AnnotationPage',
      items: [{ ...tagged, body: [{ value: '页' }] }],
    }
    expect(importAnnotations(fresh, page)).toMatchObject({ annotations: 1, restored: 1 })
    expect(fresh.getStory(kids())!.tags.map((t) => t.name)).toEqual(['页'])
    expect(importAnnotations(fresh, [single, page.items[0]])).toMatchObject({ unchanged: 2 })
    expect(story.body).toBe(fresh.getStory(kids())!.body)
  })

  it('counts annotations on pages this library lacks, or quotes not in the page, as orphans', () => {
    const elsewhere = copy()
    const [first, second, third] = highlightItems(elsewhere)
    // Another tool's annotation on a web page.
    targetOf(first).source = { id: 'https://example.com/article' } as never
    // Inkstone's, on a page of another library.
    targetOf(second).source.id = 'urn:inkstone:story:nope'
    targetOf(second).source['dcterms:isPartOf'] = {
      id: `urn:sha256:${'0'.repeat(64)}`,
      type: 'Text',
      'dcterms:title': 'other.txt',
    }
    // The right page, a quote that is not in it.
    targetOf(third).source.id = 'urn:inkstone:story:nope'
    targetOf(third).selector[0].exact = '这句话根本不在这一页里，也不在别处'
    elsewhere.first!.items = [first, second, third]
    const before = stateOf(fresh)
    expect(importAnnotations(fresh, elsewhere)).toEqual({
      annotations: 3,
      restored: 0,
      orphaned: 3,
      unchanged: 0,
    })
    expect(stateOf(fresh)).toEqual(before)
  })

  it('tells apart a quote found in several stories of the page by its context', () => {
    const stories = fresh.listStories()
    const page = fresh.listSources().find((source) => source.storyCount >= 3)!
    const [, second, third] = stories.filter((story) => story.sourceId === page.id)
    const body = fresh.getStory(third.id)!.body
    expect(fresh.getStory(second.id)!.body).toContain('工会')
    // The last 工会 of the third story, named with its context but without a story the
    // library knows, a headline or a text hash: only the page and the context tell.
    const at = Array.from(body.slice(0, body.lastIndexOf('工会'))).length
    const points = Array.from(body)
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      target: {
        source: {
          id: 'urn:inkstone:story:gone',
          'dcterms:isPartOf': { id: `urn:sha256:${page.contentHash}` },
        },
        selector: {
          type: 'TextQuoteSelector',
          exact: '工会',
          prefix: points.slice(at - 32, at).join(''),
          suffix: points.slice(at + 2, at + 34).join(''),
        },
      },
    }
    expect(importAnnotations(fresh, annotation)).toMatchObject({ restored: 1 })
    expect(fresh.listHighlights({})).toMatchObject([
      { storyId: third.id, position: { start: at, end: at + 2 }, color: 'yellow' },
    ])
  })

  it('restores a position-only selector in the story the file names, not elsewhere', () => {
    const story = fresh.getStory(kids())!
    const annotation = (id: string) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: 'highlighting',
      target: {
        source: `urn:inkstone:story:${id}`,
        selector: { type: 'TextPositionSelector', start: 2, end: 8 },
        styleClass: 'hl-green',
      },
    })
    expect(importAnnotations(fresh, annotation('unknown'))).toMatchObject({ orphaned: 1 })
    expect(importAnnotations(fresh, annotation(story.id))).toMatchObject({ restored: 1 })
    expect(fresh.listHighlights({ storyId: story.id })).toMatchObject([
      { color: 'green', quote: { exact: Array.from(story.body).slice(2, 8).join('') } },
    ])
  })

  it('counts a passage of blanks as an orphan: the library refuses such a highlight', () => {
    const blank = copy()
    const [item] = highlightItems(blank)
    targetOf(item).selector = [
      { type: 'TextQuoteSelector', exact: '\n\n', prefix: '', suffix: '' },
    ] as never
    blank.first!.items = [item]
    expect(importAnnotations(fresh, blank)).toMatchObject({ orphaned: 1, restored: 0 })
  })
})

describe('importAnnotations: hostile input', () => {
  const anno = 'http://www.w3.org/ns/anno.jsonld'
  const failure = (value: unknown): string => {
    try {
      importAnnotations(fresh, value)
    } catch (error) {
      expect(error).toBeInstanceOf(LibraryError)
      expect((error as LibraryError).code).toBe('INVALID_ARGUMENT')
      return (error as LibraryError).message
    }
    throw new Error('expected the import to fail')
  }
  // The first highlight's place in the page, as error messages name it.
  const at = (): number =>
    document.first!.items.findIndex((item) => item.motivation === 'highlighting')
  const item = (rest: string): RegExp => new RegExp(`^first\\.items\\[${at()}\\]\\.${rest}`)
  const withItem = (change: (item: Record<string, unknown>) => void) => {
    const doc = copy()
    change(doc.first!.items[at()] as never)
    return doc
  }

  it('refuses what is no annotation document, naming what is wrong', () => {
    expect(failure(null)).toMatch(/expected object, received null/)
    expect(failure('text')).toMatch(/expected object/)
    expect(failure(42)).toMatch(/expected object/)
    expect(failure({ name: 'inkstone', version: '1.0.0' })).toMatch(/^@context: /)
    expect(failure({ '@context': 'http://schema.org', type: 'AnnotationCollection' })).toBe(
      `@context: must name ${anno}`,
    )
    expect(failure({ '@context': anno, type: 'Person' })).toMatch(/^type: expected Annotation/)
    expect(failure({ '@context': anno, type: 'AnnotationCollection', first: 'urn:x' })).toMatch(
      /^first: the page is only linked/,
    )
    expect(failure([{ type: 'Annotation' }])).toMatch(/^\[0\]\.@context/)
  })

  it('names the annotation and property with the wrong type', () => {
    expect(failure(withItem((item) => delete item.target))).toMatch(item('target: missing'))
    expect(
      failure(
        withItem((item) => {
          ;(item.target as { selector: Array<Record<string, unknown>> }).selector[1].start = '3'
        }),
      ),
    ).toMatch(item('target\\[0\\]\\.selector\\[1\\]\\.start: .*expected number'))
    expect(
      failure(
        withItem((item) => {
          ;(item.target as { selector: Array<Record<string, unknown>> }).selector[1].start = -1
        }),
      ),
    ).toMatch(/selector\[1\]\.start: Too small/)
    expect(
      failure(
        withItem((item) => {
          ;(item.target as { selector: Array<Record<string, unknown>> }).selector[1].end = 0
        }),
      ),
    ).toMatch(/selector\[1\]\.end: end is before start/)
    expect(failure(withItem((item) => (item.type = 'Note')))).toMatch(
      item('type: expected type Annotation'),
    )
    expect(failure(withItem((item) => (item.body = [{ value: { deep: [[[{}]]] } }])))).toMatch(
      item('body\\[0\\]\\.value: .*expected string'),
    )
    const truncated = copy()
    truncated.first!.items = truncated.first!.items.slice(0, 3)
    delete (truncated.first as Partial<typeof truncated.first>)!.items
    expect(failure(truncated)).toMatch(/^first\.items: /)
  })

  it('refuses huge strings without echoing them, and writes nothing before it refuses', () => {
    fresh.importPaths([join(fixture.dir, 'seeds')])
    const huge = 'ï'.repeat(2_000_000)
    const message = failure(
      withItem((item) => {
        ;(item.target as { selector: Array<Record<string, unknown>> }).selector[0].exact = huge
      }),
    )
    expect(message).toMatch(/selector\[0\]\.exact: Too big/)
    expect(message.length).toBeLessThan(200)
    expect(fresh.listHighlights({})).toEqual([])
  })

  it('places nothing for a long quote absent from the page, quickly', () => {
    fresh.importPaths([join(fixture.dir, 'seeds')])
    const long = copy()
    const [item] = highlightItems(long)
    targetOf(item).selector[0].exact = '不在页里'.repeat(25_000)
    long.first!.items = [item]
    expect(importAnnotations(fresh, long)).toMatchObject({ orphaned: 1 })
  })

  it('reads an empty collection as no annotations', () => {
    const empty = { '@context': anno, id: 'urn:uuid:0', type: 'AnnotationCollection', total: 0 }
    expect(importAnnotations(fresh, empty)).toEqual({
      annotations: 0,
      restored: 0,
      orphaned: 0,
      unchanged: 0,
    })
  })

  it('keeps notes and quotes exact, Chinese and Markdown included', () => {
    fresh.importPaths([join(fixture.dir, 'seeds')])
    importAnnotations(fresh, document)
    const notes = fresh.listHighlights({}).map((h) => h.note)
    expect(notes).toEqual(
      expect.arrayContaining([NOTES.markdown, NOTES.quotes, NOTES.formula, NOTES.yamlish]),
    )
  })
})
