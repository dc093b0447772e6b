import type { Source } from './types'

/** A file name as a label: no folders, and no extension (noise in a list of pages). */
export const fileLabel = (name: string): string => {
  const base = name.split(/[\\/]/).pop() ?? name
  return base.replace(/\.(txt|text|md|markdown|html?|xhtml)$/i, '')
}

/**
 * What a page is called: the name the reader gave it, else the name it gives itself (its
 * newsletter's name and date, an HTML page's title), else its file name.
 */
export const pageName = (source: Pick<Source, 'name' | 'title' | 'customName'>): string =>
  source.customName || source.title || fileLabel(source.name)

/** How the list of pages is ordered: newest first, by name, or oldest first. */
export const PAGE_SORTS = ['newest', 'oldest', 'name'] as const
/** One of PAGE_SORTS. */
export type PageSort = (typeof PAGE_SORTS)[number]

const nameCollator = new Intl.Collator('zh', { numeric: true })

/** A page's date for ordering: the one its text prints, else when it was imported. */
const dateOf = (source: Pick<Source, 'pageDate' | 'importedAt'>): string =>
  source.pageDate ?? source.importedAt

/** The pages in the given order (a new array); ties keep the order of their ids. */
export function sortPages<T extends Source>(pages: readonly T[], sort: PageSort): T[] {
  const byName = (a: T, b: T) => nameCollator.compare(pageName(a), pageName(b)) || a.id - b.id
  const byDate = (a: T, b: T) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0)
  const compare: Record<PageSort, (a: T, b: T) => number> = {
    newest: (a, b) => byDate(b, a) || a.id - b.id,
    oldest: (a, b) => byDate(a, b) || a.id - b.id,
    name: byName,
  }
  return [...pages].sort(compare[sort])
}

/** The pages whose name, title or file name holds `text` (case and width folded). */
export function filterPages<T extends Source>(pages: readonly T[], text: string): T[] {
  const fold = (value: string) => value.normalize('NFKC').toLowerCase()
  const wanted = fold(text.trim())
  if (wanted === '') return [...pages]
  return pages.filter((page) =>
    [pageName(page), page.title ?? '', page.name].some((value) => fold(value).includes(wanted)),
  )
}
