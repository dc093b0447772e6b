/**
 * Colour names shown to readers (tag colours and the built-in highlight colours), shared by the
 * tag colour picker, tooltips and labels. Keys are the stored colour ids (TAG_COLORS).
 */
export const colorsEn = {
  gray: 'Grey',
  red: 'Red',
  orange: 'Orange',
  yellow: 'Yellow',
  green: 'Green',
  teal: 'Teal',
  blue: 'Blue',
  purple: 'Purple',
  pink: 'Pink',
  /** A swatch's tooltip and label: "Tag colour: Teal". */
  tagColor: 'Tag colour: {{color}}',
  chooseTagColor: 'Choose a colour for {{name}}',
} as const
