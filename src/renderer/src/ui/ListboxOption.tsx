import type { ItemProps } from 'react-virtuoso'
import type { ListboxContext } from './listboxContext'

/** One Virtuoso row as an option, with its place in the whole (mostly unrendered) list. */
export const ListboxOption = ({
  context,
  item,
  children,
  ...props
}: ItemProps<unknown> & { context: ListboxContext }) => {
  const id = context.getId(item)
  const isActive = id === context.activeId
  return (
    <div
      {...props}
      id={context.optionDomId(id)}
      role="option"
      aria-selected={isActive}
      aria-checked={context.isChecked?.(id)}
      aria-current={id === context.openId ? 'true' : undefined}
      aria-setsize={context.count}
      aria-posinset={props['data-index'] + 1}
      className={`listbox-option ${isActive ? 'is-active' : ''} ${id === context.openId ? 'is-open' : ''}`}
      onClick={(event) => context.onClickItem(id, event)}
      onPointerDown={(event) => {
        const isPlain = event.button === 0 && !event.shiftKey && !event.ctrlKey && !event.metaKey
        if (isPlain) context.onPressItem?.(id)
      }}
      // A mouse or pen resting on a row (a touch has no hover: its press asks instead).
      onPointerEnter={(event) => {
        if (event.pointerType !== 'touch') context.onHoverItem?.(id)
      }}
      onPointerLeave={() => context.onHoverItem?.(null)}
    >
      {children}
    </div>
  )
}
