/** English text for what the reader keeps across reloads: the Last opened order. */
export const stateEn = {
  sortLastOpened: 'Last opened',
}
