import { useTranslation } from 'react-i18next'
import type { Failure } from '../../../shared/contract'
import { sayFailure } from '../i18n/sayMessage'
import { EmptyState } from './EmptyState'

/** A failure in a pane: what failed, why (in the reader's language), and a retry button. */
export const ErrorState = ({
  title,
  failure,
  onRetry,
}: {
  title: string
  failure: Failure
  onRetry: () => void
}) => {
  const { t } = useTranslation()
  return (
    <EmptyState
      icon="alert"
      tone="error"
      title={title}
      body={t('common.errorDetail', { message: sayFailure(t, failure) })}
      actions={
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      }
    />
  )
}
