import { useId, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../data/api'
import { sayFailure } from '../../i18n/sayMessage'
import { Dialog } from '../../ui/Dialog'
import { ProgressBar } from '../../ui/ProgressBar'
import { runAction } from '../undo/runAction'
import type { ExportTarget } from './exportBus'
import { readExportPreferences, saveExportPreferences } from './exportPreferences'
import { ExportResult } from './ExportResult'
import { FormatPicker } from './FormatPicker'
import { scopeName } from './scopeName'
import { useExportRun } from './useExportRun'
import { useFocusOnPhase } from './useFocusOnPhase'
import { useScopeSize } from './useScopeSize'
import './transfer.css'

interface ExportDialogProps {
  isOpen: boolean
  target: ExportTarget | null
  isDesktop: boolean
  onClose: () => void
}

/**
 * Exports a scope (a collection, a tag, a search, a selection, one story, the library): what it
 * holds, the format and options, then progress, then what was written and where.
 */
export const ExportDialog = ({ isOpen, target, isDesktop, onClose }: ExportDialogProps) => {
  const { t } = useTranslation()
  const formId = useId()
  const [choice, setChoice] = useState(readExportPreferences)
  const exporter = useExportRun()
  const size = useScopeSize(isOpen && target ? target.scope : null)
  const { status } = exporter
  const bodyRef = useRef<HTMLDivElement>(null)
  useFocusOnPhase(bodyRef, status.phase)
  const isEmpty = size.data?.stories === 0

  const start = (event: FormEvent) => {
    event.preventDefault()
    if (!target || status.phase === 'running' || isEmpty) return
    saveExportPreferences(choice)
    void exporter.run({ scope: target.scope, ...choice })
  }

  const counts = size.data && [
    t('transfer.export.stories', { count: size.data.stories }),
    ...(size.data.highlights === null
      ? []
      : [t('transfer.export.highlights', { count: size.data.highlights })]),
  ]
  const scopeLine = target && (
    <p className="export-scope" data-testid="export-scope">
      <span className="export-scope-name">{scopeName(t, target, size.data?.title ?? null)}</span>
      {counts && (
        <span className="export-scope-counts">{counts.join(t('messages.listSeparator'))}</span>
      )}
    </p>
  )

  const titles = {
    done: t('transfer.export.doneTitle'),
    failed: t('transfer.export.failedTitle'),
  } as const
  const title =
    status.phase === 'done' || status.phase === 'failed'
      ? titles[status.phase]
      : t('transfer.export.title')

  const footer = () => {
    if (status.phase === 'done') {
      return (
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
      )
    }
    if (status.phase === 'failed') {
      return (
        <>
          <button type="button" className="button" onClick={exporter.reset}>
            {t('transfer.export.back')}
          </button>
          <button type="button" className="button button--primary" onClick={onClose} data-autofocus>
            {t('common.close')}
          </button>
        </>
      )
    }
    const isRunning = status.phase === 'running'
    return (
      <>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('transfer.export.cancel')}
        </button>
        <button
          type="submit"
          form={formId}
          className={`button button--primary ${isRunning ? 'is-busy' : ''}`}
          disabled={isRunning || isEmpty}
          data-testid="export-run"
        >
          {isRunning ? t('transfer.export.running') : t('transfer.export.run')}
        </button>
      </>
    )
  }

  const body = () => {
    if (status.phase === 'done') {
      return <ExportResult summary={status.summary} downloadName={status.downloadName} />
    }
    if (status.phase === 'failed') {
      return (
        <p className="transfer-error" role="alert" data-testid="export-error">
          {sayFailure(t, status.failure)}
        </p>
      )
    }
    if (status.phase === 'running') {
      const { progress } = status
      const label = progress
        ? t('transfer.export.progress', { done: progress.done, total: progress.total })
        : t('transfer.export.running')
      return (
        <>
          {scopeLine}
          <div className="transfer-progress" data-testid="export-progress">
            <ProgressBar done={progress?.done ?? 0} total={progress?.total ?? 0} label={label} />
            <p className="transfer-note" aria-live="polite">
              {label}
            </p>
          </div>
        </>
      )
    }
    return (
      <form id={formId} className="export-form" onSubmit={start}>
        {scopeLine}
        {isEmpty && <p className="transfer-note">{t('transfer.export.nothing')}</p>}
        <FormatPicker
          value={choice.format}
          onChange={(format) => setChoice((current) => ({ ...current, format }))}
          isWeb={!isDesktop}
        />
        <fieldset className="export-options">
          <legend className="transfer-legend">{t('transfer.export.options')}</legend>
          <label className="export-option">
            <input
              type="checkbox"
              checked={choice.isHighlightsOnly}
              onChange={(event) =>
                setChoice((current) => ({ ...current, isHighlightsOnly: event.target.checked }))
              }
              data-testid="export-highlights-only"
            />
            <span className="export-format-text">
              <span className="export-format-name">{t('transfer.export.highlightsOnly')}</span>
              <span className="export-format-description">
                {t('transfer.export.highlightsOnlyHint')}
              </span>
            </span>
          </label>
        </fieldset>
      </form>
    )
  }

  return (
    <Dialog
      isOpen={isOpen && target !== null}
      title={title}
      onClose={onClose}
      footer={footer()}
      className="transfer-dialog"
      testId="export-dialog"
    >
      <div ref={bodyRef}>{body()}</div>
    </Dialog>
  )
}
