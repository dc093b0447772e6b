import { useMemo, useRef } from 'react'
import type { Story } from '../../../../shared/types'
import { termsPattern, searchTerms } from '../search/searchTerms'
import { useSettings } from '../settings/useSettings'
import { FONT_SIZE_RANGE } from '../settings/settingsContext'
import { useShortcuts } from '../shortcuts/useShortcuts'
import { useDocumentTitle } from '../../ui/useDocumentTitle'
import { setStoryRead } from '../stories/setStoryRead'
import { articleBlocks } from './articleBlocks'
import { ReaderToolbar } from './ReaderToolbar'
import { StoryArticle } from './StoryArticle'
import { useMatchNavigation } from './useMatchNavigation'
import { useReadingProgress } from './useReadingProgress'

/** An open story: toolbar, and the scrolling article with its search matches marked. */
export const ReaderView = ({ story, query }: { story: Story; query: string }) => {
  const { settings, update } = useSettings()
  const scrollRef = useRef<HTMLDivElement>(null)
  const pattern = useMemo(() => termsPattern(searchTerms(query)), [query])
  const blocks = useMemo(() => articleBlocks(story, pattern), [story, pattern])
  const navigation = useMatchNavigation(scrollRef, blocks.matchCount, `${story.id}\u0000${query}`)
  // With a search open the first match decides where the story opens, not the saved position.
  useReadingProgress(scrollRef, story, blocks.matchCount === 0)
  useDocumentTitle(story.title)

  const setFontSize = (size: number) =>
    update({ fontSize: Math.min(Math.max(size, FONT_SIZE_RANGE.min), FONT_SIZE_RANGE.max) })
  const toggleRead = () => void setStoryRead(story.id, !story.isRead)

  useShortcuts({
    n: () => navigation.next(),
    F3: () => navigation.next(),
    N: () => navigation.previous(),
    'shift+F3': () => navigation.previous(),
    m: toggleRead,
    '+': () => setFontSize(settings.fontSize + 1),
    '=': () => setFontSize(settings.fontSize + 1),
    '-': () => setFontSize(settings.fontSize - 1),
  })

  return (
    <>
      <ReaderToolbar
        isRead={story.isRead}
        onToggleRead={toggleRead}
        fontSize={settings.fontSize}
        onFontSize={setFontSize}
        navigation={pattern ? navigation : null}
      />
      <div ref={scrollRef} className="reader-scroll" tabIndex={0} data-testid="reader-scroll">
        <StoryArticle
          story={story}
          blocks={blocks}
          currentMatch={blocks.matchCount > 0 ? navigation.current : undefined}
        />
      </div>
    </>
  )
}
