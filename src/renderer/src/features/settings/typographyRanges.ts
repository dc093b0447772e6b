/** The ranges the reader's typography settings may take (the Settings dialog's sliders). */
export const TYPOGRAPHY_RANGES = {
  lineHeight: { min: 1.4, max: 2.4, step: 0.1 },
  /** Characters a line; never below the reading column's minimum measure. */
  columnWidth: { min: 28, max: 48, step: 1 },
  paragraphSpacing: { min: 0, max: 2, step: 0.1 },
} as const
