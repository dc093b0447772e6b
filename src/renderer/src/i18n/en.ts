import { annotateEn } from './annotateEn'
import { colorsEn } from './colorsEn'
import { emptyEn } from './emptyEn'
import { feedbackEn } from './feedbackEn'
import { manageEn } from './manageEn'
import { messagesEn } from './messagesEn'
import { readingEn } from './readingEn'
import { stateEn } from './stateEn'
import { transferEn } from './transferEn'
import { healthEn } from './healthEn'
import { replacePageEn } from './replacePageEn'
/** English interface text; the shape every other language must match. */
export const en = {
  annotate: annotateEn,
  colors: colorsEn,
  empty: emptyEn,
  feedback: feedbackEn,
  messages: messagesEn,
  manage: manageEn,
  reading: readingEn,
  state: stateEn,
  transfer: transferEn,
  health: healthEn,
  replacePage: replacePageEn,
  app: {
    toggleLibrary: 'Show or hide the library',
    toggleList: 'Show or hide the story list',
    openSettings: 'Settings',
    openShortcuts: 'Keyboard shortcuts',
  },
  library: {
    label: 'Library',
    allStories: 'All stories',
    unread: 'Unread',
    pages: 'Pages',
    noPages: 'No pages yet',
    storyCount_one: '{{count, number}} story',
    storyCount_other: '{{count, number}} stories',
    replaceWithFile: 'Replace with file…',
    replaceFailed: '{{name}}: {{reason}}',
  },
  stories: {
    label: 'Stories',
    count_one: '{{count, number}} story',
    count_other: '{{count, number}} stories',
    sortLabel: 'Sort',
    sortPosition: 'Page order',
    sortTitle: 'Title',
    sortImported: 'Recently imported',
    photo: 'Photo',
    unread: 'Unread',
    read: 'Read',
    loading: 'Loading stories…',
    loadError: 'The stories could not be loaded.',
    emptyLibraryTitle: 'Your library is empty',
    emptyLibraryBody:
      'Import text, Markdown or HTML pages — or drop files and folders anywhere on this window. Inkstone splits each page into its stories.',
    emptyUnreadTitle: 'All caught up',
    emptyUnreadBody: 'Every story here has been read.',
    emptySourceTitle: 'No stories on this page',
    emptySourceBody: 'Inkstone found no stories in this file.',
  },
  search: {
    label: 'Search stories',
    placeholder: 'Search',
    indexing:
      'Rebuilding the search index… {{done}} of {{total}} stories (search finds everything meanwhile)',
    clear: 'Clear search',
    results_one: '{{count, number}} result',
    results_other: '{{count, number}} results',
    resultsFor: 'for “{{query}}”',
    searching: 'Searching…',
    noResultsTitle: 'No results for “{{query}}”',
    noResultsBody: 'Try fewer words, or a shorter word: 工会 also finds 总工会.',
    error: 'Search failed.',
    titleMatch: 'In title',
  },
  reader: {
    label: 'Reader',
    noneTitle: 'Choose a story',
    noneBody: 'Pick a story from the list, or press j / k and Enter.',
    loading: 'Opening the story…',
    loadError: 'The story could not be opened.',
    notFoundTitle: 'Story not found',
    notFoundBody: 'It may have been removed by a re-import.',
    markRead: 'Mark as read',
    markUnread: 'Mark as unread',
    photoStory: 'Photo story',
    derivedTitle: 'Headline taken from the first sentence',
    matches: 'Matches',
    matchCounter: '{{current}} / {{total}}',
    noMatches: 'No matches in this story',
    previousMatch: 'Previous match (Shift+N)',
    nextMatch: 'Next match (N)',
    fontSmaller: 'Smaller text',
    fontLarger: 'Larger text',
  },
  import: {
    button: 'Import',
    files: 'Import files…',
    folder: 'Import folder…',
    resplit: 'Re-split all pages',
    running: 'Importing… {{done}} of {{total}}',
    starting: 'Importing…',
    dropTitle: 'Drop to import',
    dropBody: 'Text, Markdown and HTML pages, or whole folders',
    summaryTitle: 'Import finished',
    summaryAdded_one: '{{count}} story added',
    summaryAdded_other: '{{count}} stories added',
    summaryFiles_one: 'from {{count}} file',
    summaryFiles_other: 'from {{count}} files',
    summaryUnchanged_one: '{{count}} story already in the library',
    summaryUnchanged_other: '{{count}} stories already in the library',
    summaryRemoved_one: '{{count}} story removed (changed page)',
    summaryRemoved_other: '{{count}} stories removed (changed pages)',
    summaryOrphaned_one:
      '{{count}} highlight lost its text: it is kept in the story’s notes panel to re-attach',
    summaryOrphaned_other:
      '{{count}} highlights lost their text: they are kept in the notes panels to re-attach',
    summaryNamesakes_one:
      'Added as a new page, though a page of that name exists: {{names}}. To update that page, use Replace with file… on it.',
    summaryNamesakes_other:
      'Added as new pages, though pages of those names exist: {{names}}. To update a page, use Replace with file… on it.',
    skippedTitle_one: '{{count}} file skipped',
    skippedTitle_other: '{{count}} files skipped',
    failedTitle: 'Import failed',
    tooLarge: 'larger than {{size}} MB',
    unreadable: 'could not be read',
    done: 'Done',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageAuto: 'Automatic',
    theme: 'Theme',
    themeLight: 'Light',
    themeSepia: 'Sepia',
    themeDark: 'Dark',
    fontSize: 'Text size',
    fontSizeValue: '{{size}} px',
    preview: '工会组织开展职工疗休养活动。The quick brown fox.',
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    next: 'Next story in the list',
    previous: 'Previous story in the list',
    open: 'Open the selected story',
    back: 'Back: clear search, close, return to the list',
    search: 'Search',
    nextMatch: 'Next match',
    previousMatch: 'Previous match',
    toggleRead: 'Mark read / unread',
    fontSize: 'Larger / smaller text',
    panes: 'Show or hide the library / the list',
    help: 'Show this list',
    or: 'or',
  },
  panes: {
    resizeLibrary: 'Resize the library pane',
    resizeList: 'Resize the story list',
  },
  common: {
    retry: 'Try again',
    close: 'Close',
    errorDetail: 'Details: {{message}}',
  },
}

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> }

/** The shape of a language's interface text. */
export type Messages = DeepStrings<typeof en>
