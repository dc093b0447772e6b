import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../data/api'
import { sayFailure } from '../../i18n/sayMessage'
import { Dialog } from '../../ui/Dialog'
import { Icon } from '../../ui/Icon'
import { ProgressBar } from '../../ui/ProgressBar'
import { useFocusOnPhase } from '../export/useFocusOnPhase'
import { runAction } from '../undo/runAction'
import { formatBytes } from './formatBytes'
import { useBackup } from './useBackup'
import '../export/transfer.css'

interface BackupDialogProps {
  isOpen: boolean
  isDesktop: boolean
  onClose: () => void
  onRestoreInstead: () => void
}

/** Writes the whole library to one backup file, then says what it holds and where it went. */
export const BackupDialog = ({
  isOpen,
  isDesktop,
  onClose,
  onRestoreInstead,
}: BackupDialogProps) => {
  const { t, i18n } = useTranslation()
  const { status, run, reset } = useBackup()
  const bodyRef = useRef<HTMLDivElement>(null)
  useFocusOnPhase(bodyRef, status.phase)

  const title = {
    idle: t('transfer.backup.title'),
    running: t('transfer.backup.title'),
    done: t('transfer.backup.doneTitle'),
    failed: t('transfer.backup.failedTitle'),
  }[status.phase]

  const footer =
    status.phase === 'done' ? (
      <>
        {isDesktop && (
          <button
            type="button"
            className="button"
            onClick={() => void runAction(api.exportShowInFolder())}
          >
            {t('transfer.export.showInFolder')}
          </button>
        )}
        <button type="button" className="button button--primary" onClick={onClose} data-autofocus>
          {t('transfer.export.done')}
        </button>
      </>
    ) : (
      <>
        <button type="button" className="button button--quiet" onClick={onRestoreInstead}>
          {t('transfer.backup.restoreInstead')}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('transfer.export.cancel')}
        </button>
        <button
          type="button"
          className={`button button--primary ${status.phase === 'running' ? 'is-busy' : ''}`}
          disabled={status.phase === 'running'}
          onClick={() => {
            reset()
            void run()
          }}
          data-autofocus
          data-testid="backup-run"
        >
          {isDesktop ? t('transfer.backup.runDesktop') : t('transfer.backup.runWeb')}
        </button>
      </>
    )

  return (
    <Dialog
      isOpen={isOpen}
      title={title}
      onClose={onClose}
      footer={footer}
      className="transfer-dialog"
      testId="backup-dialog"
    >
      <div ref={bodyRef}>
        {(status.phase === 'idle' || status.phase === 'running') && (
          <>
            <p className="transfer-note">{t('transfer.backup.body')}</p>
            <p className="transfer-note">{t('transfer.backup.daily')}</p>
          </>
        )}
        {status.phase === 'running' && (
          <div className="transfer-progress">
            <ProgressBar done={0} total={0} label={t('transfer.backup.running')} />
            <p className="transfer-note">{t('transfer.backup.running')}</p>
          </div>
        )}
        {status.phase === 'failed' && (
          <p className="transfer-error" role="alert">
            {sayFailure(t, status.failure)}
          </p>
        )}
        {status.phase === 'done' && (
          <div className="transfer-result" data-testid="backup-result">
            <p className="transfer-headline">
              <Icon name="check" size={20} />
              <span>
                {t('transfer.backup.summary', {
                  stories: t('transfer.export.stories', { count: status.summary.stories }),
                  highlights: t('transfer.export.highlights', {
                    count: status.summary.highlights,
                  }),
                  size: formatBytes(status.summary.bytes, i18n.language),
                })}
              </span>
            </p>
            <p className="transfer-note">
              {status.downloadName === null ? (
                <>
                  {t('transfer.export.savedTo')}{' '}
                  <code className="transfer-path">{status.summary.path}</code>
                </>
              ) : (
                t('transfer.export.downloaded', { name: status.downloadName })
              )}
            </p>
          </div>
        )}
      </div>
    </Dialog>
  )
}
