import { useTranslation } from 'react-i18next'
import type { StorySummary } from '../../../../shared/types'
import { Icon } from '../../ui/Icon'
import { displaySourceName } from '../library/displaySourceName'

/** One story in the list: read mark, headline, page, kind and first line. */
export const StoryRow = ({
  story,
  isSourceShown,
}: {
  story: StorySummary
  isSourceShown: boolean
}) => {
  const { t } = useTranslation()
  return (
    <div className={`story-row ${story.isRead ? 'is-read' : 'is-unread'}`} data-testid="story-row">
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
          {isSourceShown && (
            <span className="story-row-source">{displaySourceName(story.sourceName)}</span>
          )}
          {story.byline && <span className="story-row-byline">{story.byline}</span>}
        </p>
        {story.excerpt && <p className="story-row-excerpt">{story.excerpt}</p>}
      </div>
      {story.progress > 0.02 && story.progress < 0.99 && !story.isRead && (
        <span className="story-row-progress" aria-hidden="true">
          <span style={{ width: `${Math.round(story.progress * 100)}%` }} />
        </span>
      )}
    </div>
  )
}
