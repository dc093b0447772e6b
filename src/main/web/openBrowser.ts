import { spawn } from 'node:child_process'

/**
 * True when web mode should open the page in the default browser: not when asked not to
 * (`--no-open`), and never on CI or under a test runner, where nobody is there to look at it.
 */
export const shouldOpenBrowser = (
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): boolean =>
  !argv.includes('--no-open') &&
  env.CI !== 'true' &&
  env.CI !== '1' &&
  env.VITEST === undefined &&
  env.PLAYWRIGHT_TEST_BASE_URL === undefined &&
  env.NODE_ENV !== 'test'

/** The command that opens a URL in the default browser on this platform. */
export const browserCommand = (
  platform: NodeJS.Platform,
  url: string,
): { command: string; args: string[] } => {
  if (platform === 'darwin') return { command: 'open', args: [url] }
  // `start`'s first quoted argument is a window title; the address has no `&` or `^` to escape.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] }
  return { command: 'xdg-open', args: [url] }
}

/** Opens the URL in the default browser; a machine without one is not an error. */
export const openBrowser = (url: string, platform: NodeJS.Platform = process.platform): void => {
  const { command, args } = browserCommand(platform, url)
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' })
    child.on('error', () => {})
    child.unref()
  } catch {
    // No opener on this machine: the address is in the terminal.
  }
}
