import { useEffect, useRef, useState } from 'react'
import { droppedFiles } from './droppedFiles'
import type { PickedFile } from './pickedFiles'

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false

/** Accepts files and folders dropped anywhere on the window; true while a drag hovers it. */
export const useFileDrop = (onFiles: (files: PickedFile[]) => void): boolean => {
  const [isDragging, setIsDragging] = useState(false)
  const latest = useRef(onFiles)
  useEffect(() => {
    latest.current = onFiles
  })

  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed; count them to know when we left.
    let depth = 0
    const onDragEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      depth += 1
      setIsDragging(true)
    }
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const onDragLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return
      depth = Math.max(depth - 1, 0)
      if (depth === 0) setIsDragging(false)
    }
    const onDrop = (event: DragEvent) => {
      if (!event.dataTransfer || !hasFiles(event)) return
      // An unhandled file drop would make the window navigate to the file.
      event.preventDefault()
      depth = 0
      setIsDragging(false)
      void droppedFiles(event.dataTransfer).then((files) => {
        if (files.length > 0) latest.current(files)
      })
    }
    window.addEventListener('dragenter', onDragEnter)
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('dragleave', onDragLeave)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragenter', onDragEnter)
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('dragleave', onDragLeave)
      window.removeEventListener('drop', onDrop)
    }
  }, [])

  return isDragging
}
