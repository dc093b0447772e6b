import { useCallback, useState } from 'react'
import { PAGE_SORTS, type PageSort } from '../../../../shared/pageName'

// The order of the pages is the reader's habit, not library data: kept in this browser.
const KEY = 'inkstone.pageSort'

const stored = (): PageSort => {
  try {
    const value = window.localStorage.getItem(KEY)
    return PAGE_SORTS.find((sort) => sort === value) ?? 'newest'
  } catch {
    return 'newest'
  }
}

/** The pages list's order, remembered across reloads. */
export const usePageSort = (): [PageSort, (sort: PageSort) => void] => {
  const [sort, setSort] = useState<PageSort>(stored)
  const change = useCallback((next: PageSort) => {
    setSort(next)
    try {
      window.localStorage.setItem(KEY, next)
    } catch {
      // Storage may be off (private mode): the order lasts for this visit only.
    }
  }, [])
  return [sort, change]
}
