import type { MouseEvent } from 'react'
import { api, isDesktop } from '../../data/api'
import { useNoteRenderer } from './useNoteRenderer'

/** A note rendered from Markdown; its links open outside the app, never in the reader's page. */
export const NoteHtml = ({
  markdown,
  className = 'note-rendered',
  testId,
}: {
  markdown: string
  className?: string
  testId?: string
}) => {
  const render = useNoteRenderer()
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest('a')
    if (!link) return
    // A link is not a click on the row or card around the note.
    event.stopPropagation()
    // In a browser the sanitiser's target=_blank opens a new tab. The desktop app refuses new
    // windows, so the link goes to the system browser through main, which opens only http(s).
    if (!isDesktop && link.target === '_blank') return
    event.preventDefault()
    if (isDesktop) void api.shellOpenExternal(link.href)
  }
  // Until the renderer has loaded (a moment, once), the note shows as plain text.
  const content = render
    ? { dangerouslySetInnerHTML: { __html: render(markdown) } }
    : { children: markdown }
  return <div className={className} onClick={onClick} data-testid={testId} {...content} />
}
