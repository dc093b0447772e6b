import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './src/main/handlers/csp'

// The built page carries the same strict CSP as the headers (file:// pages get no headers);
// the dev server's inline React-refresh script would break under it, so dev relies on the
// looser header policy alone. frame-ancestors is header-only and is left out of the <meta>.
const cspMeta = (): Plugin => ({
  name: 'inkstone-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: CONTENT_SECURITY_POLICY.split('; ')
          .filter((d) => !d.startsWith('frame-ancestors'))
          .join('; '),
      },
      injectTo: 'head-prepend',
    },
  ],
})

// The first screen's scripts (the entry and the app's chunk) ask V8 to compile every function
// as the file is read, on the streaming thread (Chromium's explicit compile hints), instead of
// one by one on the page's thread the first time each runs. After minifying, which drops
// comments.
const compileHints = (): Plugin => ({
  name: 'inkstone-compile-hints',
  apply: 'build',
  enforce: 'post',
  generateBundle: (_options, bundle) => {
    for (const item of Object.values(bundle)) {
      if (item.type !== 'chunk') continue
      if (!item.isEntry && !item.facadeModuleId?.endsWith('/app/startApp.tsx')) continue
      item.code = `//# allFunctionsCalledOnLoad\n${item.code}`
    }
  },
})

// Native and CommonJS-heavy packages stay external in main: better-sqlite3 loads its
// own prebuilt N-API binary, and @node-rs/jieba picks its platform package at run time.
const mainExternal = ['better-sqlite3', '@node-rs/jieba', 'lunr', 'lunr-languages', 'htmlparser2']

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        external: mainExternal,
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli.ts'),
          web: resolve(__dirname, 'src/main/web/serveWeb.ts'),
          indexWorker: resolve(__dirname, 'src/main/workers/indexWorker.ts'),
          importWorker: resolve(__dirname, 'src/main/workers/importWorker.ts'),
          backupWorker: resolve(__dirname, 'src/main/workers/backupWorker.ts'),
          resplitWorker: resolve(__dirname, 'src/main/workers/resplitWorker.ts'),
          restoreWorker: resolve(__dirname, 'src/main/workers/restoreWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      // electron-vite leaves the renderer unminified; minified, the page has a third of the
      // script to parse before its first request.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [react(), cspMeta(), compileHints()],
  },
})
