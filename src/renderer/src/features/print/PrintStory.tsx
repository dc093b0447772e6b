import { useMemo } from 'react'
import { createPortal } from 'react-dom'
import { hasHan } from '../../../../shared/text/cjk'
import type { StoryId } from '../../../../shared/ids'
import { bodyOffsets } from '../highlights/bodyOffsets'
import { paragraphHighlights } from '../highlights/paragraphHighlights'
import { useStoryHighlights } from '../highlights/useStoryHighlights'
import { displaySourceName } from '../library/displaySourceName'
import { articleBlocks } from '../reader/articleBlocks'
import { useStory } from '../reader/useStory'
import { PrintFootnotesList } from './PrintFootnotesList'
import { printFootnotes } from './printFootnotes'
import { printPieces } from './printPieces'
import '../highlights/highlights.css'
import './print.css'

/**
 * The open story typeset for paper: source, headline, byline, tags, the text with its
 * highlights in their colours and footnote numbers, then the notes. It is put straight under
 * <body>, outside the app, so the print stylesheet can drop the whole interface and let the
 * story flow onto as many pages as it needs. Mounted only while printing; hidden from
 * assistive technology, which already has the story in the reader.
 */
export const PrintStory = ({ storyId }: { storyId: StoryId }) => {
  const story = useStory(storyId).data
  const highlights = useStoryHighlights(storyId).data
  const laidOut = useMemo(() => {
    if (!story) return null
    const blocks = articleBlocks(story, null)
    const local = paragraphHighlights(highlights ?? [], blocks.paragraphs, bodyOffsets(story.body))
    return { blocks, local, notes: printFootnotes(highlights ?? [], local) }
  }, [story, highlights])
  if (!story || !laidOut) return null
  const { blocks, local, notes } = laidOut
  const lang = hasHan(story.title + story.body.slice(0, 200)) ? 'zh-CN' : undefined

  return createPortal(
    <div className="print-root" aria-hidden="true" data-testid="print-story">
      <article className="print-story" lang={lang}>
        <header className="print-header">
          <p className="print-source">{displaySourceName(story.sourceName)}</p>
          <h1 className="print-title">{story.title}</h1>
          {story.byline && <p className="print-byline">{story.byline}</p>}
          {story.tags.length > 0 && (
            <p className="print-tags">{story.tags.map((tag) => `#${tag.name}`).join(' ')}</p>
          )}
        </header>
        <div className="print-body">
          {blocks.paragraphs.map((paragraph, index) => (
            <p key={index}>
              {printPieces(
                paragraph.text,
                local[index] ?? [],
                notes.refsByParagraph[index] ?? new Map(),
              ).map((piece, at) => (
                <span key={at}>
                  {piece.color ? (
                    <mark className={`print-mark hl-${piece.color}`}>{piece.text}</mark>
                  ) : (
                    piece.text
                  )}
                  {piece.refs.map((number) => (
                    <sup key={number} className="print-ref">
                      {number}
                    </sup>
                  ))}
                </span>
              ))}
            </p>
          ))}
        </div>
        <PrintFootnotesList footnotes={notes.footnotes} />
      </article>
    </div>,
    document.body,
  )
}
