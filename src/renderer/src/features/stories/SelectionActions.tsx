import { useTranslation } from 'react-i18next'
import type { StoryId } from '../../../../shared/ids'
import { asCollectionId } from '../../../../shared/ids'
import { api } from '../../data/api'
import { useCollections } from '../collections/useCollections'
import { requestExport } from '../export/exportBus'
import { TagInput } from '../tags/TagInput'
import { runAction, runUndoable, runUndoableValue } from '../undo/runAction'
import type { CheckedStories } from './useCheckedStories'

/** The bar over the list while stories are checked: tag, collect or mark them all at once. */
export const SelectionActions = ({ checked }: { checked: CheckedStories }) => {
  const { t } = useTranslation()
  const collections = useCollections()
  const ids: StoryId[] = [...checked.ids]
  return (
    <div
      className="selection-actions"
      role="toolbar"
      aria-label={t('annotate.selected', { count: ids.length })}
      data-testid="selection-actions"
    >
      <span className="selection-count">{t('annotate.selected', { count: ids.length })}</span>
      <TagInput
        label={t('annotate.tagSelected')}
        onAdd={(names) => void runUndoableValue(api.tagsAddToStories(ids, names))}
        testId="selection-tag-input"
      />
      {(collections.data?.length ?? 0) > 0 && (
        <select
          className="select collection-picker"
          aria-label={t('annotate.addToCollection')}
          value=""
          onChange={(event) => {
            const id = Number(event.target.value)
            if (id) void runUndoable(api.collectionsAddStories(asCollectionId(id), ids))
          }}
        >
          <option value="">{t('annotate.addToCollection')}</option>
          {collections.data?.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      )}
      <button
        type="button"
        className="button button--quiet"
        onClick={() => ids.forEach((id) => void runAction(api.storiesSetRead(id, true)))}
      >
        {t('annotate.markSelectedRead')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => requestExport({ scope: { kind: 'stories', ids } })}
        data-testid="selection-export"
      >
        {t('transfer.exportSelected')}
      </button>
      <button type="button" className="button button--quiet" onClick={checked.clear}>
        {t('annotate.clearSelection')}
      </button>
    </div>
  )
}
