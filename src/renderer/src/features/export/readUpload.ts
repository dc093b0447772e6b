import type { TFunction } from 'i18next'
import type { Failure, UploadedFile } from '../../../../shared/contract'
import { MAX_FILE_BYTES } from '../../../../shared/limits'
import { sayFailure } from '../../i18n/sayMessage'
import { readBase64 } from '../import/pickedFiles'

/** Why a picked file did not get (or get through) to main. */
export type UploadProblem =
  | { kind: 'tooLarge'; name: string }
  | { kind: 'unreadable'; name: string }
  | { kind: 'failure'; failure: Failure }

/**
 * A picked file as an upload, or why it cannot be one. A file over the bridge's limit is refused
 * before it is read: sending it would only earn a 413 after a long wait.
 */
export const readUpload = async (
  file: File,
): Promise<{ upload: UploadedFile } | { problem: UploadProblem }> => {
  if (file.size > MAX_FILE_BYTES) return { problem: { kind: 'tooLarge', name: file.name } }
  try {
    return { upload: { name: file.name, base64: await readBase64(file) } }
  } catch {
    return { problem: { kind: 'unreadable', name: file.name } }
  }
}

/** An upload problem in the reader's language; `tooLargeKey` says what the limit means here. */
export const sayUploadProblem = (
  t: TFunction,
  problem: UploadProblem,
  tooLargeKey: 'transfer.restore.tooLarge' | 'transfer.annotations.tooLarge',
): string => {
  switch (problem.kind) {
    case 'tooLarge':
      return t(tooLargeKey, { name: problem.name, limitMb: MAX_FILE_BYTES / 1024 / 1024 })
    case 'unreadable':
      return t('messages.error.fileRefused', {
        name: problem.name,
        reason: t('messages.skip.unreadable'),
      })
    case 'failure':
      return sayFailure(t, problem.failure)
  }
}
