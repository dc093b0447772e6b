import { memo, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Story } from '../../../../shared/types'
import { api } from '../../data/api'
import { HighlightPopover } from '../highlights/HighlightPopover'
import { HighlightsPanel } from '../highlights/HighlightsPanel'
import { SelectionToolbar } from '../highlights/SelectionToolbar'
import { useReaderAnnotations } from '../highlights/useReaderAnnotations'
import { useSettings } from '../settings/useSettings'
import { FONT_SIZE_RANGE } from '../settings/settingsContext'
import { useShortcuts } from '../shortcuts/useShortcuts'
import { useDocumentTitle } from '../../ui/useDocumentTitle'
import { setStoryRead } from '../stories/setStoryRead'
import { StoryTagsBar } from '../tags/StoryTagsBar'
import { runAction, runUndoableValue } from '../undo/runAction'
import { articleBlocks } from './articleBlocks'
import type { ReaderSearch } from './ReaderSearch'
import { ReaderToolbar } from './ReaderToolbar'
import { StoryArticle } from './StoryArticle'
import { useMatchNavigation } from './useMatchNavigation'
import { useReadingProgress } from './useReadingProgress'
import {
  onReaderFocusRequest,
  requestReaderFocusFromKeyboard,
  takeReaderFocus,
} from './readerFocus'
import { showReaderNotice } from './readerNotice'
import { splitTarget } from './splitTarget'
import { usePanelFits } from './usePanelFits'

/** Focus mode as the shell keeps it: the story alone, toggled by f, the toolbar or Escape. */
export interface FocusMode {
  isOn: boolean
  toggle: () => void
}

const PANEL_WIDTH = 300

/**
 * An open story: toolbar, the article with its highlights and search matches, and the notes
 * panel. Memoised: a click on another row re-renders the shell while this story stays up.
 */
export const ReaderView = memo(function ReaderView({
  story,
  search,
  onOpenStory,
  focusMode,
}: {
  story: Story
  search: ReaderSearch | null
  onOpenStory: (id: Story['id']) => void
  focusMode: FocusMode
}) {
  const { t } = useTranslation()
  const { settings, update } = useSettings()
  const scrollRef = useRef<HTMLDivElement>(null)
  const mainRef = useRef<HTMLDivElement>(null)
  const [isTitleEditing, setIsTitleEditing] = useState(false)
  const matches = search?.matches ?? null
  const blocks = useMemo(() => articleBlocks(story, matches), [story, matches])
  // A new story, query or answer starts again at the first match.
  const navigation = useMatchNavigation(
    scrollRef,
    blocks.matchCount,
    `${story.id}\u0000${search?.query ?? ''}\u0000${blocks.matchCount}`,
  )
  const notes = useReaderAnnotations(story, blocks, scrollRef)
  // With a search open the first match decides where the story opens, not the saved position.
  const progress = useReadingProgress(scrollRef, story, blocks.matchCount === 0)
  useDocumentTitle(story.title)
  const isPanelOpen = settings.highlightPanelWidth > 0
  const isPanelDocked = usePanelFits(mainRef, settings.highlightPanelWidth, settings.fontSize)
  // A story opened by Enter (or focus mode) takes the keys: Space, PageDown, Home, End scroll it.
  useEffect(() => {
    const take = () => {
      if (takeReaderFocus(story.id)) scrollRef.current?.focus({ preventScroll: true })
    }
    take()
    return onReaderFocusRequest(take)
  }, [story.id])

  const setFontSize = (size: number) =>
    update({ fontSize: Math.min(Math.max(size, FONT_SIZE_RANGE.min), FONT_SIZE_RANGE.max) })
  const toggleRead = () => void setStoryRead(story.id, !story.isRead)
  const togglePanel = () => update({ highlightPanelWidth: isPanelOpen ? 0 : PANEL_WIDTH })
  const mergeNext = async () => {
    const merged = await runUndoableValue(api.storiesMergeNext(story.id))
    if (merged) onOpenStory(merged)
  }
  const split = async (paragraphIndex: number) => {
    progress.pause()
    const parts = await runUndoableValue(api.storiesSplit(story.id, paragraphIndex))
    if (!parts) return progress.resume()
    showReaderNotice(t('reading.splitDone'))
    onOpenStory(parts.second)
    // Split with Shift+S, the second part keeps the keys: Space reads on.
    requestReaderFocusFromKeyboard(parts.second)
  }
  const splitAtCaret = () => {
    const index = scrollRef.current ? splitTarget(scrollRef.current) : null
    if (index === null) showReaderNotice(t('reading.splitNowhere'))
    else void split(index)
  }

  useShortcuts({
    n: () => navigation.next(),
    F3: () => navigation.next(),
    N: () => navigation.previous(),
    'shift+F3': () => navigation.previous(),
    m: toggleRead,
    h: () => (notes.selection ? void notes.highlight(notes.lastColor, false) : false),
    s: () => void runAction(api.storiesSetFavorite(story.id, !story.isFavorite)),
    i: togglePanel,
    S: splitAtCaret,
    '+': () => setFontSize(settings.fontSize + 1),
    '=': () => setFontSize(settings.fontSize + 1),
    '-': () => setFontSize(settings.fontSize - 1),
  })

  const popoverHighlight = notes.popover && notes.highlights.find((h) => h.id === notes.popover!.id)
  return (
    <>
      {!focusMode.isOn && (
        <ReaderToolbar
          isRead={story.isRead}
          onToggleRead={toggleRead}
          fontSize={settings.fontSize}
          onFontSize={setFontSize}
          navigation={search ? navigation : null}
          isPanelOpen={isPanelOpen}
          onTogglePanel={togglePanel}
          onMergeNext={() => void mergeNext()}
          onEditTitle={() => setIsTitleEditing(true)}
          focusMode={focusMode}
        />
      )}
      <div className="reader-main" ref={mainRef}>
        <div ref={scrollRef} className="reader-scroll" tabIndex={0} data-testid="reader-scroll">
          <StoryArticle
            story={story}
            blocks={blocks}
            currentMatch={blocks.matchCount > 0 ? navigation.current : undefined}
            highlights={notes.local}
            onHighlightClick={notes.openPopover}
            onSplit={(index) => void split(index)}
            isTitleEditing={isTitleEditing}
            onTitleEditDone={() => setIsTitleEditing(false)}
            tagsBar={<StoryTagsBar story={story} />}
          />
          {notes.selection && (
            <SelectionToolbar
              top={notes.selection.top}
              left={notes.selection.left}
              onHighlight={(color, withNote) => void notes.highlight(color, withNote)}
              onReattach={notes.reattachId ? () => void notes.reattach() : undefined}
            />
          )}
          {popoverHighlight && notes.popover && (
            <HighlightPopover
              key={popoverHighlight.id}
              highlight={popoverHighlight}
              {...notes.popover}
              onClose={notes.closePopover}
            />
          )}
        </div>
        {isPanelOpen && !focusMode.isOn && (
          <HighlightsPanel
            isFloating={!isPanelDocked}
            storyId={story.id}
            highlights={notes.highlights}
            width={settings.highlightPanelWidth}
            reattachId={notes.reattachId}
            onJump={notes.jumpTo}
            onReattach={notes.setReattachId}
          />
        )}
      </div>
    </>
  )
})
