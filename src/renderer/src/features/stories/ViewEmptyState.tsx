import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../ui/EmptyState'
import type { LibraryView } from '../library/libraryView'

/**
 * Why a view of the story list is empty, in that view's own words: an empty collection is not
 * a page without stories. An empty library offers the import actions.
 */
export const ViewEmptyState = ({
  view,
  isLibraryEmpty,
  importActions,
}: {
  view: LibraryView
  isLibraryEmpty: boolean
  importActions: ReactNode
}) => {
  const { t } = useTranslation()
  if (isLibraryEmpty) {
    return (
      <EmptyState
        icon="inbox"
        title={t('stories.emptyLibraryTitle')}
        body={t('stories.emptyLibraryBody')}
        actions={importActions}
        testId="empty-library"
      />
    )
  }
  const testId = `empty-${view.kind}`
  switch (view.kind) {
    case 'unread':
      return (
        <EmptyState
          icon="check"
          title={t('stories.emptyUnreadTitle')}
          body={t('stories.emptyUnreadBody')}
          testId={testId}
        />
      )
    case 'favorites':
      return (
        <EmptyState
          icon="star"
          title={t('empty.favoritesTitle')}
          body={t('empty.favoritesBody')}
          testId={testId}
        />
      )
    case 'source':
      return (
        <EmptyState
          icon="file"
          title={t('stories.emptySourceTitle')}
          body={t('stories.emptySourceBody')}
          testId={testId}
        />
      )
    case 'tag':
      return (
        <EmptyState
          icon="tag"
          title={t('empty.tagTitle')}
          body={t('empty.tagBody')}
          testId={testId}
        />
      )
    case 'collection':
      return (
        <EmptyState
          icon="collection"
          title={t('empty.collectionTitle')}
          body={t('empty.collectionBody')}
          testId={testId}
        />
      )
    default:
      return (
        <EmptyState
          icon="books"
          title={t('empty.allTitle')}
          body={t('empty.allBody')}
          testId={testId}
        />
      )
  }
}
