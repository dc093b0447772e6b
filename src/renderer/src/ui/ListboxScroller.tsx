import type { ScrollerProps } from 'react-virtuoso'
import type { ListboxContext } from './listboxContext'

// Virtuoso only renders the visible rows, so focus stays on the scrolling listbox and the
// active row is announced through aria-activedescendant; each option carries its position in
// the full list (aria-setsize/aria-posinset) because most of its siblings are not in the DOM.
/** Virtuoso's scrolling element, made the focusable listbox. */
export const ListboxScroller = ({
  context,
  ref,
  ...props
}: ScrollerProps & { context: ListboxContext }) => (
  <div
    {...props}
    ref={ref}
    role="listbox"
    tabIndex={0}
    aria-label={context.label}
    aria-activedescendant={context.activeId ? context.optionDomId(context.activeId) : undefined}
    className="listbox"
    data-testid={context.testId}
    onKeyDown={context.onKeyDown}
    onFocus={context.onFocus}
  />
)
