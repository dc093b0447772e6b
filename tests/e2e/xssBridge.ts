import { HIGHLIGHT_COLORS } from '../../src/shared/annotations'
import type { WebServer } from './startServer'
import {
  COLLECTION_NAMES,
  COLOR_NAMES,
  PAGE_NAMES,
  TAG_NAMES,
  noteBatches,
  shortVectors,
} from './xssCorpus'

// Writes the corpus into the library through the bridge's JSON API, as the page itself does in
// web mode (src/renderer/src/data/api.ts): POST /api/<channel> with the page's token.

type Call = <T>(channel: string, ...args: unknown[]) => Promise<T>

/** A caller of the bridge that throws on any refused call (the corpus must all be stored). */
export const bridgeOf = (server: WebServer): Call => {
  const url = new URL(server.url)
  const token = url.searchParams.get('token') ?? ''
  return async <T>(channel: string, ...args: unknown[]): Promise<T> => {
    const response = await fetch(`${url.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Inkstone-Token': token },
      body: JSON.stringify({ args }),
    })
    const body = (await response.json()) as
      { ok: true; value: T } | { ok: false; error: { code: string; message: string } }
    if (!body.ok) throw new Error(`${channel}: ${body.error.code} ${body.error.message}`)
    return body.value
  }
}

/** The name of the collection that holds every imported story (its view opens each in turn). */
export const EVERY_STORY_COLLECTION = COLLECTION_NAMES[0]

/**
 * Puts vectors everywhere a reader's own words go: colour names, headlines, page names, tags
 * (on stories and highlights), collections, story notes and highlight notes.
 */
export const annotateWithVectors = async (
  call: Call,
  storyIds: string[],
  sources: Array<{ id: string; name: string }>,
): Promise<void> => {
  await call('settings:update', {
    highlightColorNames: Object.fromEntries(
      HIGHLIGHT_COLORS.map((color, index) => [color, COLOR_NAMES[index]]),
    ),
  })
  const titles = shortVectors(500).slice(40, 48)
  for (const [index, title] of titles.entries()) {
    await call('stories:setTitle', storyIds[index * 3], title)
  }
  // The pages named by their files keep those (hostile) names; the others get hostile ones.
  const plainPages = sources.filter((source) => source.name.startsWith('xss-'))
  for (const [index, source] of plainPages.entries()) {
    await call('sources:rename', source.id, PAGE_NAMES[index % PAGE_NAMES.length])
  }
  await call('tags:addToStories', storyIds.slice(0, 4), TAG_NAMES)
  for (const [index, name] of COLLECTION_NAMES.entries()) {
    const { value } = await call<{ value: { id: string } }>('collections:create', name)
    const members = index === 0 ? storyIds : storyIds.slice(index, index + 3)
    await call('collections:addStories', value.id, members)
  }
  const storyNotes = noteBatches(storyIds.length)
  const highlightNotes = [...storyNotes.slice(1), storyNotes[0]]
  for (const [index, storyId] of storyIds.entries()) {
    await call('notes:save', storyId, storyNotes[index])
    await call('highlights:create', storyId, {
      start: 0,
      end: 2,
      color: HIGHLIGHT_COLORS[index % HIGHLIGHT_COLORS.length],
      note: highlightNotes[index],
      tags: TAG_NAMES.slice(index % 10, (index % 10) + 2),
    })
  }
}
