/// <reference lib="dom" />
import type { Locator, Page } from '@playwright/test'

/** The printable copy of the open story, which only the print stylesheet shows. */
export class PrintView {
  readonly root: Locator
  readonly headline: Locator
  readonly byline: Locator
  readonly paragraphs: Locator
  readonly marks: Locator
  readonly refs: Locator
  readonly footnotes: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('print-story')
    this.headline = this.root.locator('h1')
    this.byline = this.root.locator('.print-byline')
    this.paragraphs = this.root.locator('.print-body p')
    this.marks = this.root.locator('mark.print-mark')
    this.refs = this.root.locator('sup.print-ref')
    this.footnotes = this.root.getByTestId('print-footnote')
  }

  /**
   * Replaces the browser's print dialog, which no test can drive, with a counter: the page
   * still lays out its printout and calls window.print() as it would for a reader.
   */
  async stubPrintDialog(): Promise<void> {
    await this.page.evaluate(() => {
      const counted = window as unknown as { printCalls: number }
      counted.printCalls = 0
      window.print = () => {
        counted.printCalls += 1
      }
    })
  }

  /** How many times the page asked the browser to print since stubPrintDialog. */
  printCalls(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)
  }
}
