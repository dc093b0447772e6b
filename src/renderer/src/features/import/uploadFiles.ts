import type { ImportProgress, Result, UploadedFile } from '../../../../shared/contract'
import { MAX_FILE_BYTES } from '../../../../shared/limits'
import type { SkipReason } from '../../../../shared/messages'
import type { ImportReport } from '../../../../shared/types'
import { EMPTY_REPORT, mergeReports } from './mergeReports'
import { readBase64, visibleFiles } from './pickedFiles'
import type { PickedFile } from './pickedFiles'

/** What uploadFiles needs: the request for one file, and where progress goes. */
export interface UploadDeps {
  send: (upload: UploadedFile) => Promise<Result<ImportReport>>
  onProgress: (progress: ImportProgress) => void
}

// The size of a file refused before it was read (or by the bridge) is not known exactly.
const TOO_LARGE: SkipReason = {
  code: 'tooLarge',
  params: { limitMb: MAX_FILE_BYTES / 1024 / 1024 },
}
const UNREADABLE: SkipReason = { code: 'unreadable' }

/**
 * Imports picked or dropped files one request each and sums the reports. One file too big,
 * unreadable or refused by the bridge becomes a skipped entry naming it, never the failure of
 * the whole batch; a file over the page limit is not even read or sent.
 */
export const uploadFiles = async (
  picked: readonly PickedFile[],
  deps: UploadDeps,
): Promise<ImportReport> => {
  const files = visibleFiles(picked)
  let report = EMPTY_REPORT
  const skip = (path: string, reason: SkipReason) => {
    report = mergeReports(report, { ...EMPTY_REPORT, skipped: [{ path, reason }] })
  }
  for (const [index, { file, name }] of files.entries()) {
    deps.onProgress({ done: index, total: files.length, path: name })
    if (file.size > MAX_FILE_BYTES) {
      skip(name, TOO_LARGE)
      continue
    }
    let base64: string
    try {
      base64 = await readBase64(file)
    } catch {
      skip(name, UNREADABLE)
      continue
    }
    const result = await deps.send({ name, base64 })
    if (result.ok) report = mergeReports(report, result.value)
    else if (result.error.code === 'TOO_LARGE') skip(name, TOO_LARGE)
    else if (result.error.detail?.reason) skip(name, result.error.detail.reason)
    else
      skip(name, { code: 'failed', params: { message: result.error.message || result.error.code } })
  }
  deps.onProgress({ done: files.length, total: files.length, path: '' })
  return report
}
