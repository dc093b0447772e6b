import type { Locator, Page } from '@playwright/test'

/** The middle pane: the story list, or search results while searching. */
export class StoryListPane {
  readonly region: Locator
  readonly storyList: Locator
  readonly options: Locator
  /** Rows whose summary has not arrived yet. */
  readonly skeletons: Locator
  readonly count: Locator
  readonly searchResults: Locator
  readonly hits: Locator
  readonly searchSummary: Locator
  readonly noResults: Locator
  readonly sort: Locator

  constructor(page: Page) {
    this.region = page.getByRole('region', { name: /^(Stories|文章)$/ })
    this.storyList = page.getByTestId('story-list')
    this.options = this.storyList.getByRole('option')
    this.skeletons = this.storyList.getByTestId('story-row-skeleton')
    this.count = page.getByTestId('story-count')
    this.searchResults = page.getByTestId('search-results')
    this.hits = this.searchResults.getByRole('option')
    this.searchSummary = page.getByTestId('search-summary')
    this.noResults = page.getByTestId('no-results')
    this.sort = page.getByTestId('sort-select')
  }

  /** The number in the list header ("37 stories"). */
  async storyCount(): Promise<number> {
    const text = (await this.count.textContent()) ?? ''
    return Number(/\d[\d,]*/.exec(text)?.[0]?.replaceAll(',', '') ?? Number.NaN)
  }

  option(title: string | RegExp): Locator {
    return this.options.filter({ hasText: title })
  }

  /** The search hit for a story, by (part of) its title. */
  hit(title: string | RegExp): Locator {
    return this.hits.filter({ hasText: title })
  }

  activeOption(): Locator {
    return this.region.locator('[role="option"][aria-selected="true"]')
  }
}
