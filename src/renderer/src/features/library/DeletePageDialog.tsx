import { useTranslation } from 'react-i18next'
import type { Source } from '../../../../shared/types'
import { pageName } from '../../../../shared/pageName'
import { Dialog } from '../../ui/Dialog'

interface DeletePageDialogProps {
  /** The page to delete; null when the dialog is closed. */
  page: Source | null
  onCancel: () => void
  onConfirm: (page: Source) => void
}

/** Asks before a page and its stories go (the answer that deletes is never the default). */
export const DeletePageDialog = ({ page, onCancel, onConfirm }: DeletePageDialogProps) => {
  const { t } = useTranslation()
  return (
    <Dialog
      isOpen={page !== null}
      title={t('manage.deletePage.title')}
      onClose={onCancel}
      testId="delete-page-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onCancel} data-autofocus>
            {t('manage.deletePage.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => page && onConfirm(page)}
            data-testid="confirm-delete-page"
          >
            {t('manage.deletePage.confirm')}
          </button>
        </>
      }
    >
      {page && (
        <>
          <p>{t('manage.deletePage.body', { name: pageName(page), count: page.storyCount })}</p>
          <p className="dialog-hint">{t('manage.deletePage.undoHint')}</p>
        </>
      )}
    </Dialog>
  )
}
