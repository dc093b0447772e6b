import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../../../shared/contract'
import { Dialog } from '../../ui/Dialog'
import { ColorNamesField } from '../highlights/ColorNamesField'
import { SegmentedControl } from '../../ui/SegmentedControl'
import { FONT_SIZE_RANGE } from './settingsContext'
import { TypographyFields } from './TypographyFields'
import { useSettings } from './useSettings'
import './settings.css'

/** Language, theme and reading typography; each change applies at once and is saved. */
export const SettingsDialog = ({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) => {
  const { t } = useTranslation()
  const { settings, update } = useSettings()
  const sizeId = useId()

  return (
    <Dialog isOpen={isOpen} title={t('settings.title')} onClose={onClose} testId="settings-dialog">
      <div className="settings-form">
        <SegmentedControl<Settings['language']>
          label={t('settings.language')}
          name="language"
          value={settings.language}
          onChange={(language) => update({ language })}
          options={[
            { value: 'auto', label: t('settings.languageAuto') },
            // Each language is named in itself, so it can be found whichever is showing.
            { value: 'zh', label: '中文' },
            { value: 'en', label: 'English' },
          ]}
        />
        <SegmentedControl<Settings['theme']>
          label={t('settings.theme')}
          name="theme"
          value={settings.theme}
          onChange={(theme) => update({ theme })}
          options={[
            { value: 'light', label: t('settings.themeLight') },
            { value: 'sepia', label: t('settings.themeSepia') },
            { value: 'dark', label: t('settings.themeDark') },
          ]}
        />
        <div className="settings-field">
          <label className="field-label" htmlFor={sizeId}>
            {t('settings.fontSize')}
            <span className="field-value">
              {t('settings.fontSizeValue', { size: settings.fontSize })}
            </span>
          </label>
          <input
            id={sizeId}
            type="range"
            className="range"
            min={FONT_SIZE_RANGE.min}
            max={FONT_SIZE_RANGE.max}
            step={FONT_SIZE_RANGE.step}
            value={settings.fontSize}
            onChange={(event) => update({ fontSize: Number(event.target.value) })}
          />
        </div>
        <TypographyFields />
        <p className="settings-preview" lang="zh-CN" data-testid="settings-preview">
          {t('settings.preview')}
        </p>
        <ColorNamesField />
      </div>
    </Dialog>
  )
}
