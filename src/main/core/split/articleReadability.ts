import { Readability } from '@mozilla/readability'

/** The main content of a page as Readability finds it, with the byline it guessed. */
export interface MainContent {
  content: Element
  byline: string | null
}

/**
 * Runs Mozilla Readability over the page (which it changes: read everything else first) and
 * returns the element holding the article; null when it finds nothing or fails on the page.
 * The document comes from buildDom, so its size is already bounded and nothing in it runs.
 */
export function readMainContent(document: Document): MainContent | null {
  try {
    const article = new Readability<Element>(document, {
      // The element itself, not its HTML: its text is read from the DOM, never re-parsed.
      serializer: (node) => node as Element,
    }).parse()
    if (!article?.content) return null
    return { content: article.content, byline: article.byline ?? null }
  } catch {
    // Readability throws on documents it cannot walk (a stack overflow on a page it mis-nests);
    // the page is then read without it.
    return null
  }
}
