import type { Locator, Page } from '@playwright/test'

/** The top bar's File menu (export, print, import annotations, back up, restore). */
export class FileMenu {
  readonly button: Locator

  constructor(readonly page: Page) {
    this.button = page.getByTestId('file-menu')
  }

  /** Opens the menu and picks the entry named `label` ("Back up library…"). */
  async choose(label: string): Promise<void> {
    await this.button.click()
    await this.page.getByRole('menuitem', { name: label }).click()
  }
}
