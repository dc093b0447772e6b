/** A page's file name as a label: the extension is noise in a sidebar of pages. */
export const displaySourceName = (name: string): string => {
  const base = name.split(/[\\/]/).pop() ?? name
  return base.replace(/\.(txt|text|md|markdown|html?|xhtml)$/i, '')
}
