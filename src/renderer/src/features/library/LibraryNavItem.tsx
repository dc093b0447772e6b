import type { KeyboardEvent, MouseEvent, ReactNode } from 'react'
import { Icon } from '../../ui/Icon'
import type { IconName } from '../../ui/Icon'

/** What opens an entry's context menu: right-click, and Shift+F10 or the Menu key. */
export interface NavItemMenuProps {
  onContextMenu: (event: MouseEvent<HTMLElement>) => void
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
}

interface LibraryNavItemProps {
  icon: IconName
  label: string
  /** A second, fainter line under the label (a page's file name under its own name). */
  subLabel?: string
  count?: number
  countLabel?: string
  isCurrent: boolean
  onSelect: () => void
  title?: string
  testId?: string
  /** Buttons shown beside the entry on hover and focus (NavItemActions-style). */
  actions?: ReactNode
  rowTestId?: string
  /** The entry's context menu (useContextMenu's trigger). */
  menuProps?: NavItemMenuProps
}

/** One entry of the library pane: icon, name, story count. */
export const LibraryNavItem = ({ rowTestId, ...props }: LibraryNavItemProps) => (
  <li className={props.actions ? 'nav-row' : undefined} data-testid={rowTestId}>
    <LibraryNavItemContent {...props} />
  </li>
)

/** What a library entry shows inside its row (a virtualised list supplies the row itself). */
export const LibraryNavItemContent = ({
  icon,
  label,
  subLabel,
  count,
  countLabel,
  isCurrent,
  onSelect,
  title,
  testId,
  actions,
  menuProps,
}: Omit<LibraryNavItemProps, 'rowTestId'>) => (
  <>
    <button
      type="button"
      className={`nav-item ${isCurrent ? 'is-current' : ''}`}
      aria-current={isCurrent ? 'page' : undefined}
      onClick={onSelect}
      title={title}
      data-testid={testId}
      {...menuProps}
    >
      <Icon name={icon} size={16} />
      {subLabel ? (
        <span className="nav-item-text">
          <span className="nav-item-label">{label}</span>
          <span className="nav-item-sub">{subLabel}</span>
        </span>
      ) : (
        <span className="nav-item-label">{label}</span>
      )}
      {count !== undefined && (
        <span className="nav-item-count" aria-label={countLabel}>
          {count}
        </span>
      )}
    </button>
    {actions && <span className="nav-item-actions">{actions}</span>}
  </>
)
