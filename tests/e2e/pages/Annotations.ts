/// <reference lib="dom" />
import type { Locator, Page } from '@playwright/test'

/** Highlights, notes, tags and collections as the reader and library pane show them. */
export class Annotations {
  readonly toolbar: Locator
  readonly popover: Locator
  readonly noteInput: Locator
  readonly marks: Locator
  readonly panel: Locator
  readonly toast: Locator
  readonly storyTagInput: Locator
  readonly tagChips: Locator
  readonly highlightRows: Locator
  readonly newCollection: Locator
  readonly selectionBar: Locator

  constructor(readonly page: Page) {
    this.toolbar = page.getByTestId('selection-toolbar')
    this.popover = page.getByTestId('highlight-popover')
    this.noteInput = page.getByTestId('highlight-note-input')
    this.marks = page.getByTestId('story-article').locator('mark.hl')
    this.panel = page.getByTestId('highlights-panel')
    this.toast = page.getByTestId('toast')
    this.storyTagInput = page.getByTestId('story-tag-input')
    this.tagChips = page.getByTestId('story-tags').getByTestId('tag-chip')
    this.highlightRows = page.getByTestId('highlight-row')
    this.newCollection = page.getByTestId('new-collection')
    this.selectionBar = page.getByTestId('selection-actions')
  }

  /** Selects `text` inside the story's paragraphs, as a reader dragging over it would. */
  async select(text: string): Promise<void> {
    await this.page.evaluate((wanted) => {
      const walker = document.createTreeWalker(
        document.querySelector('.story-body')!,
        NodeFilter.SHOW_TEXT,
      )
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted)
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + wanted.length)
        const selection = window.getSelection()!
        selection.removeAllRanges()
        selection.addRange(range)
        return
      }
      throw new Error(`text not found: ${wanted}`)
    }, text)
  }

  mark(text: string): Locator {
    return this.marks.filter({ hasText: text })
  }

  tagNav(name: string): Locator {
    return this.page.getByTestId('tag-nav').filter({ hasText: name }).locator('.nav-item')
  }

  collectionNav(name: string): Locator {
    return this.page.getByTestId('collection-nav').filter({ hasText: name }).locator('.nav-item')
  }
}
