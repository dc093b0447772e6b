import { Icon } from '../../ui/Icon'

/**
 * A page's "Replace with file…" button. While a replace runs every one of them is disabled
 * (aria-disabled, so the one holding focus keeps it), and the page being replaced shows a
 * spinner in its place, stays in view and is announced as busy. One element in both states,
 * so focus stays on it when the replace starts and ends.
 */
export const ReplaceButton = ({
  label,
  busyLabel,
  isBusy,
  isWaiting,
  onClick,
}: {
  label: string
  busyLabel: string
  isBusy: boolean
  isWaiting: boolean
  onClick: () => void
}) => (
  <button
    type="button"
    className={`icon-button ${isBusy ? 'is-busy' : ''}`}
    aria-label={isBusy ? busyLabel : label}
    title={isBusy ? busyLabel : label}
    aria-disabled={isWaiting || undefined}
    aria-busy={isBusy || undefined}
    onClick={isWaiting ? undefined : onClick}
  >
    {isBusy ? <span className="spinner" aria-hidden="true" /> : <Icon name="replace" />}
  </button>
)
