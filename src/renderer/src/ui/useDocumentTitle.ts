import { useEffect } from 'react'

const APP_TITLE = 'Inkstone'

// The caller that set the title last. A story replaced by the next one unmounts in the same
// commit as the next one sets its own title: the old one's reset is then skipped rather than
// written and overwritten (each write of document.title costs the opening commit a little).
let latestOwner = 0

/** Shows `title` in the window's title bar (and task switcher) while the caller is mounted. */
export const useDocumentTitle = (title: string): void => {
  useEffect(() => {
    latestOwner += 1
    const owner = latestOwner
    document.title = `${title} · ${APP_TITLE}`
    return () => {
      queueMicrotask(() => {
        if (latestOwner === owner) document.title = APP_TITLE
      })
    }
  }, [title])
}
