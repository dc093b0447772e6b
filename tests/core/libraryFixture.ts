import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { openLibrary } from '../../src/main/core/library/openLibrary'
import type { Library } from '../../src/main/core/library/types'
import { tempDir } from './tempDir'

/** A library with the seed pages imported, fresh for every test. */
export function useSeededLibrary(): {
  library: () => Library
  seeds: () => string
  dir: () => string
} {
  let temp: ReturnType<typeof tempDir>
  let library: Library
  beforeEach(() => {
    temp = tempDir('annotations', true)
    library = openLibrary(join(temp.dir, 'library'))
    library.importPaths([temp.seeds])
  })
  afterEach(() => {
    library.close()
    temp.remove()
  })
  return { library: () => library, seeds: () => temp.seeds, dir: () => temp.dir }
}

/** The first story whose title contains `text`. */
export const storyTitled = (library: Library, text: string) => {
  const story = library.listStories().find((item) => item.title.includes(text))
  if (!story) throw new Error(`no seed story titled ${text}`)
  return library.getStory(story.id)!
}

/** Code-point span of the first `quote` in a story's body. */
export const spanOf = (body: string, quote: string): { start: number; end: number } => {
  const at = body.indexOf(quote)
  if (at < 0) throw new Error(`quote not in body: ${quote}`)
  const start = Array.from(body.slice(0, at)).length
  return { start, end: start + Array.from(quote).length }
}
