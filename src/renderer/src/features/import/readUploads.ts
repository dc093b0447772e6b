import type { UploadedFile } from '../../../../shared/contract'
import type { SkippedFile } from '../../../../shared/types'

/** A file the user handed over, with the name (relative path for folders) to import it under. */
export interface PickedFile {
  file: File
  name: string
}

/** Files above this are not sent: base64 over the bridge would need several times their size. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024

const readBase64 = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader()
    // A data: URL is the browser's own base64 encoder; the payload follows the first comma.
    reader.onload = () =>
      resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })

// Hidden files (.DS_Store, .git/...) come along with every folder and are never pages.
const isHidden = (name: string): boolean => name.split('/').some((part) => part.startsWith('.'))

/** Reads picked or dropped files as base64 uploads; files too big or unreadable are reported. */
export const readUploads = async (
  picked: readonly PickedFile[],
  messages: { tooLarge: string; unreadable: string },
): Promise<{ uploads: UploadedFile[]; skipped: SkippedFile[] }> => {
  const uploads: UploadedFile[] = []
  const skipped: SkippedFile[] = []
  for (const { file, name } of picked) {
    if (isHidden(name)) continue
    if (file.size > MAX_UPLOAD_BYTES) {
      skipped.push({ path: name, reason: messages.tooLarge })
      continue
    }
    try {
      uploads.push({ name, base64: await readBase64(file) })
    } catch {
      skipped.push({ path: name, reason: messages.unreadable })
    }
  }
  return { uploads, skipped }
}
