import { EXPORT_FORMATS, type ExportFormat } from '../../../../shared/exports'

/** The choices the Export dialog opens with: the reader's last ones. */
export interface ExportPreferences {
  format: ExportFormat
  isHighlightsOnly: boolean
}

// Kept in the page's own storage, not in Settings: a convenience of this window, not the library.
const KEY = 'inkstone.export'
const DEFAULTS: ExportPreferences = { format: 'markdown', isHighlightsOnly: false }

const isFormat = (value: unknown): value is ExportFormat =>
  (EXPORT_FORMATS as readonly unknown[]).includes(value)

/** The last format and options used, or the defaults (storage may be absent or hold junk). */
export const readExportPreferences = (): ExportPreferences => {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<ExportPreferences>
    return {
      format: isFormat(stored?.format) ? stored.format : DEFAULTS.format,
      isHighlightsOnly: stored?.isHighlightsOnly === true,
    }
  } catch {
    return DEFAULTS
  }
}

/** Remembers the choices of an export that ran. */
export const saveExportPreferences = (preferences: ExportPreferences): void => {
  try {
    localStorage.setItem(KEY, JSON.stringify(preferences))
  } catch {
    // Storage full or disabled: the dialog opens with the defaults next time, nothing worse.
  }
}
