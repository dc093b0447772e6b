import { useTranslation } from 'react-i18next'
import type { RestoreCounts, RestoreReport } from '../../../../shared/exports'

const KINDS = ['pages', 'stories', 'highlights', 'notes', 'tags', 'collections'] as const
const COLUMNS = ['added', 'updated', 'kept'] as const satisfies ReadonlyArray<keyof RestoreCounts>

/** Per kind of row, how many a restore adds, updates and keeps (or, for a dry run, would). */
export const RestoreTable = ({
  report,
  isPreview,
}: {
  report: RestoreReport
  isPreview: boolean
}) => {
  const { t, i18n } = useTranslation()
  const number = new Intl.NumberFormat(i18n.language)
  const headings = {
    added: isPreview ? t('transfer.restore.wouldAdd') : t('transfer.restore.added'),
    updated: isPreview ? t('transfer.restore.wouldUpdate') : t('transfer.restore.updated'),
    kept: t('transfer.restore.kept'),
  }
  return (
    <table className="transfer-table" data-testid="restore-table">
      <caption>
        {isPreview ? t('transfer.restore.previewTitle') : t('transfer.restore.table')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('transfer.restore.kind')}</th>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {headings[column]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {KINDS.map((kind) => (
          <tr key={kind} data-testid={`restore-row-${kind}`}>
            <th scope="row">{t(`transfer.restore.kinds.${kind}`)}</th>
            {COLUMNS.map((column) => {
              const value = report[kind][column]
              return (
                <td
                  key={column}
                  className={value === 0 ? 'is-zero' : undefined}
                  data-column={column}
                >
                  {number.format(value)}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
