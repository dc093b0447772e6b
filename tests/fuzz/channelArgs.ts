import fc from 'fast-check'
import { HIGHLIGHT_COLORS, TAG_COLORS } from '../../src/shared/annotations'
import type { Channel } from '../../src/shared/contract'
import { EXPORT_FORMATS } from '../../src/shared/exports'
import { edgeLengthText, hostileNumber, hostileString, hostileText } from './hostileValues'
import type { PoolIds } from './idPool'
import { mutatedJson } from './mutatedJson'
import { damagedCopies, upload } from './uploadArbitraries'

// Near-valid arguments: the shapes each channel takes, filled with edge values (unknown and
// duplicate ids, limits, hostile text, odd numbers). A channel missing here still gets random
// arguments (see channels.test.ts), so a channel added later is fuzzed from its first day.

/** Real files the arguments damage: a backup and an annotation export of the fixture. */
export interface ArgFixtures {
  backup: Uint8Array
  annotations: Uint8Array
}

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
// Mostly the valid value, sometimes a wrong one: a call with many fields still reaches core.
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: arb, weight: 8 },
    { arbitrary: hostileString, weight: 1 },
    { arbitrary: hostileNumber, weight: 1 },
  )
const mostly = <T>(valid: fc.Arbitrary<T>, edge: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: edge, weight: 1 })
// Names and titles: mostly short hostile text that fits, sometimes blank, huge or at a limit.
const nearText = mostly(hostileText(60), hostileString)
const color = maybe(fc.constantFrom(...HIGHLIGHT_COLORS))
const offset = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 400 }), weight: 12 },
  { arbitrary: fc.constantFrom(100_000_000, 100_000_001, 2 ** 31), weight: 1 },
  { arbitrary: hostileNumber, weight: 1 },
)
const span = fc.oneof(
  {
    arbitrary: fc.tuple(offset, fc.integer({ min: 1, max: 300 })).map(([start, length]) => ({
      start,
      end: start + length,
    })),
    weight: 4,
  },
  { arbitrary: fc.record({ start: offset, end: offset }), weight: 1 },
)
const restoreMode = maybe(fc.constantFrom('dryRun', 'merge', 'replace'))
const sort = opt(maybe(fc.constantFrom('position', 'title', 'imported', 'lastOpened')))
const searchText = fc.oneof(
  hostileString,
  fc.constantFrom(
    '"',
    '""',
    '"工会',
    '-',
    '--工会',
    'OR',
    'AND NOT',
    '*',
    '工*',
    '(',
    ')',
    'NEAR/2',
  ),
  fc.constantFrom('a:b', 'title:', '^', '{', '\\', '工会 -职工', 'x'.repeat(1000)),
)
const url = fc.oneof(
  fc.constantFrom('https://example.com/', 'http://127.0.0.1:1/', 'javascript:alert(1)'),
  fc.constantFrom('file:///etc/passwd', 'data:text/html,<b>', 'http://', 'https://工会.中国/'),
  hostileString.map((text) => `https://example.com/${text}`),
  hostileString,
)

/** Near-valid argument lists for the channels that have them. */
export const channelArgs = (
  ids: PoolIds,
  files: ArgFixtures,
): Partial<Record<Channel, fc.Arbitrary<unknown[]>>> => {
  const { storyId, sourceId, tagId, collectionId, highlightId, undoId, tagName, storyIds } = ids
  const tagNames = fc.array(tagName, { minLength: 1, maxLength: 6 })
  const storyQuery = fc.record(
    { sourceId, tagId, collectionId, isUnread: fc.boolean(), isFavorite: fc.boolean(), sort },
    { requiredKeys: [] },
  )
  const highlightFields = {
    color,
    note: mostly(hostileText(200), edgeLengthText([0, 99_999, 100_000, 100_001])),
    tags: fc.array(tagName, { maxLength: 4 }),
  }
  const exportScope = fc.oneof(
    fc.record({ kind: fc.constant('collection'), id: collectionId }),
    fc.record({ kind: fc.constant('tag'), id: tagId }),
    fc.record({ kind: fc.constant('query'), text: searchText }),
    fc.record({ kind: fc.constant('stories'), ids: storyIds }),
    fc.constant({ kind: 'all' }),
  )
  const anyUpload = upload()
  return {
    'library:info': fc.constant([]),
    'library:importUploads': fc.tuple(
      fc.array(anyUpload, { minLength: 1, maxLength: 4 }),
      opt(maybe(fc.constantFrom('utf-8', 'gb18030', 'big5', 'utf-16le', 'latin1', 'nope'))),
    ),
    'library:pickAndImport': fc.tuple(maybe(fc.constantFrom('files', 'folder'))),
    'library:recover': fc.constant([]),
    'sources:list': fc.constant([]),
    'sources:replace': fc.tuple(sourceId, anyUpload),
    'sources:delete': fc.tuple(sourceId),
    'sources:rename': fc.tuple(sourceId, nearText),
    'library:resplit': fc.constant([]),
    'stories:list': fc.tuple(storyQuery),
    'stories:ids': fc.tuple(storyQuery),
    'stories:summaries': fc.tuple(storyIds),
    'stories:firstPage': fc.tuple(storyQuery, fc.integer({ min: -5, max: 600 })),
    'stories:get': fc.tuple(storyId),
    'stories:setRead': fc.tuple(storyId, fc.boolean()),
    'stories:saveProgress': fc.tuple(
      storyId,
      mostly(fc.double({ min: 0, max: 1, noNaN: true }), hostileNumber),
    ),
    'stories:markOpened': fc.tuple(storyId),
    'stories:setFavorite': fc.tuple(storyId, fc.boolean()),
    'stories:split': fc.tuple(
      storyId,
      mostly(fc.integer({ min: 1, max: 30 }), fc.oneof(fc.constantFrom(100_000), hostileNumber)),
    ),
    'stories:mergeNext': fc.tuple(storyId),
    'stories:setTitle': fc.tuple(storyId, nearText),
    'stories:delete': fc.tuple(storyId),
    'tags:list': fc.constant([]),
    'tags:addToStories': fc.tuple(storyIds, tagNames),
    'tags:removeFromStories': fc.tuple(storyIds, fc.array(tagId, { minLength: 1, maxLength: 6 })),
    'tags:update': fc.tuple(
      tagId,
      fc.record(
        { name: tagName, color: maybe(fc.constantFrom(...TAG_COLORS)) },
        { requiredKeys: [] },
      ),
    ),
    'tags:merge': fc
      .tuple(fc.array(tagId, { minLength: 1, maxLength: 5 }), tagId, fc.boolean())
      .map(([from, into, isIntoAmongFrom]) => [isIntoAmongFrom ? [...from, into] : from, into]),
    'tags:delete': fc.tuple(tagId),
    'highlights:list': fc.tuple(
      fc.record(
        { storyId, color, tagId, sourceId, text: searchText, isOrphan: fc.boolean() },
        { requiredKeys: [] },
      ),
    ),
    'highlights:create': fc.tuple(
      storyId,
      fc
        .tuple(span, fc.record(highlightFields, { requiredKeys: ['color'] }))
        .map(([at, fields]) => ({ ...at, ...fields })),
    ),
    'highlights:update': fc.tuple(highlightId, fc.record(highlightFields, { requiredKeys: [] })),
    'highlights:delete': fc.tuple(highlightId),
    'highlights:reattach': fc.tuple(highlightId, span),
    'notes:get': fc.tuple(storyId),
    'notes:save': fc.tuple(storyId, highlightFields.note),
    'collections:list': fc.constant([]),
    'collections:create': fc.tuple(nearText),
    'collections:rename': fc.tuple(collectionId, nearText),
    'collections:delete': fc.tuple(collectionId),
    'collections:addStories': fc.tuple(collectionId, storyIds),
    'collections:removeStories': fc.tuple(collectionId, storyIds),
    'collections:reorder': fc.tuple(collectionId, storyIds),
    'undo:apply': fc.oneof(fc.constant<unknown[]>([]), fc.tuple(undoId)),
    'search:query': fc.oneof(
      fc.tuple(searchText),
      fc.tuple(
        searchText,
        fc.record(
          {
            offset: mostly(
              fc.integer({ min: 0, max: 60 }),
              fc.oneof(fc.constant(1e6), hostileNumber),
            ),
            limit: mostly(fc.integer({ min: 1, max: 500 }), hostileNumber),
          },
          { requiredKeys: [] },
        ),
      ),
    ),
    'settings:get': fc.constant([]),
    'settings:update': fc.tuple(settingsPatch(ids)),
    'shell:openExternal': fc.tuple(url),
    'export:run': fc.tuple(
      fc.record({
        scope: exportScope,
        format: maybe(fc.constantFrom(...EXPORT_FORMATS)),
        isHighlightsOnly: fc.boolean(),
      }),
    ),
    'export:showInFolder': fc.constant([]),
    'annotations:import': fc.tuple(
      fc.oneof(
        upload(damagedCopies(files.annotations)),
        upload(mutatedJson(JSON.parse(new TextDecoder().decode(files.annotations)))),
        upload(fc.jsonValue().map((value) => new TextEncoder().encode(JSON.stringify(value)))),
        anyUpload,
      ),
    ),
    'backup:create': fc.constant([]),
    'backup:pickAndRestore': fc.tuple(restoreMode),
    'backup:restoreUpload': fc.tuple(
      fc.oneof(upload(damagedCopies(files.backup)), anyUpload),
      restoreMode,
    ),
    'print:savePdf': fc.tuple(nearText),
  }
}

const settingsPatch = ({ sourceId, tagId, collectionId, storyId }: PoolIds) => {
  const size = mostly(fc.integer({ min: 0, max: 2000 }), hostileNumber)
  const view = fc.oneof(
    fc.record({ kind: fc.constantFrom('all', 'unread', 'favorites', 'highlights') }),
    fc.record({ kind: fc.constant('source'), sourceId }),
    fc.record({ kind: fc.constant('tag'), tagId }),
    fc.record({ kind: fc.constant('collection'), collectionId }),
  )
  const fields = {
    theme: maybe(fc.constantFrom('light', 'dark', 'sepia')),
    language: maybe(fc.constantFrom('auto', 'zh', 'en')),
    fontSize: mostly(fc.integer({ min: 8, max: 72 }), hostileNumber),
    paneWidths: fc.tuple(size, size),
    collapsedPanes: fc.record({ library: fc.boolean(), list: fc.boolean() }),
    windowBounds: fc.option(
      fc.record(
        { width: size, height: size, x: size, y: size },
        { requiredKeys: ['width', 'height'] },
      ),
    ),
    highlightColorNames: fc.record(
      Object.fromEntries(
        HIGHLIGHT_COLORS.map((name) => [name, mostly(hostileText(10), hostileString)]),
      ),
    ),
    highlightPanelWidth: size,
    readingFont: maybe(fc.constantFrom('sans', 'serif', 'kai')),
    lineHeight: mostly(fc.double({ min: 1, max: 3, noNaN: true }), hostileNumber),
    columnWidth: mostly(fc.integer({ min: 20, max: 60 }), hostileNumber),
    paragraphSpacing: mostly(fc.double({ min: 0, max: 3, noNaN: true }), hostileNumber),
    isFirstLineIndented: fc.boolean(),
    session: fc.record({
      view,
      sort: maybe(fc.constantFrom('position', 'title', 'imported', 'lastOpened')),
      query: mostly(hostileText(40), hostileString),
      openStoryId: fc.option(storyId),
    }),
  }
  // Mostly one preference at a time (as the app sends them), sometimes many at once.
  return fc.oneof(
    ...Object.entries(fields).map(([key, value]) => fc.record({ [key]: value })),
    fc.record(fields, { requiredKeys: [] }),
  )
}
