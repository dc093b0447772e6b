import { useEffect, useRef } from 'react'
import type { MenuCommand } from '../../../shared/contract'
import { api } from '../data/api'

/** Runs the page's side of a desktop menu item (the page owns dialogs, search and theme). */
export const useMenuCommands = (handlers: Record<MenuCommand, () => void>): void => {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  useEffect(() => api.onMenuCommand(({ command }) => latest.current[command]?.()), [])
}
