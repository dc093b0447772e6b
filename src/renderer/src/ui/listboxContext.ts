import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react'

/** What the virtualised listbox hands its scroller and options (Virtuoso's context prop). */
export interface ListboxContext {
  label: string
  activeId: string | null
  openId: string | null
  /** Lists whose rows can be checked for a batch action: whether `id` is (aria-checked). */
  isChecked?: (id: string) => boolean
  count: number
  testId: string
  optionDomId: (id: string) => string
  getId: (item: unknown) => string
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void
  onFocus: (event: FocusEvent<HTMLDivElement>) => void
  onClickItem: (id: string, event: MouseEvent<HTMLDivElement>) => void
  /** A plain press on a row, before its click: lists may start loading what the click opens. */
  onPressItem?: (id: string) => void
  /** The pointer came onto a row (its id) or left the rows (null). */
  onHoverItem?: (id: string | null) => void
}
