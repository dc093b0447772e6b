import { useTranslation } from 'react-i18next'

/** The two ways to apply a backup the reader has just seen the dry run of. */
export const RestoreChoices = ({
  onMerge,
  onReplace,
}: {
  onMerge: () => void
  onReplace: () => void
}) => {
  const { t } = useTranslation()
  return (
    <div className="transfer-choices">
      <div className="transfer-choice">
        <button
          type="button"
          className="button button--primary"
          onClick={onMerge}
          data-autofocus
          data-testid="restore-merge"
        >
          {t('transfer.restore.merge')}
        </button>
        <p className="transfer-note">{t('transfer.restore.mergeHint')}</p>
      </div>
      <div className="transfer-choice">
        <button type="button" className="button" onClick={onReplace} data-testid="restore-replace">
          {t('transfer.restore.replace')}
        </button>
        <p className="transfer-note">{t('transfer.restore.replaceHint')}</p>
      </div>
    </div>
  )
}
