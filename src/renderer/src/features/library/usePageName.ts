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
      sources.flatMap((source) => (source.customName ? [[source.id, source.customName]] : [])),
    )
    lookups.set(sources, lookup)
  }
  return lookup
}

/**
 * The page name a story row or the reader shows: the name the reader gave the page, else its
 * file name. Not the page's own title: for most pages that is their first headline, which
 * would then stand under every story of the page as if it were theirs.
 */
export const usePageName = (sourceId: SourceId, fileName: string): string => {
  const { data } = useSources()
  return (data && lookupOf(data).get(sourceId)) ?? displaySourceName(fileName)
}
