/** What each view says when it has nothing to show: why, and what to do next. */
export const emptyEn = {
  allTitle: 'No stories to show',
  allBody: 'Import a page, or choose another view in the library.',
  favoritesTitle: 'No favourites yet',
  favoritesBody: 'Star a story (or press s while reading it) to keep it here.',
  tagTitle: 'No stories with this tag',
  tagBody:
    'Add the tag to a story from its tag bar, or select stories in the list and tag them together. Highlights with this tag are in the Highlights view.',
  collectionTitle: 'This collection is empty',
  collectionBody:
    'Open a story and choose “Add to collection…”, or select stories in the list and add them together. Drag stories here to put them in order.',
  highlightsTitle: 'No highlights yet',
  highlightsBody: 'Select text in a story and pick a colour to highlight it.',
  highlightsFilteredTitle: 'No highlights match',
  highlightsFilteredBody: 'Try another colour, tag, page or word, or clear the filters.',
} as const
