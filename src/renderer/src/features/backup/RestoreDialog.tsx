import { useRef } from 'react'
import type { ChangeEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../../ui/Dialog'
import { Icon } from '../../ui/Icon'
import { ProgressBar } from '../../ui/ProgressBar'
import { sayUploadProblem } from '../export/readUpload'
import { useFocusOnPhase } from '../export/useFocusOnPhase'
import { RestoreChoices } from './RestoreChoices'
import { RestoreTable } from './RestoreTable'
import { useRestore } from './useRestore'
import '../export/transfer.css'

// Inkstone names its backups *.inkstone-backup; older copies may be plain SQLite files.
const ACCEPT_BACKUPS = '.inkstone-backup,.sqlite,.sqlite3,.db'

interface RestoreDialogProps {
  isOpen: boolean
  isDesktop: boolean
  onClose: () => void
}

/** Restores a backup: pick it, see the dry run, merge or (confirmed) replace, see the report. */
export const RestoreDialog = ({ isOpen, isDesktop, onClose }: RestoreDialogProps) => {
  const { t } = useTranslation()
  const restore = useRestore(isDesktop)
  const { status } = restore
  const input = useRef<HTMLInputElement>(null)
  const bodyRef = useRef<HTMLDivElement>(null)
  useFocusOnPhase(bodyRef, status.phase)

  const choose = () => {
    if (isDesktop) void restore.pickOnDesktop()
    else input.current?.click()
  }
  const onPicked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (file) void restore.previewFile(file)
  }

  const title = () => {
    if (status.phase === 'confirm') return t('transfer.restore.confirmTitle')
    if (status.phase === 'failed') return t('transfer.restore.failedTitle')
    if (status.phase !== 'done') return t('transfer.restore.title')
    return status.report.mode === 'replace'
      ? t('transfer.restore.doneReplace')
      : t('transfer.restore.doneMerge')
  }

  const button = (label: string, onClick: () => void, className = '', testId?: string) => (
    <button
      type="button"
      className={`button ${className}`}
      onClick={onClick}
      data-autofocus={className.includes('primary') || undefined}
      data-testid={testId}
    >
      {label}
    </button>
  )
  const closeButton = (label: string) => button(label, onClose, 'button--quiet')

  const footers: Record<typeof status.phase, ReactNode> = {
    choose: (
      <>
        {closeButton(t('transfer.export.cancel'))}
        {button(t('transfer.restore.choose'), choose, 'button--primary', 'restore-choose')}
      </>
    ),
    checking: closeButton(t('common.close')),
    preview: closeButton(t('transfer.export.cancel')),
    confirm: (
      <>
        <button type="button" className="button" onClick={restore.backToPreview} data-autofocus>
          {t('transfer.restore.back')}
        </button>
        {button(
          t('transfer.restore.confirmReplace'),
          () => void restore.apply('replace'),
          'button--danger',
          'restore-confirm-replace',
        )}
      </>
    ),
    restoring: closeButton(t('common.close')),
    done: button(t('transfer.export.done'), onClose, 'button--primary', 'restore-done'),
    failed: (
      <>
        {closeButton(t('common.close'))}
        {button(t('transfer.restore.chooseAnother'), choose, 'button--primary', 'restore-choose')}
      </>
    ),
  }

  const progress = (label: string) => (
    <div className="transfer-progress">
      <ProgressBar done={0} total={0} label={label} />
      <p className="transfer-note">{label}</p>
    </div>
  )

  const body = () => {
    switch (status.phase) {
      case 'choose':
        return <p className="transfer-note">{t('transfer.restore.intro')}</p>
      case 'checking':
        return progress(t('transfer.restore.checking'))
      case 'restoring':
        return progress(t('transfer.restore.restoring'))
      case 'preview':
        return (
          <div data-testid="restore-preview">
            {status.upload && (
              <p className="transfer-note">
                {t('transfer.restore.previewOf', { name: status.upload.name })}
              </p>
            )}
            <RestoreTable report={status.report} isPreview />
            <RestoreChoices
              onMerge={() => void restore.apply('merge')}
              onReplace={restore.confirmReplace}
            />
          </div>
        )
      case 'confirm':
        return (
          <p className="transfer-note" data-testid="restore-confirm">
            {t('transfer.restore.confirmBody')}
          </p>
        )
      case 'done':
        return (
          <div className="transfer-result" data-testid="restore-report">
            <RestoreTable report={status.report} isPreview={false} />
            {status.report.safetyBackup && (
              <p className="transfer-note">
                <Icon name="check" size={14} /> {t('transfer.restore.safetyBackup')}{' '}
                <code className="transfer-path">{status.report.safetyBackup}</code>
              </p>
            )}
          </div>
        )
      case 'failed':
        return (
          <p className="transfer-error" role="alert" data-testid="restore-error">
            {sayUploadProblem(t, status.problem, 'transfer.restore.tooLarge')}
          </p>
        )
    }
  }

  return (
    <Dialog
      isOpen={isOpen}
      title={title()}
      onClose={onClose}
      footer={footers[status.phase]}
      className="transfer-dialog"
      testId="restore-dialog"
    >
      <div ref={bodyRef}>
        {body()}
        <input
          ref={input}
          type="file"
          accept={ACCEPT_BACKUPS}
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={onPicked}
          data-testid="restore-file-input"
        />
      </div>
    </Dialog>
  )
}
