import { useTranslation } from 'react-i18next'
import { pageName } from '../../../../shared/pageName'
import type { Source } from '../../../../shared/types'
import type { ReplaceRun } from './useReplacePage'

/**
 * The line above the pages while one is replaced with a file: which page, with which file. The
 * live region is always there (empty when idle) so that a screen reader hears it fill; the
 * toast then says the replace is done, with Undo, or why it failed.
 */
export const ReplaceStatus = ({
  running,
  pages,
}: {
  running: ReplaceRun | null
  pages: readonly Source[]
}) => {
  const { t } = useTranslation()
  const page = running ? pages.find((source) => source.id === running.id) : undefined
  return (
    <div className="replace-status" role="status" data-testid="replace-status">
      {running && (
        <>
          <span className="spinner" aria-hidden="true" />
          <span>
            {t('replacePage.running', {
              page: page ? pageName(page) : '',
              file: running.fileName,
            })}
          </span>
        </>
      )}
    </div>
  )
}
