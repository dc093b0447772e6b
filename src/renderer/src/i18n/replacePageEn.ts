/** English text shown while a page is replaced with a file. */
export const replacePageEn = {
  running: 'Replacing “{{page}}” with “{{file}}”…',
  busyButton: 'Replacing this page…',
} as const
