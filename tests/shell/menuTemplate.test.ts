import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate } from '../../src/main/shell/buildMenuTemplate'
import type { MenuCommand } from '../../src/shared/contract'

const build = (overrides: { isMac?: boolean; isDev?: boolean } = {}) => {
  const sent: MenuCommand[] = []
  let abouts = 0
  const template = buildMenuTemplate({
    appName: 'Inkstone',
    isMac: overrides.isMac ?? false,
    isDev: overrides.isDev ?? false,
    send: (command) => sent.push(command),
    showAbout: () => {
      abouts += 1
    },
  })
  return { template, sent, abouts: () => abouts }
}

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])

const find = (items: MenuItemConstructorOptions[], label: string) => {
  const item = flatten(items).find((entry) => entry.label === label)
  if (!item) throw new Error(`no menu item ${label}`)
  return item
}

const click = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)()

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help menus on Windows and Linux', () => {
    const { template } = build()
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      'File',
      'editMenu',
      'View',
      'help',
    ])
  })

  it('sends the import commands from File with their accelerators', () => {
    const { template, sent } = build()
    const files = find(template, 'Import Files…')
    const folder = find(template, 'Import Folder…')
    expect(files.accelerator).toBe('CmdOrCtrl+O')
    expect(folder.accelerator).toBe('CmdOrCtrl+Shift+O')
    click(files)
    click(folder)
    click(find(template, 'Re-split All Pages'))
    expect(sent).toEqual(['import-files', 'import-folder', 'resplit'])
  })

  it('sends export, print, PDF, annotation import, backup and restore from File', () => {
    const { template, sent } = build()
    expect(find(template, 'Export…').accelerator).toBe('CmdOrCtrl+E')
    const print = find(template, 'Print Story…')
    // The page handles Ctrl/Cmd+P itself: registered here it would print twice.
    expect(print.registerAccelerator).toBe(false)
    for (const label of [
      'Export…',
      'Print Story…',
      'Save Story as PDF…',
      'Import Annotations…',
      'Back Up Library…',
      'Restore from Backup…',
    ]) {
      click(find(template, label))
    }
    expect(sent).toEqual(['export', 'print', 'save-pdf', 'import-annotations', 'backup', 'restore'])
  })

  it('offers Quit in File off macOS and the app menu on macOS', () => {
    expect(flatten(build().template).some((item) => item.role === 'quit')).toBe(true)
    const mac = build({ isMac: true }).template
    expect(mac[0].role).toBe('appMenu')
    expect(flatten(mac).some((item) => item.role === 'quit')).toBe(false)
  })

  it('has zoom roles and theme and search commands in View', () => {
    const { template, sent } = build()
    const roles = flatten(template).map((item) => item.role)
    expect(roles).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']))
    click(find(template, 'Toggle Theme'))
    const search = find(template, 'Search…')
    expect(search.registerAccelerator).toBe(false)
    click(search)
    expect(sent).toEqual(['toggle-theme', 'find'])
  })

  it('adds Reload and the developer tools only in development', () => {
    const devOnly = ['reload', 'forceReload', 'toggleDevTools']
    const roles = (isDev: boolean) => flatten(build({ isDev }).template).map((item) => item.role)
    expect(roles(false)).not.toEqual(expect.arrayContaining(['reload']))
    expect(roles(true)).toEqual(expect.arrayContaining(devOnly))
  })

  it('opens the shortcuts and the About box from Help', () => {
    const { template, sent, abouts } = build()
    click(find(template, 'Keyboard Shortcuts'))
    click(find(template, 'About Inkstone'))
    expect(sent).toEqual(['shortcuts'])
    expect(abouts()).toBe(1)
  })
})
