import type { Page } from '@playwright/test'
import { Annotations } from './Annotations'
import type { InkstonePage } from './InkstonePage'

/** Making and removing highlights in the open story, the way a reader does. */
export class ReaderHighlights {
  readonly notes: Annotations

  constructor(
    readonly page: Page,
    readonly inkstone: InkstonePage,
  ) {
    this.notes = new Annotations(page)
  }

  /** Opens the seed story that a search for `query` finds under `hasText`, then ends the search. */
  async openBySearch(query: string, hasText: string): Promise<void> {
    await this.inkstone.search(query)
    await this.inkstone.list.hits.filter({ hasText }).click()
    await this.inkstone.search('')
    await this.inkstone.reader.headline.waitFor()
  }

  /** Highlights `text` of the open story and gives it `note`. */
  async highlightWithNote(text: string, note: string): Promise<void> {
    await this.notes.select(text)
    await this.notes.toolbar.getByTestId('highlight-note').click()
    await this.notes.noteInput.fill(note)
    await this.notes.popover.getByTestId('highlight-save').click()
    await this.notes.mark(text).first().waitFor()
  }

  /** Highlights `text` of the open story in yellow, without a note. */
  async highlight(text: string): Promise<void> {
    await this.notes.select(text)
    await this.notes.toolbar.getByTestId('highlight-yellow').click()
    await this.notes.mark(text).first().waitFor()
  }

  /** Deletes the highlight over `text` from its popover. */
  async deleteHighlight(text: string): Promise<void> {
    await this.notes.mark(text).first().click()
    await this.notes.popover.getByTestId('highlight-delete').click()
  }
}
