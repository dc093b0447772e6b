/**
 * A reader's correction to how a page was split. Stories are found by their text (the opening
 * of the cleaned body), never by position or id, so a correction still applies after the page
 * is re-imported, re-wrapped, or split differently by a better splitter.
 */
export type Correction =
  | { kind: 'split'; storyOpening: string; paragraphOpening: string }
  | { kind: 'merge'; firstOpening: string; secondOpening: string }
  | { kind: 'title'; storyOpening: string; title: string }
  /**
   * The reader deleted the story: a re-import or re-split leaves it out. Its headline tells
   * apart stories that open alike (and a story with no text, whose opening is empty).
   */
  | { kind: 'delete'; storyOpening: string; title: string }
