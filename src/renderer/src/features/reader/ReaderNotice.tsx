import { useEffect, useState } from 'react'
import { onReaderNotice } from './readerNotice'

const VISIBLE_MS = 5000

/**
 * A short line over the top of the reader (and read out by screen readers) after an action that
 * changed what the reader shows, such as a split opening the story's second part. It lives in
 * the pane, not the story, so it outlasts the story it speaks about.
 */
export const ReaderNotice = () => {
  const [text, setText] = useState<string | null>(null)
  useEffect(() => onReaderNotice(setText), [])
  useEffect(() => {
    if (text === null) return
    const timer = setTimeout(() => setText(null), VISIBLE_MS)
    return () => clearTimeout(timer)
  }, [text])
  return (
    <div className="reader-notice-region" role="status" aria-live="polite">
      {text !== null && (
        <p className="reader-notice" data-testid="reader-notice">
          {text}
        </p>
      )}
    </div>
  )
}
