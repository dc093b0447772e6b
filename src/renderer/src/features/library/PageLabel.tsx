import type { SourceId } from '../../../../shared/ids'
import { usePageName } from './usePageName'

/** A page's name as text in a story's line: the reader's name for it, else its file name. */
export const PageLabel = ({ sourceId, fileName }: { sourceId: SourceId; fileName: string }) => (
  <>{usePageName(sourceId, fileName)}</>
)
