import type { Locator, Page } from '@playwright/test'

/** The right pane: the open story and its toolbar. */
export class ReaderPane {
  readonly main: Locator
  readonly headline: Locator
  readonly paragraphs: Locator
  readonly marks: Locator
  readonly currentMark: Locator
  readonly matchCounter: Locator
  readonly nextMatch: Locator
  readonly previousMatch: Locator
  readonly readToggle: Locator
  readonly scroller: Locator

  constructor(page: Page) {
    this.main = page.getByRole('main')
    const article = this.main.getByTestId('story-article')
    this.headline = article.getByRole('heading', { level: 1 })
    this.paragraphs = article.locator('.story-body p')
    this.marks = article.locator('mark')
    this.currentMark = article.locator('mark[aria-current="true"]')
    this.matchCounter = this.main.getByTestId('match-counter')
    this.nextMatch = this.main.getByRole('button', { name: /^Next match/ })
    this.previousMatch = this.main.getByRole('button', { name: /^Previous match/ })
    this.readToggle = this.main.getByTestId('read-toggle')
    this.scroller = this.main.getByTestId('reader-scroll')
  }
}
