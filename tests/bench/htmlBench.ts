// `npx tsx tests/bench/htmlBench.ts [--corpus dir] [--pages a,b] [--worst n] [--no-readability]`:
// prints how saved web pages come out of HTML import, over Mozilla Readability's test pages,
// for Inkstone now, Inkstone before issue 11 (a frozen copy of the old splitter) and Readability
// itself. Figures only, never pass/fail (DEVELOPERS.md). The expected text is Readability's own
// output, so Readability scores near 1 by construction: it is shown as the ceiling of this
// reference, not as a rival.
import { parseArgs } from 'node:util'
import { parseHTML } from 'linkedom'
import { Readability } from '@mozilla/readability'
import { splitHtml } from '../../src/main/core/split/splitHtml'
import type { SplitStory } from '../../src/main/core/split/types'
import { DEFAULT_CORPUS, readCorpus } from './html/corpus'
import { measurePages, type PageResult, type Splitter } from './html/measurePages'
import { splitHtml as oldSplitHtml } from './html/old/splitHtml'
import { printComparison, printWorst } from './html/printResults'

/** Readability 0.6 over linkedom as one story: its title and text content. */
const readability: Splitter = (html) => {
  const { document } = parseHTML(html)
  const article = new Readability(document as unknown as Document).parse()
  if (!article?.textContent) return []
  const story: SplitStory = {
    title: article.title ?? '',
    isTitleDerived: false,
    byline: article.byline ?? null,
    kind: 'article',
    originalText: article.textContent,
    body: article.textContent,
  }
  return [story]
}

function main(): void {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: DEFAULT_CORPUS },
      pages: { type: 'string' },
      worst: { type: 'string', default: '12' },
      'no-readability': { type: 'boolean', default: false },
    },
  })
  const only = values.pages ? new Set(values.pages.split(',')) : undefined
  const pages = readCorpus(values.corpus, only)
  const columns: Array<[string, PageResult[]]> = [
    ['Inkstone now', measurePages(pages, (html) => splitHtml(html))],
    ['Inkstone before', measurePages(pages, (html) => oldSplitHtml(html))],
  ]
  if (!values['no-readability']) columns.push(['Readability 0.6', measurePages(pages, readability)])
  const subset = (isChinese: boolean): Array<[string, PageResult[]]> =>
    columns.map(([name, results]) => [
      name,
      results.filter((result) => result.isChinese === isChinese),
    ])
  printComparison(`All pages (${pages.length})`, columns)
  printComparison(`Chinese pages (gmw, pixnet, qq, youth)`, subset(true))
  printComparison(`Other pages`, subset(false))
  printWorst(columns[0][1], Number(values.worst))
}

main()
