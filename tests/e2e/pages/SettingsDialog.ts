import type { Locator, Page } from '@playwright/test'

/** The Settings dialog: language, theme and text size. */
export class SettingsDialog {
  readonly openButton: Locator
  readonly dialog: Locator

  constructor(private readonly page: Page) {
    this.openButton = page.getByTestId('open-settings')
    this.dialog = page.getByTestId('settings-dialog')
  }

  async open(): Promise<void> {
    await this.openButton.click()
    await this.dialog.waitFor()
  }

  /** Picks a radio option (theme or language) by its visible name. */
  async choose(name: string | RegExp): Promise<void> {
    await this.dialog.getByRole('radio', { name }).check()
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape')
    await this.dialog.waitFor({ state: 'hidden' })
  }
}
