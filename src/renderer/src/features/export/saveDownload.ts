import type { Download } from '../../../../shared/contract'

// Chromium reads the blob after click() returns; revoking at once can cancel a large download.
const REVOKE_AFTER_MS = 60_000

const bytesOf = (base64: string): Uint8Array<ArrayBuffer> => {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * Saves a file main handed over (web mode has no save dialog): the browser downloads it under
 * its name, through an object URL and an <a download> click, as any page saves a file.
 */
export const saveDownload = (download: Download): void => {
  const url = URL.createObjectURL(new Blob([bytesOf(download.base64)], { type: download.mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = download.name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
}
