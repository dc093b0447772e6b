import { useTranslation } from 'react-i18next'
import { HIGHLIGHT_COLORS } from '../../../../shared/annotations'
import { useSettings } from '../settings/useSettings'
import './highlights.css'

/** Settings: the reader's own name for each highlight colour (blank keeps the built-in one). */
export const ColorNamesField = () => {
  const { t } = useTranslation()
  const { settings, update } = useSettings()
  return (
    <fieldset className="settings-field color-names">
      <legend className="field-label">{t('annotate.colorNames')}</legend>
      {HIGHLIGHT_COLORS.map((color) => (
        <label key={color} className="swatch-row">
          <span className={`color-swatch hl-${color}`} aria-hidden="true" />
          <input
            className="tag-input"
            value={settings.highlightColorNames[color]}
            placeholder={t(`annotate.colors.${color}`)}
            aria-label={t(`annotate.colors.${color}`)}
            maxLength={40}
            onChange={(event) =>
              update({
                highlightColorNames: {
                  ...settings.highlightColorNames,
                  [color]: event.target.value,
                },
              })
            }
            data-testid={`color-name-${color}`}
          />
        </label>
      ))}
    </fieldset>
  )
}
