/**
 * The paragraph a keyboard split cuts before: the one holding the caret or selection, else the
 * first paragraph whose top is in view. Null when that is the first paragraph (nothing to cut).
 */
export const splitTarget = (scroller: HTMLElement): number | null => {
  const anchor = document.getSelection()?.anchorNode ?? null
  const element = anchor instanceof Element ? anchor : (anchor?.parentElement ?? null)
  const atCaret = element && scroller.contains(element) ? element.closest('[data-paragraph]') : null
  const top = scroller.getBoundingClientRect().top
  const inView =
    atCaret ??
    [...scroller.querySelectorAll<HTMLElement>('[data-paragraph]')].find(
      (paragraph) => paragraph.getBoundingClientRect().top >= top - 1,
    )
  const index = Number(inView?.getAttribute('data-paragraph') ?? 0)
  return index > 0 ? index : null
}
