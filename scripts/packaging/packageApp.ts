// `npm run package`: the built app (out/ and the production node_modules) packed into
// app.asar, seeds/ beside it, in a copy of Electron whose fuses are then flipped (fuseConfig.ts).
// It needs Electron's binary (`npm run install-electron`, or --electron DIR): this is the step
// that makes the fuses real, not a full installer (no signing, no icons, no Windows support).
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createPackageWithOptions, getRawHeader } from '@electron/asar'
import { flipInkstoneFuses } from './fuseConfig'

/** Where things are in an Electron distribution folder, per platform. */
export const electronLayout = (platform: string) =>
  platform === 'darwin'
    ? { binary: 'Electron.app', resources: 'Electron.app/Contents/Resources' }
    : { binary: 'electron', resources: 'resources' }

/**
 * The header hash Electron checks app.asar against when EnableEmbeddedAsarIntegrityValidation
 * is on (SHA-256 of the archive's JSON header).
 */
export const asarIntegrity = (asarPath: string) => ({
  algorithm: 'SHA256' as const,
  hash: createHash('sha256').update(getRawHeader(asarPath).headerString).digest('hex'),
})

// macOS reads the hash from Info.plist; the entry goes in just before the top dict closes.
const recordIntegrityInPlist = (plistPath: string, hash: string) => {
  const plist = readFileSync(plistPath, 'utf8').replace(
    /\s*<key>ElectronAsarIntegrity<\/key>\s*<dict>[\s\S]*?<\/dict>\s*<\/dict>/,
    '',
  )
  const entry = `\t<key>ElectronAsarIntegrity</key>\n\t<dict>\n\t\t<key>Resources/app.asar</key>\n\t\t<dict>\n\t\t\t<key>algorithm</key>\n\t\t\t<string>SHA256</string>\n\t\t\t<key>hash</key>\n\t\t\t<string>${hash}</string>\n\t\t</dict>\n\t</dict>\n`
  const end = plist.lastIndexOf('</dict>')
  writeFileSync(plistPath, `${plist.slice(0, end)}${entry}${plist.slice(end)}`)
}

/** The folders of the production dependencies, from npm's own view of the tree. */
export const productionModules = (root: string): string[] => {
  const listed = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
    cwd: root,
    encoding: 'utf8',
  })
  const dirs = listed
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== root && line.includes(`${sep}node_modules${sep}`))
    .sort((a, b) => a.length - b.length)
  // A package's own folder carries its nested node_modules, so nested paths are not copied twice.
  return dirs.filter((dir, i) => !dirs.slice(0, i).some((parent) => dir.startsWith(parent + sep)))
}

export type PackageOptions = {
  root: string
  electronDist: string
  outDir: string
  platform: string
  arch: string
  modules: string[]
}

/** Packs the app and flips the fuses; returns the packaged folder and the archive's hash. */
export const packageApp = async (options: PackageOptions) => {
  const { root, electronDist, outDir, platform, arch } = options
  if (platform === 'win32') {
    throw new Error(
      'Windows needs the ASAR integrity hash as a resource in the .exe; package it with Electron Forge',
    )
  }
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
    throw new Error('out/main/index.js is missing: run "npm run build" first')
  }
  const layout = electronLayout(platform)
  if (!existsSync(join(electronDist, layout.binary))) {
    throw new Error(`no Electron binary at ${join(electronDist, layout.binary)}`)
  }
  const target = join(outDir, `Inkstone-${platform}-${arch}`)
  const stage = join(outDir, '.stage')
  rmSync(target, { recursive: true, force: true })
  rmSync(stage, { recursive: true, force: true })
  mkdirSync(stage, { recursive: true })

  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const { name, productName, version, description, main, type } = manifest
  writeFileSync(
    join(stage, 'package.json'),
    JSON.stringify({ name, productName, version, description, main, type }, null, 2),
  )
  cpSync(join(root, 'out'), join(stage, 'out'), { recursive: true })
  for (const dir of options.modules) {
    cpSync(dir, join(stage, relative(root, dir)), { recursive: true, dereference: true })
  }

  cpSync(electronDist, target, { recursive: true, verbatimSymlinks: true })
  const resources = join(target, layout.resources)
  // With OnlyLoadAppFromAsar on, Electron's sample app must not be there to fall back to.
  rmSync(join(resources, 'default_app.asar'), { force: true })
  // The sample pages sit beside the archive, where the packaged app looks (process.resourcesPath).
  if (existsSync(join(root, 'seeds'))) {
    cpSync(join(root, 'seeds'), join(resources, 'seeds'), { recursive: true })
  }
  const asar = join(resources, 'app.asar')
  // Native addons cannot be loaded from inside an archive; they go to app.asar.unpacked.
  await createPackageWithOptions(stage, asar, { unpack: '*.node' })
  rmSync(stage, { recursive: true, force: true })

  const integrity = asarIntegrity(asar)
  if (platform === 'darwin') {
    recordIntegrityInPlist(join(target, 'Electron.app', 'Contents', 'Info.plist'), integrity.hash)
  }
  await flipInkstoneFuses(join(target, layout.binary), { platform, arch })
  return { target, asar, integrity }
}

const defaultElectronDist = (root: string) => join(root, 'node_modules', 'electron', 'dist')

const readFlag = (args: string[], flag: string) => {
  const at = args.indexOf(flag)
  return at >= 0 ? args[at + 1] : undefined
}

const main = async () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
  const args = process.argv.slice(2)
  const electronDist = resolve(readFlag(args, '--electron') ?? defaultElectronDist(root))
  const outDir = resolve(readFlag(args, '--out') ?? join(root, 'release'))
  const { target, integrity } = await packageApp({
    root,
    electronDist,
    outDir,
    platform: process.platform,
    arch: process.arch,
    modules: productionModules(root),
  })
  console.log(`packaged: ${target}`)
  console.log(
    `app.asar ${integrity.algorithm} ${integrity.hash}; fuses flipped (scripts/packaging/fuseConfig.ts)`,
  )
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`package: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  })
}
