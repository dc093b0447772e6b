import { memo } from 'react'
import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { StorySummary } from '../../../../shared/types'
import { Icon } from '../../ui/Icon'
import { usePageName } from '../library/usePageName'
import { TagChip } from '../tags/TagChip'
import type { DropSide, RowDrag } from './useCollectionOrder'

/**
 * One story in the list: read mark, headline, page, kind and first line. Memoised: selecting
 * or opening a story re-renders the list, and only the rows whose story changed need to.
 */
export const StoryRow = memo(function StoryRow({
  story,
  isSourceShown,
  isChecked,
  onToggleCheck,
  drag,
  dropSide = null,
  onContextMenu,
}: {
  story: StorySummary
  isSourceShown: boolean
  isChecked: boolean
  onToggleCheck: (id: StorySummary['id']) => void
  /** Present in a collection: the row can be dragged to a new place. */
  drag?: RowDrag
  /** While a story is dragged over this row: the side its insertion marker is drawn on. */
  dropSide?: DropSide | null
  /** Right-click: the story's context menu. */
  onContextMenu?: (event: MouseEvent, id: StorySummary['id']) => void
}) {
  const { t } = useTranslation()
  const pageLabel = usePageName(story.sourceId, story.sourceName)
  return (
    <div
      className={`story-row ${story.isRead ? 'is-read' : 'is-unread'} ${isChecked ? 'is-checked' : ''} ${dropSide ? `is-drop-${dropSide}` : ''}`}
      data-testid="story-row"
      data-drop={dropSide ?? undefined}
      draggable={drag !== undefined}
      onDragStart={drag ? (event) => drag.onStart(event, story.id) : undefined}
      onDragOver={drag ? (event) => drag.onOver(event, story.id) : undefined}
      onDrop={drag ? (event) => drag.onDrop(event, story.id) : undefined}
      onDragEnd={drag?.onEnd}
      onContextMenu={
        onContextMenu
          ? (event) => {
              event.preventDefault()
              onContextMenu(event, story.id)
            }
          : undefined
      }
    >
      {/* The row is an option, which may hold no control: its aria-checked says it is checked
          (Space or Ctrl+click), and this box only shows it and takes a mouse click. */}
      <span
        className="story-row-check"
        aria-hidden="true"
        data-testid="story-row-check"
        onClick={(event) => {
          event.stopPropagation()
          onToggleCheck(story.id)
        }}
      >
        {isChecked && <Icon name="check" size={12} />}
      </span>
      <span
        className="story-row-dot"
        role="img"
        aria-label={story.isRead ? t('stories.read') : t('stories.unread')}
      />
      <div className="story-row-main">
        <p className="story-row-title">{story.title}</p>
        <p className="story-row-meta">
          {story.kind === 'photo' && (
            <span className="story-row-kind">
              <Icon name="photo" size={13} />
              {t('stories.photo')}
            </span>
          )}
          {isSourceShown && <span className="story-row-source">{pageLabel}</span>}
          {story.byline && <span className="story-row-byline">{story.byline}</span>}
        </p>
        {story.excerpt && <p className="story-row-excerpt">{story.excerpt}</p>}
        {(story.tags.length > 0 ||
          story.isFavorite ||
          story.highlightCount > 0 ||
          story.hasNote) && (
          <p className="story-row-marks">
            {story.isFavorite && (
              <span className="story-row-star" aria-label={t('annotate.favorite')}>
                ★
              </span>
            )}
            {story.highlightCount > 0 && (
              <span className="story-row-count" title={t('annotate.highlights')}>
                <Icon name="highlight" size={12} />
                {story.highlightCount}
              </span>
            )}
            {story.hasNote && (
              <span className="story-row-count" title={t('annotate.note')}>
                <Icon name="note" size={12} />
              </span>
            )}
            {story.tags.map((tag) => (
              <TagChip key={tag.id} tag={tag} />
            ))}
          </p>
        )}
      </div>
      {story.progress > 0.02 && story.progress < 0.99 && !story.isRead && (
        <span
          className="story-row-progress"
          aria-hidden="true"
          title={t('feedback.readProgress', { percent: Math.round(story.progress * 100) })}
          data-testid="story-row-progress"
        >
          <span style={{ width: `${Math.round(story.progress * 100)}%` }} />
        </span>
      )}
    </div>
  )
})
