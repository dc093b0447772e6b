import { buildParagraphs } from './buildParagraphs'
import { normaliseSpacing } from './normaliseSpacing'
import { readLines } from './readLines'

/**
 * Cleans text pulled out of printed pages: joins hard-wrapped lines and paragraphs broken
 * mid-sentence, keeps real paragraph breaks, normalises line endings and stray spaces.
 * Paragraphs are separated by "\n\n".
 */
export function reflow(text: string): string {
  return buildParagraphs(readLines(text).lines)
    .map((paragraph) => normaliseSpacing(paragraph.text))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n')
}
