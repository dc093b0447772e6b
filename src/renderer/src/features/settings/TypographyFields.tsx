import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../../../shared/contract'
import { SegmentedControl } from '../../ui/SegmentedControl'
import { availableReadingFonts } from './fontAvailability'
import { TYPOGRAPHY_RANGES } from './typographyRanges'
import { useSettings } from './useSettings'

type RangeKey = keyof typeof TYPOGRAPHY_RANGES

/** One slider with its label and current value. */
const RangeField = ({
  name,
  label,
  valueText,
}: {
  name: RangeKey
  label: string
  valueText: string
}) => {
  const id = useId()
  const { settings, update } = useSettings()
  const range = TYPOGRAPHY_RANGES[name]
  return (
    <div className="settings-field">
      <label className="field-label" htmlFor={id}>
        {label}
        <span className="field-value">{valueText}</span>
      </label>
      <input
        id={id}
        type="range"
        className="range"
        min={range.min}
        max={range.max}
        step={range.step}
        value={settings[name]}
        onChange={(event) => update({ [name]: Number(event.target.value) })}
        data-testid={`setting-${name}`}
      />
    </div>
  )
}

/** Typeface, leading, measure, paragraph spacing and indent: how a Chinese reader likes a page. */
export const TypographyFields = () => {
  const { t } = useTranslation()
  const { settings, update } = useSettings()
  const fonts = useMemo(availableReadingFonts, [])
  const indentId = useId()
  const tenths = (value: number) => value.toFixed(1)

  return (
    <section className="settings-section" aria-labelledby={`${indentId}-title`}>
      <h3 className="settings-section-title" id={`${indentId}-title`}>
        {t('reading.typography.title')}
      </h3>
      <SegmentedControl<Settings['readingFont']>
        label={t('reading.typography.font')}
        name="readingFont"
        value={settings.readingFont}
        onChange={(readingFont) => update({ readingFont })}
        options={[
          { value: 'sans', label: t('reading.typography.fontSans') },
          { value: 'serif', label: t('reading.typography.fontSerif') },
          { value: 'kai', label: t('reading.typography.fontKai') },
        ]}
      />
      {!fonts[settings.readingFont] && (
        <p className="settings-hint" data-testid="font-missing">
          {t('reading.typography.fontMissing')}
        </p>
      )}
      <RangeField
        name="lineHeight"
        label={t('reading.typography.lineHeight')}
        valueText={t('reading.typography.lineHeightValue', { value: tenths(settings.lineHeight) })}
      />
      <RangeField
        name="columnWidth"
        label={t('reading.typography.columnWidth')}
        valueText={t('reading.typography.columnWidthValue', { chars: settings.columnWidth })}
      />
      <RangeField
        name="paragraphSpacing"
        label={t('reading.typography.paragraphSpacing')}
        valueText={t('reading.typography.paragraphSpacingValue', {
          value: tenths(settings.paragraphSpacing),
        })}
      />
      <label className="settings-check" htmlFor={indentId}>
        <input
          id={indentId}
          type="checkbox"
          checked={settings.isFirstLineIndented}
          onChange={(event) => update({ isFirstLineIndented: event.target.checked })}
          data-testid="setting-indent"
        />
        {t('reading.typography.indent')}
      </label>
    </section>
  )
}
