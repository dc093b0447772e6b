import { posix, win32 } from 'node:path'

const APP_NAME = 'Inkstone'

/**
 * The folder the desktop app keeps its library in: Electron's userData for "Inkstone" plus
 * "library", so the CLI and the app share one library. Takes the platform, environment and home
 * folder as arguments because core reads no globals.
 */
export function defaultLibraryDir(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  homedir: string,
): string {
  if (platform === 'win32') {
    return win32.join(env.APPDATA || win32.join(homedir, 'AppData', 'Roaming'), APP_NAME, 'library')
  }
  if (platform === 'darwin') {
    return posix.join(homedir, 'Library', 'Application Support', APP_NAME, 'library')
  }
  return posix.join(env.XDG_CONFIG_HOME || posix.join(homedir, '.config'), APP_NAME, 'library')
}
