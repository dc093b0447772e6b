import type { Download, Locator, Page } from '@playwright/test'

/** The export formats as the dialog names its radios' values. */
export type ExportFormatName = 'markdown' | 'html' | 'jsonld' | 'csv' | 'epub'

/** The Export dialog: what it exports, the formats and options, then the result. */
export class ExportDialog {
  readonly dialog: Locator
  readonly scope: Locator
  readonly highlightsOnly: Locator
  readonly runButton: Locator
  readonly result: Locator
  readonly error: Locator
  readonly doneButton: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('export-dialog')
    this.scope = this.dialog.getByTestId('export-scope')
    this.highlightsOnly = this.dialog.getByTestId('export-highlights-only')
    this.runButton = this.dialog.getByTestId('export-run')
    this.result = this.dialog.getByTestId('export-result')
    this.error = this.dialog.getByTestId('export-error')
    this.doneButton = this.dialog.getByRole('button', { name: 'Done' })
  }

  /** The radio of one format. */
  format(format: ExportFormatName): Locator {
    return this.dialog.locator(`input[name="export-format"][value="${format}"]`)
  }

  /** Opens the dialog from a collection's row in the library pane (its hover action). */
  async openForCollection(name: string): Promise<void> {
    const row = this.page.getByTestId('collection-nav').filter({ hasText: name })
    await row.hover()
    await row.getByRole('button', { name: `Export collection ${name}…` }).click()
    await this.dialog.waitFor()
  }

  /** Picks a format, runs the export and answers the file the browser downloaded. */
  async exportAs(format: ExportFormatName): Promise<Download> {
    await this.format(format).check()
    const download = this.page.waitForEvent('download')
    await this.runButton.click()
    return download
  }
}
