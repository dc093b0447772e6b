import { useTranslation } from 'react-i18next'
import type { StoryId } from '../../../../shared/ids'
import { EmptyState } from '../../ui/EmptyState'
import { ErrorState } from '../../ui/ErrorState'
import { LoadingState } from '../../ui/LoadingState'
import type { ReaderSearch } from './ReaderSearch'
import { ReaderNotice } from './ReaderNotice'
import { ReaderView } from './ReaderView'
import type { FocusMode } from './ReaderView'
import { useStory } from './useStory'
import { useStoryHighlights } from '../highlights/useStoryHighlights'
import '../highlights/highlights.css'
import './reader.css'

/** The right pane: the open story, or why there is none. */
export const ReaderPane = ({
  storyId,
  search,
  onOpenStory,
  focusMode,
}: {
  storyId: StoryId | null
  /** The search the story was opened from, with what it matched there; null when not searching. */
  search: ReaderSearch | null
  onOpenStory: (id: StoryId) => void
  focusMode: FocusMode
}) => {
  const { t } = useTranslation()
  const { data: story, error, isLoading, reload } = useStory(storyId)
  // Asked for together with the story (the shared cache hands it to the reader's annotations),
  // not once the story has arrived: opening waits for one round trip, not two.
  useStoryHighlights(storyId)

  const content = () => {
    if (storyId === null)
      return <EmptyState icon="books" title={t('reader.noneTitle')} body={t('reader.noneBody')} />
    if (error) return <ErrorState title={t('reader.loadError')} failure={error} onRetry={reload} />
    // While the next story loads the previous one stays up: no skeleton flash on j/k + Enter.
    if (story === undefined || (isLoading && story === null))
      return <LoadingState label={t('reader.loading')} lines={1} />
    if (story === null)
      return (
        <EmptyState
          icon="alert"
          title={t('reader.notFoundTitle')}
          body={t('reader.notFoundBody')}
        />
      )
    return (
      <ReaderView
        key={story.id}
        story={story}
        search={search}
        onOpenStory={onOpenStory}
        focusMode={focusMode}
      />
    )
  }

  return (
    <main className="pane pane--reader" aria-label={t('reader.label')} id="pane-reader">
      {content()}
      <ReaderNotice />
      {focusMode.isOn && (
        <button
          type="button"
          className="button button--quiet focus-mode-exit"
          onClick={focusMode.toggle}
          data-testid="focus-mode-exit"
        >
          {t('reading.leaveFocusMode')}
        </button>
      )}
    </main>
  )
}
