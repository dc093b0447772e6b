import type { PickedFile } from './pickedFiles'

const fileOf = (entry: FileSystemFileEntry): Promise<File> =>
  new Promise((resolve, reject) => entry.file(resolve, reject))

// readEntries hands out a directory in batches (100 at a time in Chromium) until it returns none.
const childrenOf = async (entry: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> => {
  const reader = entry.createReader()
  const children: FileSystemEntry[] = []
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    )
    if (batch.length === 0) return children
    children.push(...batch)
  }
}

const collect = async (entry: FileSystemEntry, prefix: string): Promise<PickedFile[]> => {
  const name = `${prefix}${entry.name}`
  if (entry.isFile) return [{ file: await fileOf(entry as FileSystemFileEntry), name }]
  if (!entry.isDirectory) return []
  const children = await childrenOf(entry as FileSystemDirectoryEntry)
  const nested = await Promise.all(children.map((child) => collect(child, `${name}/`)))
  return nested.flat()
}

/**
 * The files of a drop, folders walked recursively. The entries must be taken synchronously
 * inside the drop event (the DataTransfer empties afterwards), so this takes them first.
 */
export const droppedFiles = (dataTransfer: DataTransfer): Promise<PickedFile[]> => {
  const entries = Array.from(dataTransfer.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => entry !== null)
  if (entries.length === 0) {
    return Promise.resolve(Array.from(dataTransfer.files, (file) => ({ file, name: file.name })))
  }
  return Promise.all(entries.map((entry) => collect(entry, ''))).then((lists) => lists.flat())
}
