import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/runCli'
import { terminalSafe } from '../../src/main/cli/terminalSafe'
import { runCliIn } from './cliHarness'
import { tempDir } from './tempDir'

// What a hostile page can carry to the reader's terminal: a window title, an OSC 52 clipboard
// write, an OSC 8 link disguised as plain text, a clear screen, the 8-bit CSI and a bidi override.
const ESC = '\u001b'
const BEL = '\u0007'
const TITLE = `${ESC}]0;pwned${BEL}`
const CLIPBOARD = `${ESC}]52;c;cm0gLXJmIH4=${BEL}`
const LINK = `${ESC}]8;;http://evil.example${ESC}\\点此${ESC}]8;;${ESC}\\`
const CLEAR = `${ESC}[2J${ESC}[H`
const CSI8 = '\u009b31m'
const BIDI = '\u202e'
const PAYLOAD = `${TITLE}${CLIPBOARD}${LINK}${CLEAR}${CSI8}${BIDI}`

/** Anything a terminal acts on: C0 but newline and tab, DEL, C1, bidi overrides and isolates. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

const PAGE = [
  `劫持标题${PAYLOAD}夜读`,
  '',
  `本报记者 林晓${CLEAR}`,
  '',
  `市图书馆城市书房延长开放时间至晚上十点${PAYLOAD}，方便职工下班后阅读，每晚安排一场读书分享会。`,
  '',
].join('\n')

let temp: ReturnType<typeof tempDir>
let library: string
let pages: string
beforeEach(() => {
  temp = tempDir('cli-terminal')
  library = join(temp.dir, 'library')
  pages = join(temp.dir, 'pages')
  mkdirSync(pages)
  writeFileSync(join(pages, `快讯${TITLE}${CSI8}.txt`), PAGE, 'utf8')
  // Skipped (not a page), so its name comes back in the import report's reasons.
  writeFileSync(join(pages, `scan${CLIPBOARD}.pdf`), '%PDF-1.4')
})
afterEach(() => temp.remove())

const cli = (...argv: string[]) => runCliIn(temp.dir, [...argv, '--library', library])

describe('inkstone CLI: what it prints of imported content', () => {
  it('strips terminal controls from every human line, and keeps them escaped in JSON', () => {
    const runs = [cli('import', pages), cli('import', join(pages, `scan${CLIPBOARD}.pdf`))]
    expect(runs[1].stdout).toContain('Skipped 1 file')
    const [story] = JSON.parse(cli('stories', '--json').stdout) as Array<{ id: string }>
    expect(cli('tag', story.id, `标签${CLEAR}`).code).toBe(0)
    const quote = JSON.parse(cli('show', story.id, '--json').stdout).body.slice(0, 6) as string
    expect(cli('highlight', story.id, '--quote', quote, '--note', `批注${PAYLOAD}`).code).toBe(0)
    expect(cli('note', story.id, `笔记${PAYLOAD}`).code).toBe(0)
    const commands = [
      ['stories'],
      ['stories', '--full'],
      ['show', story.id],
      ['search', '劫持标题'],
      ['sources'],
      ['highlights'],
      ['tags'],
      ['note', story.id],
      ['favorite', story.id],
      ['stories', '--source', `快讯${CLIPBOARD}`],
    ]
    for (const argv of commands) runs.push(cli(...argv))
    // The content really is there, so a clean output is the stripping, not an empty answer.
    expect(runs.map((run) => run.stdout).join('')).toContain('劫持标题')
    expect(runs.map((run) => run.stdout).join('')).toContain('批注')
    const labels = ['import', 'import pdf', ...commands.map((argv) => argv.join(' '))]
    for (const [index, run] of runs.entries()) {
      expect(run.stdout, labels[index]).not.toMatch(CONTROLS)
      expect(run.stderr, labels[index]).not.toMatch(CONTROLS)
    }
    for (const argv of [
      ['stories', '--full'],
      ['sources'],
      ['highlights'],
      ['search', '劫持标题'],
    ]) {
      const { stdout } = cli(...argv, '--json')
      expect(stdout).not.toMatch(CONTROLS)
      expect(JSON.stringify(JSON.parse(stdout))).toContain('\\u001b')
    }
  })

  it('leaves only its own bold in search results on a terminal', () => {
    expect(cli('import', pages).code).toBe(0)
    let stdout = ''
    const io = {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => true },
      isTTY: true,
      platform: 'linux' as const,
      env: { XDG_CONFIG_HOME: join(temp.dir, 'config') },
      homedir: temp.dir,
    }
    expect(runCli(['search', '城市书房', '--library', library], io)).toBe(0)
    expect(stdout).toContain('\u001b[1m城市书房\u001b[22m')
    expect(stdout.replaceAll('\u001b[1m', '').replaceAll('\u001b[22m', '')).not.toMatch(CONTROLS)
  })

  it('terminalSafe keeps text, newlines and tabs and drops every control', () => {
    expect(terminalSafe(`a\tb\nc${PAYLOAD}d\r\u0000\u007f\u0085\u2066e`)).toBe(
      'a\tb\nc]0;pwned]52;c;cm0gLXJmIH4=]8;;http://evil.example\\点此]8;;\\[2J[H31mde',
    )
  })
})
