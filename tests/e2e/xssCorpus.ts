import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { OBJECT_KEY_NAMES, OWN_VECTORS } from './fixtures/xss/ownVectors'

// The attack corpus (tests/e2e/fixtures/xss, README.md there) and the pages, names and notes
// built from it for xssCorpus.spec.ts.

const FIXTURES = resolve(import.meta.dirname, 'fixtures/xss')

const readVectors = (file: string): string[] =>
  (
    JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as {
      vectors: Array<{ payload: string }>
    }
  ).vectors.map((vector) => vector.payload)

/** Every vector: DOMPurify's test payloads, OWASP's cheat sheet, then Inkstone's own. */
export const VECTORS: readonly string[] = [
  ...new Set([...readVectors('dompurify.json'), ...readVectors('owasp.json'), ...OWN_VECTORS]),
]

const LIVE = /on\w+\s*=|javascript:|<script|srcdoc|data:text/i

/** Short live vectors (one line, at most `max` characters) for names with a length limit. */
export const shortVectors = (max: number): string[] =>
  VECTORS.filter((vector) => vector.length <= max && !/[\n\r]/.test(vector) && LIVE.test(vector))

/** Splits a list into `count` nearly equal runs. */
export const batches = <T>(items: readonly T[], count: number): T[][] =>
  Array.from({ length: count }, (_, index) =>
    items.slice(
      Math.floor((index * items.length) / count),
      Math.floor(((index + 1) * items.length) / count),
    ),
  )

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

const body = (index: number) =>
  `本报讯（记者 林安）第${index + 1}号稿件。安全检查稳步推进，基层职工反响良好，各项措施落实到位。`

/** Headlines shown in the reader and list: each carries a short vector as literal text. */
export const HEADLINE_VECTORS = shortVectors(60).slice(0, 12)

/**
 * The pages to import, as [file name, contents]. Structured pages keep their vectors as text
 * (escaped HTML, plain lines), so the reader shows them; raw pages hold them as live markup for
 * the importer to read; file names carry vectors too (no `/`: not allowed in a file name).
 */
export const buildPages = (): Array<[string, string]> => {
  const lines = (vectors: string[]) => vectors.map((vector) => vector.replaceAll('\n', ' '))
  const [htmlText, markdownText, plainText] = batches(VECTORS, 3)

  const htmlStories = batches(htmlText, 6).map(
    (run, index) =>
      `<h2>头条新闻 ${escapeHtml(HEADLINE_VECTORS[index] ?? '')}</h2>\n<p>${body(index)}</p>\n` +
      run.map((vector) => `<p>${escapeHtml(vector)}</p>`).join('\n'),
  )
  const escapedHtml = `<!doctype html><meta charset=utf-8><title>${escapeHtml(VECTORS[0])}</title><body>${htmlStories.join('\n')}</body>`

  const rawHtml = batches(VECTORS, 3).map(
    (run, index) =>
      `<!doctype html><meta charset=utf-8><title>原始页面${index + 1}</title><body><h1>原始标记第${index + 1}页</h1><p>${body(index)}</p>\n` +
      run.map((vector) => `<div>${vector}</div><p>${body(index)}</p>`).join('\n'),
  )

  const markdown = batches(markdownText, 6)
    .map(
      (run, index) =>
        `# 要闻 ${HEADLINE_VECTORS[index + 6] ?? ''}\n\n${body(index)}\n\n` +
        run.map((vector) => `${vector}\n`).join('\n'),
    )
    .join('\n')

  const text = batches(plainText, 6)
    .map(
      (run, index) =>
        `快讯第${index + 1}条 ${HEADLINE_VECTORS[(index + 3) % HEADLINE_VECTORS.length]}\n\n${body(index)}${lines(run).join('')}\n`,
    )
    .join('\n')

  const small = (headline: string) => `${headline}\n\n${body(0)}\n`
  return [
    ['xss-escaped.html', escapedHtml],
    ...rawHtml.map((html, index): [string, string] => [`xss-raw-${index + 1}.html`, html]),
    ['xss-vectors.md', markdown],
    ['xss-vectors.txt', text],
    ['<img src=x onerror=alert(70)>.txt', small('文件名测试一')],
    ['"><svg onload=alert(71)>.md', `# 文件名测试二\n\n${body(1)}\n`],
    ["<iframe src=javascript:alert('72')>.html", `<h1>文件名测试三</h1><p>${body(2)}</p>`],
    ['javascript:alert(73).txt', small('文件名测试四')],
    ['&lt;script&gt;alert(74)&lt;.txt', small('文件名测试五')],
  ]
}

// A page with NUL or other C0 controls is refused as binary; such vectors still reach notes.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g

/** Writes the pages into a fresh folder and answers their paths. */
export const writePages = (): string[] => {
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-xss-'))
  return buildPages().map(([name, contents]) => {
    const path = join(dir, name)
    writeFileSync(path, contents.replace(CONTROLS, ''), 'utf8')
    return path
  })
}

/** Tag names (at most 100 characters; the bridge trims them). */
export const TAG_NAMES = [...shortVectors(100).slice(12, 24), ...OBJECT_KEY_NAMES]

/** Collection names (at most 200 characters). */
export const COLLECTION_NAMES = [
  ...shortVectors(200).slice(24, 32),
  ...OBJECT_KEY_NAMES.slice(0, 3),
]

/** Page names given by renaming (at most 500 characters). */
export const PAGE_NAMES = shortVectors(500).slice(32, 40)

/** The five highlight colours' names (at most 40 characters each). */
export const COLOR_NAMES = shortVectors(40).slice(0, 5)

/** Markdown notes, most of the corpus each, for story notes and highlight notes. */
export const noteBatches = (count: number): string[] =>
  batches(VECTORS, count).map((run) => run.join('\n\n'))
