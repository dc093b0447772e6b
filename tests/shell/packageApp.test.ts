import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractFile, listPackage } from '@electron/asar'
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { afterAll, describe, expect, it } from 'vitest'
import { asarIntegrity, packageApp } from '../../scripts/packaging/packageApp'

// The packaging step on a stand-in app and a stand-in Electron distribution (the real binary
// cannot be downloaded here): the app goes into app.asar, Electron's sample app goes, the
// fuses are flipped, and on macOS the archive's hash is recorded in Info.plist.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const dir = mkdtempSync(join(tmpdir(), 'inkstone-package-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const write = (path: string, text: string | Buffer) => {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, text)
}
const fakeBinary = () =>
  Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, 9]), Buffer.alloc(9, FuseState.ENABLE)])

const root = join(dir, 'app')
write(
  join(root, 'package.json'),
  JSON.stringify({
    name: 'inkstone',
    version: '0.1.0',
    main: 'out/main/index.js',
    type: 'module',
    devDependencies: { x: '1' },
  }),
)
write(join(root, 'out', 'main', 'index.js'), 'export {}')
write(join(root, 'out', 'renderer', 'index.html'), '<!doctype html>')
write(join(root, 'seeds', 'a.txt'), 'seed')
write(join(root, 'node_modules', 'dep', 'index.js'), 'module.exports = 1')
write(join(root, 'node_modules', 'dep', 'build', 'addon.node'), 'binary')

const linuxDist = join(dir, 'electron-linux')
write(join(linuxDist, 'electron'), fakeBinary())
write(join(linuxDist, 'resources', 'default_app.asar'), 'sample')

const macDist = join(dir, 'electron-mac')
write(
  join(
    macDist,
    'Electron.app',
    'Contents',
    'Frameworks',
    'Electron Framework.framework',
    'Electron Framework',
  ),
  fakeBinary(),
)
write(
  join(macDist, 'Electron.app', 'Contents', 'Info.plist'),
  '<plist version="1.0">\n<dict>\n\t<key>CFBundleName</key>\n\t<string>Electron</string>\n</dict>\n</plist>\n',
)
write(join(macDist, 'Electron.app', 'Contents', 'Resources', 'default_app.asar'), 'sample')

const base = {
  root,
  outDir: join(dir, 'release'),
  arch: 'x64',
  modules: [join(root, 'node_modules', 'dep')],
}

describe('packageApp', () => {
  it('packs the built app into app.asar and flips the fuses', async () => {
    const { target, asar } = await packageApp({
      ...base,
      electronDist: linuxDist,
      platform: 'linux',
    })
    expect(asar).toBe(join(target, 'resources', 'app.asar'))
    expect(existsSync(join(target, 'resources', 'default_app.asar'))).toBe(false)
    expect(readFileSync(join(target, 'resources', 'seeds', 'a.txt'), 'utf8')).toBe('seed')
    const files = listPackage(asar, { isPack: false })
    expect(files).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/out/main/index.js',
        '/out/renderer/index.html',
        '/node_modules/dep/index.js',
      ]),
    )
    const manifest = JSON.parse(extractFile(asar, 'package.json').toString())
    expect(manifest).toEqual({
      name: 'inkstone',
      version: '0.1.0',
      main: 'out/main/index.js',
      type: 'module',
    })
    // A native addon cannot load from inside the archive.
    expect(
      existsSync(
        join(
          target,
          'resources',
          'app.asar.unpacked',
          'node_modules',
          'dep',
          'build',
          'addon.node',
        ),
      ),
    ).toBe(true)
    const wire = await getCurrentFuseWire(join(target, 'electron'))
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE)
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE)
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE)
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE)
    // The Electron being copied is left as it was.
    expect((await getCurrentFuseWire(join(linuxDist, 'electron')))[FuseV1Options.RunAsNode]).toBe(
      FuseState.ENABLE,
    )
  })

  it('records the archive hash in Info.plist on macOS', async () => {
    const { target, asar, integrity } = await packageApp({
      ...base,
      electronDist: macDist,
      platform: 'darwin',
    })
    expect(integrity).toEqual(asarIntegrity(asar))
    expect(integrity.hash).toMatch(/^[0-9a-f]{64}$/)
    const plist = readFileSync(join(target, 'Electron.app', 'Contents', 'Info.plist'), 'utf8')
    expect(plist).toContain('<key>ElectronAsarIntegrity</key>')
    expect(plist).toContain(`<string>${integrity.hash}</string>`)
    expect(plist.trimEnd().endsWith('</dict>\n</plist>')).toBe(true)
    const wire = await getCurrentFuseWire(join(target, 'Electron.app'))
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE)
  })

  it('refuses Windows, an unbuilt app and a missing Electron', async () => {
    await expect(
      packageApp({ ...base, electronDist: linuxDist, platform: 'win32' }),
    ).rejects.toThrow(/Windows/)
    await expect(
      packageApp({ ...base, electronDist: join(dir, 'none'), platform: 'linux' }),
    ).rejects.toThrow(/no Electron binary/)
    await expect(
      packageApp({ ...base, root: join(dir, 'empty'), electronDist: linuxDist, platform: 'linux' }),
    ).rejects.toThrow(/npm run build/)
  })
})
