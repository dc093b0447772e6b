import { useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Story } from '../../../../shared/types'
import { api } from '../../data/api'
import { runUndoable } from '../undo/runAction'

/** The headline, which turns into a field on "Edit headline": Enter saves, Esc cancels. */
export const EditableTitle = ({
  story,
  isEditing,
  onDone,
  children,
}: {
  story: Story
  isEditing: boolean
  onDone: () => void
  children: ReactNode
}) => {
  const { t } = useTranslation()
  const [value, setValue] = useState(story.title)
  if (!isEditing) return <>{children}</>
  return (
    <input
      className="title-edit"
      value={value}
      autoFocus
      aria-label={t('annotate.titleLabel')}
      onChange={(event) => setValue(event.target.value)}
      onBlur={onDone}
      onKeyDown={(event) => {
        if (event.nativeEvent.isComposing) return
        if (event.key === 'Escape') onDone()
        if (event.key === 'Enter' && value.trim()) {
          if (value.trim() !== story.title)
            void runUndoable(api.storiesSetTitle(story.id, value.trim()))
          onDone()
        }
      }}
      data-testid="title-input"
    />
  )
}
