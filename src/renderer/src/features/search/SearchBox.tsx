import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../ui/Icon'
import { IconButton } from '../../ui/IconButton'
import './search.css'

interface SearchBoxProps {
  value: string
  onChange: (value: string) => void
  /** Esc or the clear button: search is over. */
  onClear: () => void
  /** Enter: go to the results. */
  onSubmit: () => void
  isBusy: boolean
  inputRef: Ref<HTMLInputElement>
}

/** The search field; results replace the story list as you type. */
export const SearchBox = ({
  value,
  onChange,
  onClear,
  onSubmit,
  isBusy,
  inputRef,
}: SearchBoxProps) => {
  const { t } = useTranslation()
  return (
    <form
      className={`search-box ${isBusy ? 'is-busy' : ''}`}
      role="search"
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      <Icon name="search" size={16} />
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        value={value}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="Control+K Meta+K /"
        data-testid="search-input"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          // Esc while an input method is composing cancels the composition, not the search.
          if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
            event.preventDefault()
            onClear()
          }
        }}
      />
      {value ? (
        <IconButton
          icon="close"
          label={t('search.clear')}
          className="search-clear"
          onClick={onClear}
        />
      ) : (
        <kbd className="search-hint" aria-hidden="true">
          /
        </kbd>
      )}
    </form>
  )
}
