import { useCallback, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { StoryId } from '../../../../shared/ids'
import type { Story } from '../../../../shared/types'
import { api } from '../../data/api'
import { querySnapshot } from '../../data/queryCache'
import { storyQuery } from '../reader/useStory'
import { reportActionFailure, runAction } from '../undo/runAction'
import { onPrintRequest } from './printBus'

const nextPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))

/** Printing the open story: which story the printable copy shows (null: none), and the ways in. */
export interface PrintController {
  printingId: StoryId | null
  print: () => void
  savePdf: () => void
}

/**
 * Prints the open story alone. The printable copy is mounted synchronously (flushSync) before
 * the browser lays out the printout: for our own Print, for the browser's menu (beforeprint),
 * and before main renders the page to a PDF; it goes away once printing is over.
 */
export const usePrint = (openId: StoryId | null): PrintController => {
  const { t } = useTranslation()
  const [printingId, setPrintingId] = useState<StoryId | null>(null)
  const openRef = useRef(openId)
  useEffect(() => {
    openRef.current = openId
  }, [openId])

  useEffect(() => {
    const before = () => {
      const id = openRef.current
      if (id !== null) flushSync(() => setPrintingId(id))
    }
    const after = () => setPrintingId(null)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])

  const mount = useCallback((): boolean => {
    if (openId === null) {
      reportActionFailure(t('transfer.print.noStory'))
      return false
    }
    flushSync(() => setPrintingId(openId))
    return true
  }, [openId, t])

  const print = useCallback(() => {
    if (mount()) window.print()
  }, [mount])

  const savePdf = useCallback(() => {
    if (!mount() || openId === null) return
    // The title is read from the cache, not subscribed to: a subscription here re-rendered the
    // whole shell each time a story arrived.
    const story = querySnapshot(storyQuery(openId).key)?.data as Story | null | undefined
    const title = story?.title
    // main renders what the page shows: wait until the copy has been laid out once.
    void nextPaint()
      .then(() => runAction(api.printSavePdf(title ?? 'Inkstone')))
      .finally(() => setPrintingId(null))
  }, [mount, openId])

  const latest = useRef({ print, savePdf })
  useEffect(() => {
    latest.current = { print, savePdf }
  })
  useEffect(
    () =>
      onPrintRequest((how) =>
        how === 'print' ? latest.current.print() : latest.current.savePdf(),
      ),
    [],
  )

  return { printingId, print, savePdf }
}
