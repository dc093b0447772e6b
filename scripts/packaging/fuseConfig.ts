import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses'
import type { FuseV1Config } from '@electron/fuses'

/**
 * Inkstone's Electron fuses (checklist item 19), flipped in the packaged binary before it is
 * signed. Every fuse of the wire is set on purpose: strictlyRequireAllFuses makes an Electron
 * upgrade that adds a fuse fail the packaging step until someone decides its value here.
 */
export const INKSTONE_FUSES = {
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node interpreter.
  [FuseV1Options.RunAsNode]: false,
  // Chromium's cookie store is encrypted with the OS keychain (the page sets no cookies anyway).
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (--require, --inspect...) could inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and --inspect-brk would open a debugger on the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash recorded at packaging, so a patched archive will not load.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only resources/app.asar is loaded: no app/ folder or default_app.asar can stand in for it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // One V8 snapshot for every process, as Electron ships it.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The page comes from app://inkstone/, so file:// keeps no privileges beyond a browser's.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // Electron's default: WebAssembly bounds checks through trap handlers.
  [FuseV1Options.WasmTrapHandlers]: true,
} as const satisfies Record<FuseV1Options, boolean>

/** The @electron/fuses configuration for one target; macOS arm64 needs its ad-hoc signature redone. */
export const fuseConfig = (target: { platform: string; arch: string }): FuseV1Config => ({
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  resetAdHocDarwinSignature: target.platform === 'darwin' && target.arch === 'arm64',
  ...INKSTONE_FUSES,
})

/** Flips Inkstone's fuses in the Electron binary (or .app bundle) at `binaryPath`. */
export const flipInkstoneFuses = (
  binaryPath: string,
  target: { platform: string; arch: string },
): Promise<number> => flipFuses(binaryPath, fuseConfig(target))
