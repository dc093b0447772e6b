/**
 * Parses a link the page wants opened outside the app; only absolute http(s) URLs with a host
 * pass. Everything else (javascript:, file:, custom schemes, relative paths) could run code or
 * reach local files through the system's URL handlers, so it is refused.
 */
export const parseExternalUrl = (raw: string): URL | null => {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (url.hostname === '') return null
  return url
}
