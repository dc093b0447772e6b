/** English text of the reading column: focus mode, keyboard reading, splitting, typography. */
export const readingEn = {
  focusMode: 'Focus mode: the story alone (f)',
  leaveFocusMode: 'Leave focus mode (Esc)',
  splitDone: 'Story split in two: now reading the second part.',
  splitNowhere: 'Put the caret in a paragraph after the first, then press Shift+S to split there.',
  keys: {
    focusMode: 'Focus mode: show the story alone',
    scroll: 'Scroll the open story (Enter gives it the keys)',
    split: 'Split the story before the paragraph at the caret',
  },
  typography: {
    title: 'Reading typography',
    font: 'Typeface',
    fontSans: 'Sans (Hei)',
    fontSerif: 'Songti (serif)',
    fontKai: 'Kaiti',
    fontMissing: 'Not installed on this computer: the nearest font is used.',
    lineHeight: 'Line spacing',
    lineHeightValue: '{{value}}×',
    columnWidth: 'Column width',
    columnWidthValue: '{{chars}} characters',
    paragraphSpacing: 'Paragraph spacing',
    paragraphSpacingValue: '{{value}} em',
    indent: 'Indent first lines by two characters',
  },
}
