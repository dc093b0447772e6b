/** A file the user handed over, with the name (relative path for folders) to import it under. */
export interface PickedFile {
  file: File
  name: string
}

/** Reads a file as base64, the form uploads take over the bridge. */
export const readBase64 = (file: File): Promise<string> =>
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

/** The picked or dropped files worth sending: hidden files left out, silently. */
export const visibleFiles = (picked: readonly PickedFile[]): PickedFile[] =>
  picked.filter(({ name }) => !isHidden(name))
