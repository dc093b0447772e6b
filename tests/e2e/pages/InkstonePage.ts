import type { Locator, Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { ReaderPane } from './ReaderPane'
import { SettingsDialog } from './SettingsDialog'
import { StoryListPane } from './StoryListPane'

const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-results/screenshots')

/** The whole reader window: its panes, toolbar and dialogs. */
export class InkstonePage {
  readonly library: Locator
  readonly list: StoryListPane
  readonly reader: ReaderPane
  readonly settings: SettingsDialog
  readonly searchBox: Locator
  readonly shortcutsDialog: Locator
  readonly importSummary: Locator
  readonly sourceRows: Locator
  readonly toast: Locator

  constructor(readonly page: Page) {
    this.library = page.getByRole('navigation')
    this.list = new StoryListPane(page)
    this.reader = new ReaderPane(page)
    this.settings = new SettingsDialog(page)
    // The top bar's search (the library pane has a searchbox of its own: the page filter).
    this.searchBox = page.getByTestId('search-input')
    this.shortcutsDialog = page.getByTestId('shortcuts-dialog')
    this.importSummary = page.getByTestId('import-summary')
    this.sourceRows = page.getByTestId('source-nav')
    this.toast = page.getByTestId('toast')
  }

  /** Opens the reader at the server's tokened address and waits for the first stories. */
  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await this.list.options.first().waitFor()
  }

  /** The library entry for one imported page, by (part of) its name. */
  sourceItem(name: string | RegExp): Locator {
    return this.library.getByRole('button', { name })
  }

  /** Picks `file` in a page's "Replace with file…" action (shown on hover). */
  async replacePage(row: Locator, file: string): Promise<void> {
    await row.hover()
    const chooser = this.page.waitForEvent('filechooser')
    await row.getByRole('button', { name: 'Replace with file…' }).click()
    await (await chooser).setFiles(file)
  }

  async search(query: string): Promise<void> {
    await this.searchBox.fill(query)
  }

  /** The hidden file input the Import menu opens in web mode. */
  filesInput(): Locator {
    return this.page.getByTestId('import-files-input')
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    // Finished animations: a dialog caught mid-fade would look translucent.
    await this.page.screenshot({
      path: resolve(SCREENSHOT_DIR, `${name}.png`),
      animations: 'disabled',
    })
  }
}
