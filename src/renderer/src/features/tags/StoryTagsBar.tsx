import { useTranslation } from 'react-i18next'
import type { Story } from '../../../../shared/types'
import { asCollectionId } from '../../../../shared/ids'
import { api } from '../../data/api'
import { useCollections } from '../collections/useCollections'
import { runAction, runUndoable, runUndoableValue } from '../undo/runAction'
import { TagChip } from './TagChip'
import { TagInput } from './TagInput'
import './tags.css'

/** Under the headline: the story's tags (add, remove), favourite star, and collections. */
export const StoryTagsBar = ({ story }: { story: Story }) => {
  const { t } = useTranslation()
  const collections = useCollections()
  const inCollections = (collections.data ?? []).filter((c) => story.collectionIds.includes(c.id))
  const others = (collections.data ?? []).filter((c) => !story.collectionIds.includes(c.id))

  return (
    <div className="story-tags-bar" data-testid="story-tags">
      <button
        type="button"
        className={`favorite-toggle ${story.isFavorite ? 'is-on' : ''}`}
        aria-pressed={story.isFavorite}
        aria-label={story.isFavorite ? t('annotate.unfavorite') : t('annotate.favorite')}
        title={story.isFavorite ? t('annotate.unfavorite') : t('annotate.favorite')}
        onClick={() => void runAction(api.storiesSetFavorite(story.id, !story.isFavorite))}
        data-testid="favorite-toggle"
      >
        {story.isFavorite ? '★' : '☆'}
      </button>
      {story.tags.map((tag) => (
        <TagChip
          key={tag.id}
          tag={tag}
          removeLabel={t('annotate.removeTag', { name: tag.name })}
          onRemove={() => void runUndoable(api.tagsRemoveFromStories([story.id], [tag.id]))}
        />
      ))}
      <TagInput
        label={t('annotate.addTagLabel')}
        onAdd={(names) => void runUndoableValue(api.tagsAddToStories([story.id], names))}
        testId="story-tag-input"
      />
      {inCollections.length > 0 && (
        <span className="story-collections">
          {t('annotate.inCollections', { names: inCollections.map((c) => c.name).join('、') })}
        </span>
      )}
      {others.length > 0 && (
        <select
          className="select collection-picker"
          aria-label={t('annotate.addToCollection')}
          value=""
          onChange={(event) => {
            const id = Number(event.target.value)
            if (id) void runUndoable(api.collectionsAddStories(asCollectionId(id), [story.id]))
          }}
          data-testid="add-to-collection"
        >
          <option value="">{t('annotate.addToCollection')}</option>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      )}
    </div>
  )
}
