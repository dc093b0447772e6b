import { useRef } from 'react'
import type { ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../../ui/Dialog'
import { Icon } from '../../ui/Icon'
import { ProgressBar } from '../../ui/ProgressBar'
import { sayUploadProblem } from './readUpload'
import { useAnnotationImport } from './useAnnotationImport'
import { useFocusOnPhase } from './useFocusOnPhase'
import './transfer.css'

// What an Inkstone JSON-LD export is called, and what other tools name the same content.
const ACCEPT_ANNOTATIONS = '.jsonld,.json,application/ld+json,application/json'

/** Restores highlights, notes and tags from a W3C Web Annotation file, then says what it did. */
export const ImportAnnotationsDialog = ({
  isOpen,
  onClose,
}: {
  isOpen: boolean
  onClose: () => void
}) => {
  const { t } = useTranslation()
  const { status, importFile, reset } = useAnnotationImport()
  const input = useRef<HTMLInputElement>(null)
  const bodyRef = useRef<HTMLDivElement>(null)
  useFocusOnPhase(bodyRef, status.phase)

  const onPicked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    // Cleared so that the same file can be picked again (after fixing it, or to see "unchanged").
    event.target.value = ''
    if (file) void importFile(file)
  }
  const choose = () => {
    reset()
    input.current?.click()
  }

  const titles = {
    idle: t('transfer.annotations.title'),
    running: t('transfer.annotations.title'),
    done: t('transfer.annotations.doneTitle'),
    failed: t('transfer.annotations.failedTitle'),
  }
  const footer =
    status.phase === 'done' ? (
      <button type="button" className="button button--primary" onClick={onClose} data-autofocus>
        {t('transfer.export.done')}
      </button>
    ) : (
      <>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {status.phase === 'failed' ? t('common.close') : t('transfer.export.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={choose}
          disabled={status.phase === 'running'}
          data-autofocus
          data-testid="annotations-choose"
        >
          {status.phase === 'failed'
            ? t('transfer.annotations.chooseAnother')
            : t('transfer.annotations.choose')}
        </button>
      </>
    )

  return (
    <Dialog
      isOpen={isOpen}
      title={titles[status.phase]}
      onClose={onClose}
      footer={footer}
      className="transfer-dialog"
      testId="annotations-dialog"
    >
      <div ref={bodyRef}>
        {status.phase === 'idle' && (
          <p className="transfer-note">{t('transfer.annotations.intro')}</p>
        )}
        {status.phase === 'running' && (
          <div className="transfer-progress">
            <ProgressBar done={0} total={0} label={t('transfer.annotations.running')} />
            <p className="transfer-note">{t('transfer.annotations.running')}</p>
          </div>
        )}
        {status.phase === 'failed' && (
          <p className="transfer-error" role="alert" data-testid="annotations-error">
            {sayUploadProblem(t, status.problem, 'transfer.annotations.tooLarge')}
          </p>
        )}
        {status.phase === 'done' && (
          <div className="transfer-result" data-testid="annotations-report">
            <p className="transfer-headline">
              <Icon name="check" size={20} />
              <span data-testid="annotations-restored">
                {t('transfer.annotations.restored', { count: status.report.restored })}
              </span>
            </p>
            <p className="transfer-note">
              {t('transfer.annotations.total', { count: status.report.annotations })}
            </p>
            {status.report.unchanged > 0 && (
              <p className="transfer-note" data-testid="annotations-unchanged">
                {t('transfer.annotations.unchanged', { count: status.report.unchanged })}
              </p>
            )}
            {status.report.orphaned > 0 && (
              <p className="transfer-note" role="alert" data-testid="annotations-orphaned">
                {t('transfer.annotations.orphaned', { count: status.report.orphaned })}
              </p>
            )}
          </div>
        )}
        <input
          ref={input}
          type="file"
          accept={ACCEPT_ANNOTATIONS}
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={onPicked}
          data-testid="annotations-file-input"
        />
      </div>
    </Dialog>
  )
}
