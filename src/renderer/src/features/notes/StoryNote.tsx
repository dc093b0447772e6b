import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoryId } from '../../../../shared/ids'
import { api } from '../../data/api'
import { useQuery } from '../../data/useQuery'
import { runUndoableValue } from '../undo/runAction'
import { NoteHtml } from './NoteHtml'

/** A story's own note: Markdown, edited in place, shown rendered and sanitised. */
export const StoryNote = ({ storyId }: { storyId: StoryId }) => {
  const { t } = useTranslation()
  const note = useQuery(`note:${storyId}`, ['notes'], () => api.notesGet(storyId))
  const [draft, setDraft] = useState<string | null>(null)
  const saved = note.data?.markdown ?? ''
  useEffect(() => setDraft(null), [storyId])

  const save = async () => {
    if (draft !== null && draft !== saved) await runUndoableValue(api.notesSave(storyId, draft))
    setDraft(null)
  }

  return (
    <section className="story-note" aria-label={t('annotate.storyNote')} data-testid="story-note">
      <h3 className="panel-title">{t('annotate.storyNote')}</h3>
      {draft === null ? (
        <>
          {saved ? (
            <NoteHtml markdown={saved} testId="note-rendered" />
          ) : (
            <p className="panel-empty">{t('annotate.noNote')}</p>
          )}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setDraft(saved)}
            data-testid="note-edit"
          >
            {t('annotate.edit')}
          </button>
        </>
      ) : (
        <>
          <textarea
            value={draft}
            autoFocus
            aria-label={t('annotate.storyNote')}
            placeholder={t('annotate.notePlaceholder')}
            onChange={(event) => setDraft(event.target.value)}
            data-testid="note-input"
          />
          <div className="swatch-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void save()}
              data-testid="note-save"
            >
              {t('annotate.save')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setDraft(null)}>
              {t('annotate.cancel')}
            </button>
          </div>
        </>
      )}
    </section>
  )
}
