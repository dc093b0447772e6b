import { describe, expect, it } from 'vitest'
import { defaultLibraryDir } from '../../src/main/core/library/defaultLibraryDir'

describe('defaultLibraryDir', () => {
  it('matches Electron’s userData folder for "Inkstone" on each platform', () => {
    expect(defaultLibraryDir('linux', {}, '/home/ann')).toBe('/home/ann/.config/Inkstone/library')
    expect(defaultLibraryDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ann')).toBe(
      '/cfg/Inkstone/library',
    )
    expect(defaultLibraryDir('darwin', {}, '/Users/ann')).toBe(
      '/Users/ann/Library/Application Support/Inkstone/library',
    )
    expect(
      defaultLibraryDir('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann'),
    ).toBe('C:\\Users\\ann\\AppData\\Roaming\\Inkstone\\library')
  })
})
