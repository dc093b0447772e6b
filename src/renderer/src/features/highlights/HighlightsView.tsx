import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  HIGHLIGHT_COLORS,
  type HighlightColor,
  type HighlightListItem,
} from '../../../../shared/annotations'
import type { SourceId, StoryId, TagId } from '../../../../shared/ids'
import type { Source } from '../../../../shared/types'
import { api } from '../../data/api'
import { useQuery } from '../../data/useQuery'
import { EmptyState } from '../../ui/EmptyState'
import { VirtualListbox } from '../../ui/VirtualListbox'
import { useDebouncedValue } from '../../ui/useDebouncedValue'
import { displaySourceName } from '../library/displaySourceName'
import { useSettings } from '../settings/useSettings'
import { useShortcuts } from '../shortcuts/useShortcuts'
import { useTags } from '../tags/useTags'
import { colorName } from './colorName'
import { HighlightRow } from './HighlightRow'
import { requestHighlightFocus } from './pendingFocus'
import './highlights.css'

/** Every highlight in the library, filtered by colour, tag, page and words; opens the passage. */
export const HighlightsView = ({
  sources,
  onOpen,
}: {
  sources: Source[] | undefined
  onOpen: (id: StoryId) => void
}) => {
  const { t } = useTranslation()
  const { settings } = useSettings()
  const tags = useTags()
  const [color, setColor] = useState<HighlightColor | ''>('')
  const [tagId, setTagId] = useState(0)
  const [sourceId, setSourceId] = useState(0)
  const [text, setText] = useState('')
  const isFiltered = color !== '' || tagId !== 0 || sourceId !== 0 || text.trim() !== ''
  const words = useDebouncedValue(text, 150)
  const [activeId, setActiveId] = useState<string | null>(null)
  const query = {
    color: color || undefined,
    tagId: tagId ? (tagId as TagId) : undefined,
    sourceId: sourceId ? (sourceId as SourceId) : undefined,
    text: words.trim() || undefined,
  }
  const highlights = useQuery(`highlights-view:${JSON.stringify(query)}`, ['highlights'], () =>
    api.highlightsList(query),
  )
  const open = (item: HighlightListItem) => {
    requestHighlightFocus(item.id)
    onOpen(item.storyId)
  }
  // j/k and Enter act on these rows here (the shell leaves them to this view): Enter opens the
  // story of the highlight the cursor is on, never the story list's row. j/k also bring focus
  // to the list, so Enter is not taken by the button last clicked (the library's Highlights).
  const items = highlights.data ?? []
  const listRef = useRef<HTMLDivElement>(null)
  const moveBy = (delta: number) => {
    const index = items.findIndex((item) => item.id === activeId)
    const next = items[Math.min(Math.max(index < 0 ? 0 : index + delta, 0), items.length - 1)]
    if (next) setActiveId(next.id)
    listRef.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus({ preventScroll: true })
  }
  useShortcuts({
    j: () => moveBy(1),
    k: () => moveBy(-1),
    Enter: (event) => {
      const item = items.find((h) => h.id === activeId)
      const isOnControl =
        event.target instanceof Element && event.target.closest('button, a[href], input, select')
      if (!item || isOnControl) return false
      open(item)
    },
  })

  return (
    <>
      <div
        className="pane-header highlights-filters"
        role="search"
        aria-label={t('annotate.filterHighlights')}
      >
        <h2 className="pane-title">{t('annotate.highlights')}</h2>
        <input
          className="tag-input"
          type="search"
          value={text}
          placeholder={t('annotate.filterHighlights')}
          aria-label={t('annotate.filterHighlights')}
          onChange={(e) => setText(e.target.value)}
          data-testid="highlights-filter"
        />
        <select
          className="select"
          aria-label={t('annotate.allColors')}
          value={color}
          onChange={(e) => setColor(e.target.value as HighlightColor | '')}
          data-testid="highlights-color"
        >
          <option value="">{t('annotate.allColors')}</option>
          {HIGHLIGHT_COLORS.map((c) => (
            <option key={c} value={c}>
              {colorName(c, settings, t)}
            </option>
          ))}
        </select>
        <select
          className="select"
          aria-label={t('annotate.allTags')}
          value={tagId}
          onChange={(e) => setTagId(Number(e.target.value))}
        >
          <option value={0}>{t('annotate.allTags')}</option>
          {tags.data?.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
        </select>
        <select
          className="select"
          aria-label={t('annotate.allSources')}
          value={sourceId}
          onChange={(e) => setSourceId(Number(e.target.value))}
        >
          <option value={0}>{t('annotate.allSources')}</option>
          {sources?.map((source) => (
            <option key={source.id} value={source.id}>
              {displaySourceName(source.name)}
            </option>
          ))}
        </select>
      </div>
      <div className="pane-body" ref={listRef}>
        {highlights.data?.length === 0 ? (
          <EmptyState
            icon="highlight"
            title={t(isFiltered ? 'empty.highlightsFilteredTitle' : 'empty.highlightsTitle')}
            body={t(isFiltered ? 'empty.highlightsFilteredBody' : 'empty.highlightsBody')}
            testId="empty-highlights"
          />
        ) : (
          <VirtualListbox
            items={highlights.data ?? []}
            getId={(item) => item.id}
            label={t('annotate.highlights')}
            testId="highlight-list"
            activeId={activeId}
            openId={null}
            renderItem={(item) => (
              <HighlightRow item={item} colorLabel={colorName(item.color, settings, t)} />
            )}
            onActiveChange={setActiveId}
            onOpen={(id) => {
              const item = highlights.data?.find((h) => h.id === id)
              if (item) open(item)
            }}
          />
        )}
      </div>
    </>
  )
}
