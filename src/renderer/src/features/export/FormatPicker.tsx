import { useTranslation } from 'react-i18next'
import { EXPORT_FORMATS, type ExportFormat } from '../../../../shared/exports'

interface FormatPickerProps {
  value: ExportFormat
  onChange: (format: ExportFormat) => void
  isWeb: boolean
}

/** The five formats as native radios (arrow keys move between them), each with what it is for. */
export const FormatPicker = ({ value, onChange, isWeb }: FormatPickerProps) => {
  const { t } = useTranslation()
  return (
    <fieldset className="export-formats" data-testid="export-formats">
      <legend className="transfer-legend">{t('transfer.export.format')}</legend>
      {EXPORT_FORMATS.map((format) => {
        const description =
          format === 'markdown' && isWeb
            ? t('transfer.export.descriptions.markdownWeb')
            : t(`transfer.export.descriptions.${format}`)
        return (
          <label
            key={format}
            className={`export-format ${format === value ? 'is-chosen' : ''}`}
            data-testid={`export-format-${format}`}
          >
            <input
              type="radio"
              name="export-format"
              value={format}
              checked={format === value}
              onChange={() => onChange(format)}
              data-autofocus={format === value ? true : undefined}
            />
            <span className="export-format-text">
              <span className="export-format-name">{t(`transfer.export.formats.${format}`)}</span>
              <span className="export-format-description">{description}</span>
            </span>
          </label>
        )
      })}
    </fieldset>
  )
}
