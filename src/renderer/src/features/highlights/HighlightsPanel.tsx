import { useTranslation } from 'react-i18next'
import type { HighlightListItem } from '../../../../shared/annotations'
import type { HighlightId, StoryId } from '../../../../shared/ids'
import { StoryNote } from '../notes/StoryNote'
import { NoteHtml } from '../notes/NoteHtml'
import { TagChip } from '../tags/TagChip'

interface HighlightsPanelProps {
  storyId: StoryId
  highlights: HighlightListItem[]
  width: number
  /** Floats over the story's edge (no room beside it for a readable column). */
  isFloating?: boolean
  reattachId: HighlightId | null
  onJump: (id: HighlightId) => void
  onReattach: (id: HighlightId | null) => void
}

/** Beside the story: its note, its highlights in reading order, and any that lost their place. */
export const HighlightsPanel = ({
  storyId,
  highlights,
  width,
  isFloating = false,
  reattachId,
  onJump,
  onReattach,
}: HighlightsPanelProps) => {
  const { t } = useTranslation()
  const placed = highlights.filter((h) => !h.isOrphan)
  const orphans = highlights.filter((h) => h.isOrphan)
  return (
    <aside
      className={`highlights-panel ${isFloating ? 'is-floating' : ''}`}
      style={{ width }}
      aria-label={t('annotate.panel')}
      data-testid="highlights-panel"
    >
      <StoryNote storyId={storyId} />
      <h3 className="panel-title">{t('annotate.highlights')}</h3>
      {placed.length === 0 && <p className="panel-empty">{t('annotate.noHighlights')}</p>}
      <ul className="panel-list">
        {placed.map((h) => (
          <li key={h.id}>
            <button
              type="button"
              className={`panel-highlight hl-${h.color}`}
              onClick={() => onJump(h.id)}
              data-testid="panel-highlight"
            >
              <span className="highlight-quote">{h.quote.exact}</span>
            </button>
            {h.note && <NoteHtml markdown={h.note} testId="panel-note" />}
            {h.tags.map((tag) => (
              <TagChip key={tag.id} tag={tag} />
            ))}
          </li>
        ))}
      </ul>
      {orphans.length > 0 && (
        <section className="panel-orphans" data-testid="orphans">
          <h3 className="panel-title">{t('annotate.orphans')}</h3>
          <p className="panel-empty">{t('annotate.orphanHelp')}</p>
          <ul className="panel-list">
            {orphans.map((h) => (
              <li key={h.id}>
                <span className={`highlight-quote hl-${h.color}`}>{h.quote.exact}</span>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-pressed={reattachId === h.id}
                  onClick={() => onReattach(reattachId === h.id ? null : h.id)}
                  data-testid="orphan-reattach"
                >
                  {t('annotate.reattach')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  )
}
