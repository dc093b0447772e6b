import { useEffect, useState } from 'react'
import { loadNoteRenderer, loadedNoteRenderer, type NoteRenderer } from './loadNoteRenderer'

/** The note renderer, or null for the moment it takes to load the first time. */
export const useNoteRenderer = (): NoteRenderer | null => {
  const [renderer, setRenderer] = useState(loadedNoteRenderer)
  useEffect(() => {
    if (renderer) return
    let isCurrent = true
    void loadNoteRenderer().then((loaded) => {
      if (isCurrent) setRenderer(() => loaded)
    })
    return () => {
      isCurrent = false
    }
  }, [renderer])
  return renderer
}
