/// <reference lib="dom" />
import type { Locator, Page } from '@playwright/test'

/** The reading column and the panes around it: measures, drawers and focus mode. */
export class ReadingColumn {
  readonly scroller: Locator
  readonly drawer: Locator
  readonly panel: Locator
  readonly focusButton: Locator
  readonly leaveFocusButton: Locator
  readonly toolbar: Locator
  readonly notice: Locator
  readonly topSearch: Locator

  constructor(readonly page: Page) {
    this.scroller = page.getByTestId('reader-scroll')
    this.drawer = page.getByTestId('pane-drawer')
    this.panel = page.getByTestId('highlights-panel')
    this.focusButton = page.getByTestId('focus-mode')
    this.leaveFocusButton = page.getByTestId('focus-mode-exit')
    this.toolbar = page.getByRole('toolbar', { name: 'Reader' })
    this.notice = page.getByTestId('reader-notice')
    this.topSearch = page.getByTestId('search-input')
  }

  /** Characters of the story's text size that fit on one line of its first paragraph. */
  async charsPerLine(): Promise<number> {
    return this.page.evaluate(() => {
      const paragraph = document.querySelector<HTMLElement>('.story-body p')!
      const size = parseFloat(getComputedStyle(paragraph).fontSize)
      return paragraph.clientWidth / size
    })
  }

  /** The story's scroll position and how far it can go. */
  async scroll(): Promise<{ top: number; max: number }> {
    return this.scroller.evaluate((element) => ({
      top: element.scrollTop,
      max: element.scrollHeight - element.clientHeight,
    }))
  }
}
