import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { htmlText } from './scoreTokens'

/** One saved page of Mozilla Readability's test set, with what Readability extracts from it. */
export interface TestPage {
  name: string
  source: string
  /** The text of expected.html: Readability's own output, the reference for content. */
  expectedText: string
  expectedTitle: string | null
  expectedByline: string | null
  isChinese: boolean
}

/** The Chinese pages of the set; the issue reports them apart from the rest. */
export const CHINESE_PAGES = new Set(['gmw', 'pixnet', 'qq', 'youth'])

/** Default place of the corpus: ../shared/corpora next to the checkout. */
export const DEFAULT_CORPUS = join(
  import.meta.dirname,
  '../../../../shared/corpora/readability-test-pages',
)

/** Reads every page folder of the corpus (source.html, expected.html, expected-metadata.json). */
export function readCorpus(dir: string, only?: ReadonlySet<string>): TestPage[] {
  const pages: TestPage[] = []
  for (const name of readdirSync(dir).sort()) {
    const folder = join(dir, name)
    if (!existsSync(join(folder, 'source.html')) || (only && !only.has(name))) continue
    const metadata = JSON.parse(readFileSync(join(folder, 'expected-metadata.json'), 'utf8')) as {
      title?: string | null
      byline?: string | null
    }
    pages.push({
      name,
      source: readFileSync(join(folder, 'source.html'), 'utf8'),
      expectedText: htmlText(readFileSync(join(folder, 'expected.html'), 'utf8')),
      expectedTitle: metadata.title?.trim() || null,
      expectedByline: metadata.byline?.trim() || null,
      isChinese: CHINESE_PAGES.has(name),
    })
  }
  return pages
}
