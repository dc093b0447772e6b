import { useTranslation } from 'react-i18next'
import type { RepairedFile } from '../../../../shared/types'

/** Files read although some bytes were broken: each with how many places show U+FFFD. */
export const RepairedFiles = ({ files }: { files: RepairedFile[] }) => {
  const { t } = useTranslation()
  if (files.length === 0) return null
  const title = t('messages.importSummary.repairedTitle', { count: files.length })
  return (
    <section className="import-skipped" aria-label={title} data-testid="import-repaired">
      <h3>{title}</h3>
      <ul>
        {files.map((file, index) => (
          <li key={`${file.path}-${index}`}>
            <span className="import-skipped-path">{file.path}</span>
            <span className="import-skipped-reason">
              {t('messages.importSummary.repairedItem', {
                count: file.replacements,
                encoding: file.encoding,
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
