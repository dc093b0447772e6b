import { useEffect } from 'react'
import type { ChangeEvent } from 'react'
import type { ImportController } from './useImport'

/** The file types a picker offers: the pages Inkstone can import. */
export const ACCEPT_PAGES =
  '.txt,.text,.md,.markdown,.html,.htm,.xhtml,text/plain,text/markdown,text/html'

/** The browser's file and folder pickers, hidden; the Import menu opens them in web mode. */
export const ImportPickers = ({ controller }: { controller: ImportController }) => {
  const { filesInput, folderInput, importFiles } = controller

  useEffect(() => {
    // React does not know the non-standard attribute; the DOM property works in every browser.
    if (folderInput.current) folderInput.current.webkitdirectory = true
  }, [folderInput])

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? [], (file) => ({
      file,
      name: file.webkitRelativePath || file.name,
    }))
    // Clearing lets the same file be picked again after it changed on disk.
    event.target.value = ''
    if (files.length > 0) importFiles(files)
  }

  return (
    <div className="visually-hidden">
      <input
        ref={filesInput}
        type="file"
        multiple
        accept={ACCEPT_PAGES}
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-files-input"
        onChange={onChange}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-folder-input"
        onChange={onChange}
      />
    </div>
  )
}
