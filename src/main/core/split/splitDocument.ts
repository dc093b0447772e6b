import type { SplitDocument } from './types'
import { splitHtml } from './splitHtml'
import { splitMarkdown } from './splitMarkdown'
import { splitText } from './splitText'

/** Splits one decoded page into stories, by the page's format. */
export const splitDocument: SplitDocument = (text, format) => {
  if (format === 'html') return splitHtml(text)
  if (format === 'markdown') return splitMarkdown(text)
  return splitText(text)
}
