import type { SearchHit } from '../../shared/types'
import type { CliCommand } from './CliCommand'
import { expectArgs, positiveIntOption } from './cliOptions'

const DEFAULT_LIMIT = 20

/** A snippet with its matches marked: ANSI bold on a terminal, 【】 otherwise. */
export function markSnippet(
  hit: Pick<SearchHit, 'snippet' | 'snippetMatches'>,
  isTTY: boolean,
): string {
  const [open, close] = isTTY ? ['\u001b[1m', '\u001b[22m'] : ['【', '】']
  let marked = ''
  let at = 0
  for (const [start, end] of hit.snippetMatches) {
    marked += hit.snippet.slice(at, start) + open + hit.snippet.slice(start, end) + close
    at = end
  }
  return (marked + hit.snippet.slice(at)).replace(/\s+/g, ' ')
}

/** `inkstone search <query> [--limit N]` */
export const searchCommand: CliCommand = {
  name: 'search',
  usage: '<query> [--limit N]',
  summary: 'full-text search (quote a query with -exclusions: "工会 -困难")',
  options: {
    limit: {
      type: 'string',
      valueName: 'N',
      description: `at most N results (default ${DEFAULT_LIMIT})`,
    },
  },
  run({ args, values, isJson, io, library, print, printJson }) {
    expectArgs(args, 1, Infinity, '<query>')
    const limit = positiveIntOption(values, 'limit', DEFAULT_LIMIT)
    const query = args.join(' ')
    const hits = library().search(query, { limit })
    // Answered first (by scanning when the index was stale), then a current index is left for
    // the next search; a failure to store it (a full disk) changes nothing the reader asked for.
    if (isJson) {
      printJson(hits)
      library().maintain()
      return
    }
    if (hits.length === 0) print(`No stories match ${query}.`)
    for (const hit of hits) print(`${hit.title} — ${hit.source}\n  ${markSnippet(hit, io.isTTY)}`)
    library().maintain()
  },
}
