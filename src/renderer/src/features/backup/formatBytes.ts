const KB = 1024
const MB = 1024 * KB

/** A file size for people, in the interface language's number format: "840 kB", "1.3 MB". */
export const formatBytes = (bytes: number, language: string): string => {
  const [value, unit] =
    bytes >= MB ? [bytes / MB, 'megabyte'] : [Math.max(bytes / KB, 1), 'kilobyte']
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value)
}
