import { useTranslation } from 'react-i18next'
import type { ExportSummary } from '../../../../shared/exports'
import { Icon } from '../../ui/Icon'

/** What an export wrote: how many stories, highlights and notes, and where it went. */
export const ExportResult = ({
  summary,
  downloadName,
}: {
  summary: ExportSummary
  downloadName: string | null
}) => {
  const { t } = useTranslation()
  return (
    <div className="transfer-result" data-testid="export-result">
      <p className="transfer-headline">
        <Icon name="check" size={20} />
        <span>
          {t('transfer.export.summary', {
            stories: t('transfer.export.stories', { count: summary.stories }),
            highlights: t('transfer.export.highlights', { count: summary.highlights }),
            notes: t('transfer.export.notes', { count: summary.notes }),
          })}
        </span>
      </p>
      <p className="transfer-note">
        {downloadName === null ? (
          <>
            {t('transfer.export.savedTo')} <code className="transfer-path">{summary.path}</code>
          </>
        ) : (
          t('transfer.export.downloaded', { name: downloadName })
        )}
      </p>
    </div>
  )
}
