import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Failure } from '../../../../shared/contract'
import { api } from '../../data/api'
import { sayFailure } from '../../i18n/sayMessage'
import { formatDateTime } from './formatDateTime'
import { useLibraryHealth } from './useLibraryHealth'
import { useLibraryInfo } from '../library/useLibraryInfo'
import './health.css'

/**
 * Says, above everything, that the library file is damaged: nothing more is saved to it, what
 * is in it can still be read and exported, and the newest good backup can be put in its place
 * (desktop: one button, then a restart; web mode: the command to run with the server stopped).
 */
export const DamagedLibraryBanner = () => {
  const { t, i18n } = useTranslation()
  const health = useLibraryHealth()
  const mode = useLibraryInfo().data?.mode
  const [phase, setPhase] = useState<'idle' | 'working' | 'restarting'>('idle')
  const [failure, setFailure] = useState<Failure | null>(null)
  if (health.status === 'ok') return null

  const recover = async () => {
    setPhase('working')
    const result = await api.libraryRecover()
    if (result.ok) setPhase('restarting')
    else {
      setFailure(result.error)
      setPhase('idle')
    }
  }
  const backup = health.backup
  return (
    <div className="damaged-banner" role="alert" data-testid="damaged-library">
      <p className="damaged-banner-title">{t('health.damagedTitle')}</p>
      <p>{t('health.damagedBody')}</p>
      <p>
        {backup === null
          ? t('health.noBackup')
          : t('health.newestBackup', {
              name: backup.name,
              when: formatDateTime(backup.takenAt, i18n.language),
            })}
      </p>
      {backup !== null && mode === 'desktop' && (
        <button
          type="button"
          className="button button--primary"
          disabled={phase !== 'idle'}
          onClick={() => void recover()}
        >
          {phase === 'idle' ? t('health.restore') : t('health.restoring')}
        </button>
      )}
      {backup !== null && mode === 'web' && <p>{t('messages.error.recoverWithServerStopped')}</p>}
      {failure && <p className="damaged-banner-error">{sayFailure(t, failure)}</p>}
      <details>
        <summary>{t('health.details')}</summary>
        <code>{health.reason}</code>
      </details>
    </div>
  )
}
