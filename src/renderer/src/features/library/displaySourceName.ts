import { fileLabel } from '../../../../shared/pageName'

/** A page's file name as a label: the extension is noise in a sidebar of pages. */
export const displaySourceName = (name: string): string => fileLabel(name)
