import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'

/** Source files by path (relative to the root the folders are counted from). */
export type SourceFiles = Map<string, string>

const IMPORT = /(?:import|export)[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g

/** Every .ts file under `root`, read, keyed by its path relative to `root`. */
export const readSources = (root: string): SourceFiles => {
  const files: SourceFiles = new Map()
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.ts'))
        files.set(relative(root, path), readFileSync(path, 'utf8'))
    }
  }
  walk(root)
  return files
}

/** The top folder of a path (`search/tokenize.ts` -> `search`), '' for a file at the root. */
const folderOf = (path: string): string => (path.includes('/') ? path.split('/')[0] : '')

/** Which folders import which: an edge for every relative import that crosses folders. */
export const folderGraph = (files: SourceFiles): Map<string, Set<string>> => {
  const graph = new Map<string, Set<string>>()
  for (const [path, source] of files) {
    const from = folderOf(path)
    for (const match of source.matchAll(IMPORT)) {
      const target = normalize(join(dirname(path), match[1]))
      if (target.startsWith('..')) continue
      const to = folderOf(target)
      if (to === from) continue
      graph.set(from, (graph.get(from) ?? new Set()).add(to))
    }
  }
  return graph
}

/** Every cycle between folders, each as the list of folders around it (empty when acyclic). */
export const folderCycles = (files: SourceFiles): string[][] => {
  const graph = folderGraph(files)
  const cycles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (node: string): void => {
    state.set(node, 'open')
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(node, 'done')
  }
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node)
  return cycles
}
