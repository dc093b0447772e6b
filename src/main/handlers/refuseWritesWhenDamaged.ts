import type { Channel } from '../../shared/contract'
import type { LibraryHealth } from '../../shared/health'
import { ChannelError } from './ChannelError'
import type { HandlerTable } from './handlers'

// Channels that only read the library (or nothing): they keep working on a damaged file, so a
// reader can still read, search and export what it holds. Every other channel, including any
// added later, writes and is refused.
const READS: ReadonlySet<Channel> = new Set<Channel>([
  'library:info',
  'library:recover',
  'sources:list',
  'stories:list',
  'stories:ids',
  'stories:summaries',
  'stories:firstPage',
  'stories:get',
  'tags:list',
  'highlights:list',
  'notes:get',
  'collections:list',
  'search:query',
  'settings:get',
  'shell:openExternal',
  'export:run',
  'export:showInFolder',
  'backup:create',
  'print:savePdf',
])

/**
 * Wraps a handler table so that, once the check at start has found the library file damaged,
 * every channel that would write to it is refused (a write could make the damage worse and
 * would be lost at recovery anyway). Reads go on.
 */
export function refuseWritesWhenDamaged(
  table: HandlerTable,
  health: (() => LibraryHealth) | undefined,
): HandlerTable {
  if (health === undefined) return table
  const guarded: Record<string, unknown> = { ...table }
  for (const channel of Object.keys(table) as Channel[]) {
    if (READS.has(channel)) continue
    const handler = table[channel] as (...args: unknown[]) => unknown
    guarded[channel] = (...args: unknown[]) => {
      const found = health()
      if (found.status === 'damaged') {
        throw new ChannelError('UNAVAILABLE', `the library file is damaged: ${found.reason}`, {
          key: 'libraryDamaged',
          params: { reason: found.reason },
        })
      }
      return handler(...args)
    }
  }
  return guarded as HandlerTable
}
