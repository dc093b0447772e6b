// Annotation costs on a mid-size library: the seed pages copied many times, a quarter of the
// stories tagged and highlighted. Prints figures; asserts nothing.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openLibrary } from '../../src/main/core/library/openLibrary'

const COPIES = 60
const ROUNDS = 20

const time = (run: () => unknown): number => {
  const samples: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]
}

/** Builds the annotated library and prints median timings of the reader's annotation paths. */
export function benchAnnotations(seedDir: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-bench-annotations-'))
  try {
    const pages = join(dir, 'pages')
    mkdirSync(pages)
    for (let copy = 0; copy < COPIES; copy++) {
      // Each copy differs by a line: a page with the same bytes as another is the same page.
      for (const name of readdirSync(seedDir)) {
        const text = readFileSync(join(seedDir, name), 'utf8')
        writeFileSync(join(pages, `${copy}-${name}`), `${text}\n\n第 ${copy} 期\n`)
      }
    }
    const library = openLibrary(join(dir, 'library'))
    library.importPaths([pages])
    // A host rebuilds the index in the background after an import; searches below use it.
    const indexStart = performance.now()
    library.maintain()
    const indexMs = performance.now() - indexStart
    const stories = library.listStories()
    const marked = stories.filter((_, index) => index % 4 === 0)
    const t0 = performance.now()
    library.addTags(
      marked.map((s) => s.id),
      ['工会'],
    )
    for (const story of marked)
      library.createHighlight(story.id, { start: 0, end: 6, color: 'yellow', note: '要点' })
    const annotateMs = performance.now() - t0
    const collection = library.createCollection('bench')
    library.addToCollection(
      collection.id,
      marked.slice(0, 200).map((s) => s.id),
    )

    const fmt = (ms: number) => `${ms.toFixed(1)} ms`
    console.log(
      `annotated library: ${stories.length} stories, ${marked.length} tagged and highlighted (index rebuilt in ${fmt(indexMs)}, ${fmt(annotateMs)} to annotate)`,
    )
    console.log(`  list all stories (with tags, counts): ${fmt(time(() => library.listStories()))}`)
    console.log(
      `  list a tag: ${fmt(time(() => library.listStories({ tagId: library.listTags()[0].id })))}`,
    )
    console.log(
      `  list a collection: ${fmt(time(() => library.listStories({ collectionId: collection.id })))}`,
    )
    console.log(`  Highlights view (all): ${fmt(time(() => library.listHighlights({})))}`)
    console.log(`  search "tag:工会 疗休养": ${fmt(time(() => library.search('tag:工会 疗休养')))}`)
    console.log(`  search "要点" (in notes): ${fmt(time(() => library.search('要点')))}`)
    library.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
