import { useId, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useTags } from './useTags'

interface TagInputProps {
  onAdd: (names: string[]) => void
  label: string
  testId?: string
}

/** A text field that adds tags on Enter or comma, suggesting existing tags as you type. */
export const TagInput = ({ onAdd, label, testId }: TagInputProps) => {
  const { t } = useTranslation()
  const tags = useTags()
  const [value, setValue] = useState('')
  const listId = useId()

  const commit = () => {
    const names = value
      .split(/[,，]/)
      .map((name) => name.trim())
      .filter(Boolean)
    if (names.length > 0) onAdd(names)
    setValue('')
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter also confirms a Chinese input method's candidate: that is not ours to take.
    if (event.nativeEvent.isComposing) return
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault()
      commit()
    }
  }

  return (
    <>
      <input
        className="tag-input"
        value={value}
        placeholder={t('annotate.addTag')}
        aria-label={label}
        list={listId}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={onKeyDown}
        data-testid={testId}
      />
      <datalist id={listId}>
        {tags.data?.map((tag) => (
          <option key={tag.id} value={tag.name} />
        ))}
      </datalist>
    </>
  )
}
