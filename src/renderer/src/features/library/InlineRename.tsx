import { useState } from 'react'
import type { KeyboardEvent } from 'react'

interface InlineRenameProps {
  initial: string
  label: string
  onDone: (name: string | null) => void
}

/** A text field in place of a name: Enter saves, Esc or leaving cancels. */
export const InlineRename = ({ initial, label, onDone }: InlineRenameProps) => {
  const [value, setValue] = useState(initial)
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return
    if (event.key === 'Enter') {
      event.preventDefault()
      onDone(value.trim() && value.trim() !== initial ? value.trim() : null)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      onDone(null)
    }
  }
  return (
    <input
      className="inline-rename"
      aria-label={label}
      value={value}
      autoFocus
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => onDone(null)}
      data-testid="inline-rename"
    />
  )
}
