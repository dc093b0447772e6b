import { z } from 'zod'
import { asSourceId, asStoryId } from '../../shared/ids'
import type { Channel, Channels } from '../../shared/contract'

// Every argument that crosses from the page is checked here before core sees it: the page is
// the least trusted part of the app (it renders imported text), so shapes, ranges and sizes
// are all bounded.

const storyId = z.string().min(1).max(200).transform(asStoryId)
const sourceId = z.number().int().positive().transform(asSourceId)
const encoding = z.string().min(1).max(40).optional()
const path = z.string().min(1).max(4096)

const storyListQuery = z.strictObject({
  sourceId: sourceId.optional(),
  isUnread: z.boolean().optional(),
  sort: z.enum(['position', 'title', 'imported']).optional(),
})

const uploadedFile = z.strictObject({
  name: z.string().min(1).max(1024),
  base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
})

const paneSize = z.number().finite().min(0).max(10000)
const windowCoordinate = z.number().int().min(-100000).max(100000)

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
})

/** One args-tuple schema per channel; parsing yields exactly the contract's argument types. */
export const channelSchemas: { [C in Channel]: z.ZodType<Channels[C]['args']> } = {
  'library:info': z.tuple([]),
  'library:importPaths': z.tuple([z.array(path).min(1).max(10000), encoding]),
  'library:importUploads': z.tuple([z.array(uploadedFile).min(1).max(10000), encoding]),
  'library:pickAndImport': z.tuple([z.enum(['files', 'folder'])]),
  'sources:list': z.tuple([]),
  'stories:list': z.tuple([storyListQuery]),
  'stories:get': z.tuple([storyId]),
  'stories:setRead': z.tuple([storyId, z.boolean()]),
  'stories:saveProgress': z.tuple([storyId, z.number().finite().min(0).max(1)]),
  'search:query': z.tuple([z.string().max(1000), z.number().int().min(1).max(1000).optional()]),
  'settings:get': z.tuple([]),
  'settings:update': z.tuple([settingsPatch]),
  'shell:openExternal': z.tuple([z.string().min(1).max(8192)]),
}
