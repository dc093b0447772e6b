import { readFileSync, statSync } from 'node:fs'
import type { AnnotationImportReport } from '../../shared/exports'
import { importAnnotations } from '../core/export/importAnnotations'
import { LibraryError } from '../core/errors/LibraryError'
import type { CliCommand } from './CliCommand'
import { CliError } from './CliError'
import { expectArgs } from './cliOptions'

// Far above any real annotation file, and low enough that JSON.parse cannot exhaust memory.
const MAX_MB = 256

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

const readProblem = (error: unknown): string => {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file'
    case 'EISDIR':
      return 'it is a folder'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    default:
      return (error as Error).message
  }
}

/** Reads and parses a JSON file, or fails with one line naming the file and the reason. */
export function readJsonFile(path: string): unknown {
  let bytes: Buffer
  try {
    const size = statSync(path).size
    if (size > MAX_MB * 1024 * 1024) {
      throw new CliError(
        `${path} is too large to import (${Math.ceil(size / 1024 / 1024)} MB; at most ${MAX_MB} MB)`,
      )
    }
    bytes = readFileSync(path)
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(`cannot read ${path}: ${readProblem(error)}`)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new CliError(`${path} is not JSON: it is not UTF-8 text`)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new CliError(`${path} is not JSON: ${(error as Error).message}`)
  }
}

/** The human summary of an annotation import. */
export function formatAnnotationImport(path: string, report: AnnotationImportReport): string {
  if (report.annotations === 0) return `${path} holds no annotations.`
  const lines = [
    `Read ${plural(report.annotations, 'annotation')} from ${path}: ${report.restored} restored, ${report.unchanged} unchanged, ${report.orphaned} orphaned.`,
  ]
  if (report.orphaned > 0) {
    lines.push(
      `${report.orphaned === 1 ? 'The orphan is' : 'Orphans are'} on a story or passage this library does not hold; nothing was added for ${report.orphaned === 1 ? 'it' : 'them'}.`,
    )
  }
  return lines.join('\n')
}

/** `inkstone import-annotations FILE.jsonld` */
export const importAnnotationsCommand: CliCommand = {
  name: 'import-annotations',
  usage: '<file.jsonld>',
  summary: 'restore highlights, notes and tags from a W3C Web Annotation (JSON-LD) export',
  run({ args, isJson, library, print, printJson }) {
    expectArgs(args, 1, 1, '<file.jsonld>')
    const [path] = args
    // Read before the library opens: a wrong file never creates or touches a library.
    const document = readJsonFile(path)
    let report: AnnotationImportReport
    try {
      report = importAnnotations(library(), document)
    } catch (error) {
      if (error instanceof LibraryError && error.code === 'INVALID_ARGUMENT' && !error.detail)
        throw new CliError(`${path} is not an annotation file Inkstone can read: ${error.message}`)
      throw error
    }
    if (isJson) {
      const { annotations, restored, orphaned, unchanged } = report
      printJson({ annotations, restored, orphaned, unchanged })
    } else print(formatAnnotationImport(path, report))
  },
}
