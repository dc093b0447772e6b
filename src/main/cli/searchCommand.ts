import type { SearchHit } from '../../shared/types'
import type { CliCommand, CommandContext } from './CliCommand'
import { expectArgs, positiveIntOption } from './cliOptions'
import { terminalSafe } from './terminalSafe'

const DEFAULT_LIMIT = 20

/**
 * A snippet with its matches marked: ANSI bold on a terminal, 【】 otherwise. The snippet's own
 * text is made terminalSafe piece by piece, so the bold is the only escape sequence left.
 */
export function markSnippet(
  hit: Pick<SearchHit, 'snippet' | 'snippetMatches'>,
  isTTY: boolean,
): string {
  const [open, close] = isTTY ? ['\u001b[1m', '\u001b[22m'] : ['【', '】']
  const piece = (start: number, end?: number) =>
    terminalSafe(hit.snippet.slice(start, end)).replace(/\s+/g, ' ')
  let marked = ''
  let at = 0
  for (const [start, end] of hit.snippetMatches) {
    marked += piece(at, start) + open + piece(start, end) + close
    at = end
  }
  return marked + piece(at)
}

/** `inkstone search <query> [--limit N]`, or `inkstone search --stdin [--json]` */
export const searchCommand: CliCommand = {
  name: 'search',
  usage: '<query> [--limit N] | --stdin [--json] [--limit N]',
  summary: 'full-text search (quote a query with -exclusions: "工会 -困难")',
  options: {
    limit: {
      type: 'string',
      valueName: 'N',
      description: `at most N results (default ${DEFAULT_LIMIT})`,
    },
    stdin: {
      type: 'boolean',
      description: 'answer one query per line of standard input, one JSON array a line',
    },
  },
  run(context) {
    const { args, values, isJson, io, library, printJson } = context
    const limit = positiveIntOption(values, 'limit', DEFAULT_LIMIT)
    if (values.stdin === true) {
      expectArgs(args, 0, 0, '')
      // One open library answers every query; each answer is written as soon as it is found
      // (stdout is synchronous on a pipe), so a script can wait for it before the next query.
      for (const line of io.stdinLines?.() ?? []) {
        const hits = line.trim() === '' ? [] : library().search(line, { limit })
        if (isJson) context.printJsonLine(hits)
        else printHits(context, line, hits)
      }
      library().maintain()
      return
    }
    expectArgs(args, 1, Infinity, '<query>')
    const query = args.join(' ')
    const { total, hits } = library().searchPage(query, { limit })
    // Answered first (by scanning while an upgraded library's index is incomplete), then the
    // index is completed for the next search.
    if (isJson) {
      printJson(hits)
      library().maintain()
      return
    }
    printHits(context, query, hits)
    if (total > hits.length) context.print(`Showing ${hits.length} of ${total} stories.`)
    library().maintain()
  },
}

const printHits = (
  { io, print, printStyled }: CommandContext,
  query: string,
  hits: SearchHit[],
): void => {
  if (hits.length === 0) print(`No stories match ${query}.`)
  for (const hit of hits) {
    const head = terminalSafe(`${hit.title} — ${hit.source}`)
    printStyled(`${head}\n  ${markSnippet(hit, io.isTTY)}`)
  }
}
