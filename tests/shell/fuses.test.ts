import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { afterAll, describe, expect, it } from 'vitest'
import { flipInkstoneFuses, fuseConfig, INKSTONE_FUSES } from '../../scripts/packaging/fuseConfig'

// Checklist item 19: the fuses the packaging step flips, and the flipping itself on a stand-in
// binary laid out as Electron's (sentinel, wire version, wire length, one byte per fuse).
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const dir = mkdtempSync(join(tmpdir(), 'inkstone-fuses-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const fakeElectron = (name: string, fuses: number) => {
  const path = join(dir, name)
  const wire = Buffer.alloc(fuses, FuseState.ENABLE)
  const header = Buffer.from([1, fuses])
  writeFileSync(path, Buffer.concat([Buffer.alloc(4096, 7), Buffer.from(SENTINEL), header, wire]))
  return path
}

const linux = { platform: 'linux', arch: 'x64' }

describe('the fuse configuration', () => {
  it('turns off running as Node, NODE_OPTIONS and the inspect arguments', () => {
    expect(INKSTONE_FUSES[FuseV1Options.RunAsNode]).toBe(false)
    expect(INKSTONE_FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(INKSTONE_FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
  })

  it('turns on ASAR integrity and loading the app only from the ASAR', () => {
    expect(INKSTONE_FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(INKSTONE_FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
  })

  it('encrypts cookies and takes the extra privileges away from file://', () => {
    expect(INKSTONE_FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true)
    expect(INKSTONE_FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
  })

  it('decides every fuse this @electron/fuses knows, and requires all of them', () => {
    const known = Object.values(FuseV1Options).filter((value) => typeof value === 'number')
    expect(Object.keys(INKSTONE_FUSES).map(Number).sort()).toEqual([...known].sort())
    expect(fuseConfig(linux).strictlyRequireAllFuses).toBe(true)
    expect(fuseConfig(linux).resetAdHocDarwinSignature).toBe(false)
    expect(fuseConfig({ platform: 'darwin', arch: 'arm64' }).resetAdHocDarwinSignature).toBe(true)
  })
})

describe('flipping the fuses', () => {
  it('writes the configuration into the binary', async () => {
    const binary = fakeElectron('electron', 9)
    expect(await flipInkstoneFuses(binary, linux)).toBe(1)
    const wire = await getCurrentFuseWire(binary)
    const expected = (on: boolean) => (on ? FuseState.ENABLE : FuseState.DISABLE)
    for (const [fuse, on] of Object.entries(INKSTONE_FUSES)) {
      expect(wire[Number(fuse) as FuseV1Options], FuseV1Options[Number(fuse)]).toBe(expected(on))
    }
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE)
  })

  it('fails on an Electron with a fuse nobody decided yet, and on one without fuses', async () => {
    await expect(flipInkstoneFuses(fakeElectron('future', 10), linux)).rejects.toThrow(
      /strictlyRequireAllFuses/,
    )
    const plain = join(dir, 'not-electron')
    writeFileSync(plain, 'no sentinel here')
    await expect(flipInkstoneFuses(plain, linux)).rejects.toThrow(/sentinel/)
  })
})
