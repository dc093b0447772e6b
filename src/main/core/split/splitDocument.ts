import { deadlineAfter } from '../text/deadline'
import type { SplitDocument } from './types'
import { splitHtml } from './splitHtml'
import { splitMarkdown } from './splitMarkdown'
import { splitText } from './splitText'

/**
 * Splits one decoded page into stories, by the page's format. Throws a TooSlowError when the
 * page takes longer than the deadline (by default SPLIT_TIME_LIMIT_MS from now).
 */
export const splitDocument: SplitDocument = (text, format, deadline = deadlineAfter()) => {
  if (format === 'html') return splitHtml(text, deadline)
  if (format === 'markdown') return splitMarkdown(text, deadline)
  return splitText(text, deadline)
}
