import { useEffect } from 'react'

const APP_TITLE = 'Inkstone'

/** Shows `title` in the window's title bar (and task switcher) while the caller is mounted. */
export const useDocumentTitle = (title: string): void => {
  useEffect(() => {
    document.title = `${title} · ${APP_TITLE}`
    return () => {
      document.title = APP_TITLE
    }
  }, [title])
}
