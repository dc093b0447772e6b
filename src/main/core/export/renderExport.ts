import { strToU8, zipSync } from 'fflate'
import type { ExportFormat, ExportRequest, ExportSummary } from '../../../shared/exports'
import type { Library } from '../library/types'
import type { ExportBundle, ExportFile } from './exportBundle'
import { gatherExport, type GatherOptions } from './gatherExport'
import { toEpub } from './toEpub'
import { toHtml } from './toHtml'
import { toMarkdown } from './toMarkdown'
import { toReadwiseCsv } from './toReadwiseCsv'
import { toWebAnnotations } from './toWebAnnotations'
import { readExistingIn, writeExportFiles } from './writeExportFiles'

/** The extension and media type of each single-file format (markdown is a folder). */
const SINGLE_FILE: Record<Exclude<ExportFormat, 'markdown'>, { ext: string; mime: string }> = {
  html: { ext: 'html', mime: 'text/html' },
  jsonld: { ext: 'jsonld', mime: 'application/ld+json' },
  csv: { ext: 'csv', mime: 'text/csv' },
  epub: { ext: 'epub', mime: 'application/epub+zip' },
}

/** A file name for an export of `title` (the save dialog's suggestion, the download's name). */
export const exportFileName = (title: string, format: ExportFormat): string => {
  // Characters no OS accepts in a name, control characters, and trailing dots or spaces.
  const base =
    title
      .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[. ]+$/, '')
      .slice(0, 80) || 'Inkstone'
  return format === 'markdown' ? base : `${base}.${SINGLE_FILE[format].ext}`
}

/** Counts what an export holds: stories, highlights, and notes (highlights' and stories' own). */
export const countExport = (bundle: ExportBundle): Omit<ExportSummary, 'format' | 'path'> => ({
  stories: bundle.stories.length,
  highlights: bundle.stories.reduce((sum, story) => sum + story.highlights.length, 0),
  notes: bundle.stories.reduce(
    (sum, story) =>
      sum +
      (story.note?.markdown.trim() ? 1 : 0) +
      story.highlights.filter((highlight) => highlight.note.trim() !== '').length,
    0,
  ),
})

/** The files of one export in `format`; markdown reads the previous export to keep what the reader wrote. */
export const renderExport = (
  bundle: ExportBundle,
  format: ExportFormat,
  readExisting: (path: string) => string | null = () => null,
): ExportFile[] => {
  const name = exportFileName(bundle.title, format)
  switch (format) {
    case 'markdown':
      return toMarkdown(bundle, readExisting)
    case 'html':
      return [{ path: name, data: toHtml(bundle) }]
    case 'jsonld':
      return [{ path: name, data: `${JSON.stringify(toWebAnnotations(bundle), null, 2)}\n` }]
    case 'csv':
      return [{ path: name, data: toReadwiseCsv(bundle) }]
    case 'epub':
      return [{ path: name, data: toEpub(bundle) }]
  }
}

/** Exports to disk: `out` is a folder for markdown (updated in place), a file otherwise. */
export function exportToPath(
  library: Library,
  request: ExportRequest,
  out: string,
  options: GatherOptions = {},
): ExportSummary {
  const bundle = gatherExport(library, request, options.now, options.onProgress)
  const readExisting = request.format === 'markdown' ? readExistingIn(out) : () => null
  writeExportFiles(out, request.format, renderExport(bundle, request.format, readExisting))
  return { format: request.format, path: out, ...countExport(bundle) }
}

/** A file to hand to a browser: one file, or a markdown folder as a zip. */
export interface ExportDownload {
  name: string
  mime: string
  bytes: Uint8Array
}

/** Exports to bytes (web mode's download): a markdown folder comes as a zip of it. */
export function exportToDownload(
  library: Library,
  request: ExportRequest,
  options: GatherOptions = {},
): { summary: ExportSummary; download: ExportDownload } {
  const bundle = gatherExport(library, request, options.now, options.onProgress)
  const files = renderExport(bundle, request.format)
  const name = exportFileName(bundle.title, request.format)
  const bytesOf = (file: ExportFile): Uint8Array =>
    typeof file.data === 'string' ? strToU8(file.data) : file.data
  const download: ExportDownload =
    request.format === 'markdown'
      ? {
          name: `${name}.zip`,
          mime: 'application/zip',
          bytes: zipSync(
            Object.fromEntries(files.map((file) => [`${name}/${file.path}`, bytesOf(file)])),
          ),
        }
      : { name, mime: SINGLE_FILE[request.format].mime, bytes: bytesOf(files[0]) }
  return {
    summary: { format: request.format, path: download.name, ...countExport(bundle) },
    download,
  }
}
