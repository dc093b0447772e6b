/**
 * A key press as a short string: printable keys as typed ('j', 'N', '?', '/'), named keys with
 * shift spelled out ('shift+F3', 'Escape'), Ctrl or Cmd as 'mod+' ('mod+k').
 */
export const keyChord = (event: KeyboardEvent): string => {
  const key =
    event.key.length === 1 && (event.ctrlKey || event.metaKey) ? event.key.toLowerCase() : event.key
  const mod = event.ctrlKey || event.metaKey ? 'mod+' : ''
  // Shift already shaped a printable key ('n' -> 'N', '/' -> '?'); name it only for named keys.
  const shift = event.shiftKey && key.length > 1 ? 'shift+' : ''
  return `${mod}${shift}${key}`
}

const isEditable = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'file', 'color'].includes(
    target.type,
  )
}

/** Chords that still work while typing: they cannot be text. */
const worksWhileTyping = (chord: string): boolean =>
  chord.startsWith('mod+') || /^(shift\+)?F\d+$/.test(chord)

/**
 * True when a key press belongs to something else: an input method composing Chinese (the
 * keys spell pinyin, not commands), a text field, a dialog or a menu.
 */
export const isShortcutBlocked = (event: KeyboardEvent, chord: string): boolean => {
  if (event.isComposing || event.keyCode === 229) return true
  if (event.altKey || event.defaultPrevented) return true
  const target = event.target
  if (target instanceof Element && target.closest('dialog[open], [role="menu"]')) return true
  return isEditable(target) && !worksWhileTyping(chord)
}
