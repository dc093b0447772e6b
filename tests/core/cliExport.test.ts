import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COLLECTION_NAME, exportFixture, type ExportFixture } from './exportFixture'
import { runCliIn } from './cliHarness'

let fixture: ExportFixture
let libraryDir: string
const cli = (...argv: string[]) => runCliIn(fixture.dir, ['--library', libraryDir, ...argv])
const out = (name: string) => join(fixture.dir, 'out', name)

beforeAll(() => {
  fixture = exportFixture()
  libraryDir = join(fixture.dir, 'library')
})
afterAll(() => fixture.remove())

describe('inkstone export', () => {
  it('writes each format of a collection and prints what it wrote as JSON', () => {
    const files = { html: 'c.html', jsonld: 'c.jsonld', csv: 'c.csv', epub: 'c.epub' }
    for (const [format, name] of Object.entries(files)) {
      const run = cli(
        'export',
        '--collection',
        COLLECTION_NAME,
        '--format',
        format,
        '--out',
        out(name),
        '--json',
      )
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      const summary = JSON.parse(run.stdout)
      expect(Object.keys(summary).sort()).toEqual([
        'format',
        'highlights',
        'notes',
        'path',
        'stories',
      ])
      expect(summary).toMatchObject({ format, path: out(name), stories: 5, highlights: 8 })
      // Highlight notes (six) and the two stories' own notes.
      expect(summary.notes).toBe(8)
      expect(readFileSync(out(name)).length).toBeGreaterThan(100)
    }
    expect(readFileSync(out('c.csv'), 'utf8')).toContain('为8位劳模发放贷款2435万元')
  })

  it('writes markdown to a folder, one file per story and an index', () => {
    const run = cli(
      'export',
      '--collection',
      COLLECTION_NAME.toUpperCase(),
      '--format',
      'markdown',
      '--out',
      out('vault'),
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Exported 5 stories, 8 highlights and 8 notes as markdown/)
    const files = readdirSync(out('vault')).filter((name) => name.endsWith('.md'))
    expect(files).toHaveLength(6)
  })

  it('exports a tag, a query, chosen stories and the whole library, highlights only when asked', () => {
    const tag = JSON.parse(
      cli('export', '--tag', '帮扶', '--format', 'csv', '--out', out('t.csv'), '--json').stdout,
    )
    expect(tag.stories).toBe(3)
    const query = JSON.parse(
      cli('export', '--query', '劳模贷', '--format', 'jsonld', '--out', out('q.jsonld'), '--json')
        .stdout,
    )
    expect(query.stories).toBeGreaterThanOrEqual(1)
    const [first, second] = fixture.storyIds
    const chosen = JSON.parse(
      cli(
        'export',
        '--story',
        first,
        second,
        '--format',
        'html',
        '--out',
        out('s.html'),
        '--highlights-only',
        '--json',
      ).stdout,
    )
    expect(chosen).toMatchObject({ stories: 2, highlights: 5 })
    const all = JSON.parse(
      cli('export', '--all', '--format', 'csv', '--out', out('all.csv'), '--json').stdout,
    )
    expect(all.stories).toBe(fixture.library.listStories().length)
    expect(all.highlights).toBe(9)
  })

  it('says what is wrong, in one line, and writes nothing', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--format', 'csv', '--out', out('x.csv')], /choose one of --collection/],
      [['--all', '--tag', '帮扶', '--format', 'csv', '--out', out('x.csv')], /choose one of/],
      [
        ['--all', '--format', 'pdf', '--out', out('x.csv')],
        /--format must be one of markdown, html, jsonld, csv, epub/,
      ],
      [['--all', '--out', out('x.csv')], /missing option: --format/],
      [['--all', '--format', 'csv'], /missing option: --out/],
      [
        ['--collection', '没有这个', '--format', 'csv', '--out', out('x.csv')],
        /no collection named “没有这个”/,
      ],
      [['--tag', 'nope', '--format', 'csv', '--out', out('x.csv')], /no tag named “nope”/],
      [['--story', 'nope', '--format', 'csv', '--out', out('x.csv')], /no story with id "nope"/],
    ]
    for (const [argv, message] of cases) {
      const run = cli('export', ...argv)
      expect(run.code).not.toBe(0)
      expect(run.stderr).toMatch(message)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
    }
    expect(existsSync(out('x.csv'))).toBe(false)
  })
})
