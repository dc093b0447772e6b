import type { SourceId } from '../../../../shared/ids'
import type { Source } from '../../../../shared/types'
import { displaySourceName } from './displaySourceName'
import { useSources } from './useSources'

// One lookup per list of pages, shared by every row that shows a page's name.
const lookups = new WeakMap<Source[], Map<SourceId, string>>()

const lookupOf = (sources: Source[]): Map<SourceId, string> => {
  let lookup = lookups.get(sources)
  if (!lookup) {
    lookup = new Map(
      sources.flatMap((source) => {
        const name = source.customName ?? (isMastheadName(source) ? source.title : null)
        return name ? [[source.id, name]] : []
      }),
    )
    lookups.set(sources, lookup)
  }
  return lookup
}

/** True when a page's title is a newsletter's name and date, not one of its headlines. */
const isMastheadName = (source: Source): boolean =>
  source.format !== 'html' && source.pageDate !== null && !!source.title

/**
 * The page name a story row or the reader shows: the name the reader gave the page, else its
 * newsletter's name and date, else its file name. Not a title made of the page's first
 * headline: that would stand under every story of the page as if it were theirs.
 */
export const usePageName = (sourceId: SourceId, fileName: string): string => {
  const { data } = useSources()
  return (data && lookupOf(data).get(sourceId)) ?? displaySourceName(fileName)
}
