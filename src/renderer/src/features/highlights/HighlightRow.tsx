import type { HighlightListItem } from '../../../../shared/annotations'
import { PageLabel } from '../library/PageLabel'
import { NoteHtml } from '../notes/NoteHtml'
import { TagChip } from '../tags/TagChip'

/** One highlight in the Highlights view: the quote in its colour, the note, where it is from. */
export const HighlightRow = ({
  item,
  colorLabel,
}: {
  item: HighlightListItem
  colorLabel: string
}) => (
  <div className="highlight-row" data-testid="highlight-row">
    <blockquote className={`highlight-quote hl-${item.color}`} title={colorLabel}>
      {item.quote.exact}
    </blockquote>
    {item.note && <NoteHtml markdown={item.note} className="highlight-row-note note-rendered" />}
    <p className="highlight-row-meta">
      <span>{item.storyTitle}</span>
      <span>
        <PageLabel sourceId={item.sourceId} fileName={item.sourceName} />
      </span>
      <span>{item.createdAt.slice(0, 10)}</span>
      {item.tags.map((tag) => (
        <TagChip key={tag.id} tag={tag} />
      ))}
    </p>
  </div>
)
