import { useTranslation } from 'react-i18next'
import { NoteHtml } from '../notes/NoteHtml'
import type { PrintFootnote } from './printFootnotes'

// A footnote quotes the start of its passage, enough to find it again on paper.
const QUOTE_CHARS = 60

const excerpt = (text: string): string => {
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  return chars.length > QUOTE_CHARS ? `${chars.slice(0, QUOTE_CHARS).join('')}…` : chars.join('')
}

/** The story's highlight notes as numbered footnotes after the text (printed pages only). */
export const PrintFootnotesList = ({ footnotes }: { footnotes: readonly PrintFootnote[] }) => {
  const { t } = useTranslation()
  if (footnotes.length === 0) return null
  return (
    <section className="print-footnotes" data-testid="print-footnotes">
      <h2>{t('transfer.print.notes')}</h2>
      <ol>
        {footnotes.map(({ number, highlight }) => (
          <li key={highlight.id} value={number} data-testid="print-footnote">
            <span className={`print-quote print-mark hl-${highlight.color}`}>
              {excerpt(highlight.quote.exact)}
            </span>
            <NoteHtml markdown={highlight.note} className="print-note" />
            {highlight.tags.length > 0 && (
              <span className="print-tags">
                {highlight.tags.map((tag) => `#${tag.name}`).join(' ')}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
