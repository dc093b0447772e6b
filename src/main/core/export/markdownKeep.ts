/**
 * The line that ends what Inkstone writes. An Obsidian comment, so it does not show when the
 * file is read; everything below it is the reader's and survives exporting again.
 */
export const KEEP_MARKER =
  '%% inkstone: write your own notes below this line; exporting again keeps them %%'

/** The reader's part of a file an earlier export wrote: everything after the marker line. */
export function keptPart(existing: string): string {
  const at = markerLine(existing)
  if (at !== null) return existing.slice(at.end)
  // The marker was deleted, so generated and written text can no longer be told apart: keep
  // the whole old body (front matter aside) below the new marker rather than lose a word.
  return withoutFrontMatter(existing).replace(/^\s*\n/, '')
}

/** The file an export writes: its generated part, the marker, and what the reader had kept. */
export function withKeptPart(generated: string, existing: string | null): string {
  const kept = existing === null ? '' : keptPart(existing)
  return `${generated.trimEnd()}\n\n${KEEP_MARKER}\n${kept}`
}

const markerLine = (text: string): { end: number } | null => {
  // Editors may have turned the line ends into CRLF or added trailing spaces.
  const match = /^[ \t]*%% inkstone:[^\n]*%%[ \t]*\r?$\n?/m.exec(text)
  return match ? { end: match.index + match[0].length } : null
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

const withoutFrontMatter = (text: string): string => text.replace(FRONT_MATTER, '')

/**
 * The `id` an earlier export put in a file's YAML front matter, or null when the file has none
 * (not a file Inkstone wrote, or the reader removed it).
 */
export function frontMatterId(text: string): string | null {
  const block = FRONT_MATTER.exec(text)?.[1]
  if (block === undefined) return null
  const match = /^id:[ \t]*(["']?)([^"'\s#]+)\1[ \t]*\r?$/m.exec(block)
  return match ? match[2] : null
}
