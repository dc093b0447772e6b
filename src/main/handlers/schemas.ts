import { z } from 'zod'
import {
  asCollectionId,
  asHighlightId,
  asSourceId,
  asStoryId,
  asTagId,
  asUndoId,
} from '../../shared/ids'
import { HIGHLIGHT_COLORS, TAG_COLORS, type HighlightColor } from '../../shared/annotations'
import type { Channel, Channels } from '../../shared/contract'
import { EXPORT_FORMATS } from '../../shared/exports'

// Every argument that crosses from the page is checked here before core sees it: the page is
// the least trusted part of the app (it renders imported text), so shapes, ranges and sizes
// are all bounded.

const storyId = z.string().min(1).max(200).transform(asStoryId)
const sourceId = z.number().int().positive().transform(asSourceId)
const encoding = z.string().min(1).max(40).optional()

const tagId = z.number().int().positive().transform(asTagId)
const collectionId = z.number().int().positive().transform(asCollectionId)
const highlightId = z.string().min(1).max(200).transform(asHighlightId)
const undoId = z.number().int().positive().transform(asUndoId)
const storyIds = z.array(storyId).min(1).max(100000)
const tagName = z.string().trim().min(1).max(100)
const collectionName = z.string().trim().min(1).max(200)
const note = z.string().max(100000)
const codePoint = z.number().int().min(0).max(100_000_000)
const highlightColor = z.enum(HIGHLIGHT_COLORS)
const span = z
  .strictObject({ start: codePoint, end: codePoint })
  .refine((at) => at.end > at.start, 'end must be after start')

const storyListQuery = z.strictObject({
  sourceId: sourceId.optional(),
  tagId: tagId.optional(),
  collectionId: collectionId.optional(),
  isUnread: z.boolean().optional(),
  isFavorite: z.boolean().optional(),
  sort: z.enum(['position', 'title', 'imported', 'lastOpened']).optional(),
})

const highlightQuery = z.strictObject({
  storyId: storyId.optional(),
  color: highlightColor.optional(),
  tagId: tagId.optional(),
  sourceId: sourceId.optional(),
  text: z.string().max(1000).optional(),
  isOrphan: z.boolean().optional(),
})

const newHighlight = z
  .strictObject({
    start: codePoint,
    end: codePoint,
    color: highlightColor,
    note: note.optional(),
    tags: z.array(tagName).max(100).optional(),
  })
  .refine((at) => at.end > at.start, 'end must be after start')

const highlightPatch = z.strictObject({
  color: highlightColor.optional(),
  note: note.optional(),
  tags: z.array(tagName).max(100).optional(),
})

const uploadedFile = z.strictObject({
  name: z.string().min(1).max(1024),
  base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
})

const paneSize = z.number().finite().min(0).max(10000)
const windowCoordinate = z.number().int().min(-100000).max(100000)

// Where the reader left off (Settings.session): ids as the story list takes them.
const readerSession = z.strictObject({
  view: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.enum(['all', 'unread', 'favorites', 'highlights']) }),
    z.strictObject({ kind: z.literal('source'), sourceId }),
    z.strictObject({ kind: z.literal('tag'), tagId }),
    z.strictObject({ kind: z.literal('collection'), collectionId }),
  ]),
  sort: z.enum(['position', 'title', 'imported', 'lastOpened']),
  query: z.string().max(1000),
  openStoryId: storyId.nullable(),
})

const settingsPatch = z.strictObject({
  theme: z.enum(['light', 'dark', 'sepia']).optional(),
  language: z.enum(['auto', 'zh', 'en']).optional(),
  fontSize: z.number().int().min(8).max(72).optional(),
  paneWidths: z.tuple([paneSize, paneSize]).optional(),
  collapsedPanes: z.strictObject({ library: z.boolean(), list: z.boolean() }).optional(),
  windowBounds: z
    .strictObject({
      width: z.number().int().min(100).max(100000),
      height: z.number().int().min(100).max(100000),
      x: windowCoordinate.optional(),
      y: windowCoordinate.optional(),
    })
    .nullable()
    .optional(),
  highlightColorNames: z
    .strictObject(
      Object.fromEntries(HIGHLIGHT_COLORS.map((color) => [color, z.string().max(40)])) as Record<
        HighlightColor,
        z.ZodString
      >,
    )
    .optional(),
  highlightPanelWidth: paneSize.optional(),
  readingFont: z.enum(['sans', 'serif', 'kai']).optional(),
  lineHeight: z.number().finite().min(1).max(3).optional(),
  columnWidth: z.number().int().min(20).max(60).optional(),
  paragraphSpacing: z.number().finite().min(0).max(3).optional(),
  isFirstLineIndented: z.boolean().optional(),
  session: readerSession.optional(),
})

const exportScope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('collection'), id: collectionId }),
  z.strictObject({ kind: z.literal('tag'), id: tagId }),
  z.strictObject({ kind: z.literal('query'), text: z.string().trim().min(1).max(1000) }),
  z.strictObject({ kind: z.literal('stories'), ids: storyIds }),
  z.strictObject({ kind: z.literal('all') }),
])

const exportRequest = z.strictObject({
  scope: exportScope,
  format: z.enum(EXPORT_FORMATS),
  isHighlightsOnly: z.boolean(),
})

const restoreMode = z.enum(['dryRun', 'merge', 'replace'])

/** One args-tuple schema per channel; parsing yields exactly the contract's argument types. */
export const channelSchemas: { [C in Channel]: z.ZodType<Channels[C]['args']> } = {
  'library:info': z.tuple([]),
  'library:importUploads': z.tuple([z.array(uploadedFile).min(1).max(10000), encoding]),
  'library:pickAndImport': z.tuple([z.enum(['files', 'folder'])]),
  'library:recover': z.tuple([]),
  'sources:list': z.tuple([]),
  'sources:replace': z.tuple([sourceId, uploadedFile]),
  'sources:delete': z.tuple([sourceId]),
  'sources:rename': z.tuple([sourceId, z.string().max(500)]),
  'library:resplit': z.tuple([]),
  'stories:list': z.tuple([storyListQuery]),
  'stories:ids': z.tuple([storyListQuery]),
  'stories:summaries': z.tuple([z.array(storyId).max(500)]),
  'stories:firstPage': z.tuple([storyListQuery, z.number().int().min(0).max(500)]),
  'stories:get': z.tuple([storyId]),
  'stories:setRead': z.tuple([storyId, z.boolean()]),
  'stories:saveProgress': z.tuple([storyId, z.number().finite().min(0).max(1)]),
  'stories:markOpened': z.tuple([storyId]),
  'stories:setFavorite': z.tuple([storyId, z.boolean()]),
  'stories:split': z.tuple([storyId, z.number().int().min(1).max(100000)]),
  'stories:mergeNext': z.tuple([storyId]),
  'stories:setTitle': z.tuple([storyId, z.string().trim().min(1).max(500)]),
  'stories:delete': z.tuple([storyId]),
  'tags:list': z.tuple([]),
  'tags:addToStories': z.tuple([storyIds, z.array(tagName).min(1).max(100)]),
  'tags:removeFromStories': z.tuple([storyIds, z.array(tagId).min(1).max(100)]),
  'tags:update': z.tuple([
    tagId,
    z.strictObject({ name: tagName.optional(), color: z.enum(TAG_COLORS).optional() }),
  ]),
  'tags:merge': z.tuple([z.array(tagId).min(1).max(1000), tagId]),
  'tags:delete': z.tuple([tagId]),
  'highlights:list': z.tuple([highlightQuery]),
  'highlights:create': z.tuple([storyId, newHighlight]),
  'highlights:update': z.tuple([highlightId, highlightPatch]),
  'highlights:delete': z.tuple([highlightId]),
  'highlights:reattach': z.tuple([highlightId, span]),
  'notes:get': z.tuple([storyId]),
  'notes:save': z.tuple([storyId, note]),
  'collections:list': z.tuple([]),
  'collections:create': z.tuple([collectionName]),
  'collections:rename': z.tuple([collectionId, collectionName]),
  'collections:delete': z.tuple([collectionId]),
  'collections:addStories': z.tuple([collectionId, storyIds]),
  'collections:removeStories': z.tuple([collectionId, storyIds]),
  'collections:reorder': z.tuple([collectionId, storyIds]),
  'undo:apply': z.tuple([undoId.optional()]),
  'search:query': z.tuple([
    z.string().max(1000),
    z
      .strictObject({
        offset: z.number().int().min(0).max(1_000_000).optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .optional(),
  ]),
  'settings:get': z.tuple([]),
  'settings:update': z.tuple([settingsPatch]),
  'shell:openExternal': z.tuple([z.string().min(1).max(8192)]),
  'export:run': z.tuple([exportRequest]),
  'export:showInFolder': z.tuple([]),
  'annotations:import': z.tuple([uploadedFile]),
  'backup:create': z.tuple([]),
  'backup:pickAndRestore': z.tuple([restoreMode]),
  'backup:restoreUpload': z.tuple([uploadedFile, restoreMode]),
  'print:savePdf': z.tuple([z.string().max(500)]),
}
