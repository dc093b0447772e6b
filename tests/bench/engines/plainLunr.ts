import lunr from 'lunr'
import type { ParsedQuery } from '../../../src/main/core/search/parseQuery'
import { lunrZhTokenizer } from './lunrZh'
import type { BenchEngine, EngineInput } from './types'

// lunr.zh registers itself as a plugin on the lunr object (lunrZh.ts loads it).
const zhPlugin = (): lunr.Builder.Plugin => {
  lunrZhTokenizer()
  return (lunr as unknown as { zh: lunr.Builder.Plugin }).zh
}

/**
 * lunr 2.3.9 with lunr-languages' Chinese plugin as its README shows it: `this.use(lunr.zh)`,
 * whole index in memory, serialised to JSON. Query terms are cut with the same segmenter and
 * all required (-term prohibited), since lunr's query parser does not segment Chinese.
 */
export function plainLunr(): BenchEngine {
  let serialized = ''
  let index: lunr.Index | null = null
  const tokens = (term: string): string[] =>
    lunrZhTokenizer()(term).map((token) => token.toString())

  const run = (parsed: ParsedQuery): lunr.Index.Result[] => {
    if (!index || parsed.include.length === 0) return []
    return index.query((query) => {
      for (const term of parsed.include)
        for (const token of tokens(term))
          query.term(token, { presence: lunr.Query.presence.REQUIRED })
      for (const term of parsed.exclude)
        for (const token of tokens(term))
          query.term(token, { presence: lunr.Query.presence.PROHIBITED })
    })
  }

  return {
    name: 'lunr-zh',
    build({ stories }: EngineInput) {
      const plugin = zhPlugin()
      const built = lunr(function () {
        this.use(plugin)
        this.ref('id')
        this.field('title')
        this.field('byline')
        this.field('body')
        for (const story of stories) this.add(story)
      })
      serialized = JSON.stringify(built)
    },
    open() {
      index = lunr.Index.load(JSON.parse(serialized))
    },
    search(_query, parsed, limit) {
      const results = run(parsed)
      return { ids: results.slice(0, limit).map((result) => result.ref), total: results.length }
    },
    searchAll: (_query, parsed) => run(parsed).map((result) => result.ref),
    close() {
      index = null
    },
  }
}
