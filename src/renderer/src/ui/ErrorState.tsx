import { useTranslation } from 'react-i18next'
import { EmptyState } from './EmptyState'

/** A failure in a pane: what failed, the error's own words, and a retry button. */
export const ErrorState = ({
  title,
  message,
  onRetry,
}: {
  title: string
  message: string
  onRetry: () => void
}) => {
  const { t } = useTranslation()
  return (
    <EmptyState
      icon="alert"
      tone="error"
      title={title}
      body={t('common.errorDetail', { message })}
      actions={
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      }
    />
  )
}
