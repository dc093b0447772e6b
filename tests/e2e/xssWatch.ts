/// <reference lib="dom" />
import type { Page } from '@playwright/test'

/** Everything that would show content became code, or reached out, while the page was watched. */
export interface Findings {
  /** alert/confirm/prompt/print/open called, or a CSP violation (something tried to run or load). */
  ran: string[]
  /** Dialogs the browser opened. */
  dialogs: string[]
  /** Elements or attributes in the live DOM that run or navigate: on*, javascript: URLs, frames. */
  dom: string[]
  /** Requests for anything but the bridge's own origin. */
  requests: string[]
  /** Main-frame navigations away from the app's page, frames and popups. */
  navigations: string[]
  /** Uncaught errors in the page. */
  pageErrors: string[]
  /**
   * Not failures: CSP reports of inline handlers, styles and <base> met while the sanitiser
   * parses a note in an inert DOMParser document (Chromium reports them at parse time; nothing
   * there can run or load, which the run without the CSP proves). Counted to show it is so.
   */
  inertParseReports: number
}

const REPORT = '__inkstoneXssReport'

// Runs in the page before any of its own scripts, in every document the page loads.
const installHooks = (report: string) => {
  const send = (kind: string, detail: string) => {
    const sink = (window as unknown as Record<string, unknown>)[report]
    if (typeof sink === 'function') void (sink as (k: string, d: string) => unknown)(kind, detail)
  }
  const hooked = window as unknown as Record<string, unknown>
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
    hooked[name] = (...args: unknown[]) => {
      send('ran', `${name}(${args.map(String).join(', ')})`)
      return name === 'confirm' ? false : null
    }
  }
  const PARSE_TIME = ['script-src-attr', 'style-src-attr', 'style-src-elem']
  document.addEventListener('securitypolicyviolation', (event) => {
    const directive = event.effectiveDirective
    const isParseTime =
      (PARSE_TIME.includes(directive) && event.blockedURI === 'inline') ||
      (directive === 'base-uri' && event.blockedURI === '')
    send(isParseTime ? 'inert' : 'ran', `CSP ${directive} blocked ${event.blockedURI}`)
  })

  // A clobbering payload (<form><input name="attributes">) hides an element's own properties,
  // so the watcher reads elements only through the prototypes' getters, taken before any
  // payload could change them.
  const getter = (name: string) => Object.getOwnPropertyDescriptor(Element.prototype, name)!.get!
  const localNameOf = getter('localName')
  const outerHtmlOf = getter('outerHTML')
  const { getAttribute, getAttributeNames, querySelectorAll } = Element.prototype
  const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc']
  const LIVE_URL = /^(javascript|vbscript|data:text\/html|data:application)/
  const FRAMES = new Set(['iframe', 'frame', 'object', 'embed', 'base', 'portal', 'applet'])
  const describe = (element: Element) => String(outerHtmlOf.call(element)).slice(0, 200)
  const checkAttribute = (element: Element, name: string, value: string) => {
    const lower = name.toLowerCase()
    if (lower.startsWith('on')) send('dom', `@${lower} on ${describe(element)}`)
    // What a browser ignores in a URL: whitespace and controls anywhere, case.
    const url = value.replace(/[\u0000-\u0020\u007f-\u00a0\u2028\u2029]/g, '').toLowerCase()
    if (URL_ATTRIBUTES.includes(lower) && LIVE_URL.test(url))
      send('dom', `@${lower}=${url.slice(0, 60)} on ${describe(element)}`)
    if (lower === 'http-equiv' && value.toLowerCase() !== 'content-security-policy')
      send('dom', `meta http-equiv ${describe(element)}`)
  }
  const checkElement = (element: Element) => {
    const name = String(localNameOf.call(element))
    if (FRAMES.has(name)) send('dom', `<${name}> ${describe(element)}`)
    // The app's own module script is the only one: same origin, under /assets/.
    if (name === 'script') {
      const src = getAttribute.call(element, 'src') ?? ''
      const url = new URL(src || 'x:', location.href)
      if (!src || url.origin !== location.origin || !url.pathname.startsWith('/assets/'))
        send('dom', `<script> ${describe(element)}`)
    }
    for (const attribute of getAttributeNames.call(element))
      checkAttribute(element, attribute, getAttribute.call(element, attribute) ?? '')
  }
  const checkTree = (node: Node) => {
    if (!(node instanceof Element)) return
    checkElement(node)
    for (const element of querySelectorAll.call(node, '*')) checkElement(element)
  }
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) {
        const value = getAttribute.call(record.target, record.attributeName ?? '')
        if (value !== null) checkAttribute(record.target, record.attributeName ?? '', value)
      }
      for (const node of record.addedNodes) checkTree(node)
    }
  }).observe(document, { subtree: true, childList: true, attributes: true })
}

/**
 * Watches `page` for any sign that content became code or reached out, from before the app's
 * first script on. Call before the first navigation; read the findings at the end.
 */
export const watchForCode = async (page: Page, appUrl: string): Promise<Findings> => {
  const findings: Findings = {
    ran: [],
    dialogs: [],
    dom: [],
    requests: [],
    navigations: [],
    pageErrors: [],
    inertParseReports: 0,
  }
  const app = new URL(appUrl)
  await page.exposeFunction(REPORT, (kind: 'ran' | 'dom' | 'inert', detail: string) => {
    if (kind === 'inert') findings.inertParseReports += 1
    else findings[kind].push(detail)
  })
  await page.addInitScript(installHooks, REPORT)
  page.on('dialog', (dialog) => {
    findings.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss().catch(() => {})
  })
  page.on('request', (request) => {
    const url = request.url()
    // The page's own favicon is the empty data: URL in index.html.
    if (url === 'data:,') return
    if (!url.startsWith(`${app.origin}/`)) findings.requests.push(url.slice(0, 200))
  })
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) {
      findings.navigations.push(`frame: ${frame.url().slice(0, 200)}`)
      return
    }
    const url = new URL(frame.url())
    if (url.origin !== app.origin || url.pathname !== app.pathname)
      findings.navigations.push(url.href.slice(0, 200))
  })
  page.on('popup', (popup) => findings.navigations.push(`popup: ${popup.url()}`))
  page.on('pageerror', (error) => findings.pageErrors.push(error.message.slice(0, 300)))
  // Nothing may leave; should anything try, it is recorded above and goes nowhere.
  await page.route(
    (url) => url.origin !== app.origin,
    (route) => route.abort('blockedbyclient'),
  )
  return findings
}

/** Serves the app's page without its Content Security Policy (header and <meta>), for tests only. */
export const stripContentSecurityPolicy = async (page: Page, appUrl: string): Promise<void> => {
  const app = new URL(appUrl)
  await page.route(
    (url) => url.origin === app.origin && (url.pathname === '/' || url.pathname === '/index.html'),
    async (route) => {
      const response = await route.fetch()
      const headers = { ...response.headers() }
      delete headers['content-security-policy']
      const body = (await response.text()).replace(
        /<meta http-equiv="Content-Security-Policy"[^>]*>/i,
        '',
      )
      await route.fulfill({ response, headers, body })
    },
  )
}
