import { memo, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoryOrder } from '../../../../shared/session'

/** The orders the story list offers. */
export type StorySort = StoryOrder

/** A compact select for the list's order (memoised: the list re-renders on every selection). */
export const SortSelect = memo(function SortSelect({
  value,
  onChange,
}: {
  value: StorySort
  onChange: (sort: StorySort) => void
}) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="sort-select">
      <label htmlFor={id} className="visually-hidden">
        {t('stories.sortLabel')}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value as StorySort)}
        data-testid="sort-select"
      >
        <option value="position">{t('stories.sortPosition')}</option>
        <option value="title">{t('stories.sortTitle')}</option>
        <option value="imported">{t('stories.sortImported')}</option>
        <option value="lastOpened">{t('state.sortLastOpened')}</option>
      </select>
    </div>
  )
})
