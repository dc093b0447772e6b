import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// Each layer rule proves itself: a file planted in the layer (linted as if it were there, so
// nothing is written into src/) with one forbidden import must fail `npm run lint`, and the
// same file with an allowed import must pass.
const eslint = new ESLint({ cwd: process.cwd() })

const errorsOf = async (filePath: string, source: string): Promise<string[]> => {
  const [result] = await eslint.lintText(`${source}\nexport const probe = x\n`, { filePath })
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message)
}

type Plant = [layer: string, file: string, forbidden: string]

const FORBIDDEN: Plant[] = [
  ['core', 'src/main/core/library/probe.ts', "import x from 'electron'"],
  ['core', 'src/main/core/library/probe.ts', "import x from 'react'"],
  ['core', 'src/main/core/library/probe.ts', "import x from '../../shell/createMainWindow'"],
  ['core (deeper)', 'src/main/core/a/b/probe.ts', "import x from '../../../shell/hardenContents'"],
  ['core', 'src/main/core/library/probe.ts', "import x from '../../handlers/handlers'"],
  ['core', 'src/main/core/library/probe.ts', "import x from '../../web/startWebServer'"],
  ['core', 'src/main/core/library/probe.ts', "import x from '../../cli/runCli'"],
  ['core', 'src/main/core/library/probe.ts', "import x from '../../index'"],
  ['core', 'src/main/core/library/probe.ts', "import x from '../../cli'"],
  ['core', 'src/main/core/library/probe.ts', "import x from '../../../renderer/src/app/api'"],
  ['core', 'src/main/core/library/probe.ts', "import x from '../../../preload/buildApi'"],
  ['handler table', 'src/main/handlers/probe.ts', "import x from '../shell/createMainWindow'"],
  ['handler table', 'src/main/handlers/probe.ts', "import x from '../web/startWebServer'"],
  ['handler table', 'src/main/handlers/probe.ts', "import x from '../cli/runCli'"],
  ['handler table', 'src/main/handlers/probe.ts', "import x from '../../renderer/src/app/api'"],
  ['shell', 'src/main/shell/probe.ts', "import x from '../web/startWebServer'"],
  ['shell', 'src/main/shell/probe.ts', "import x from '../cli/runCli'"],
  ['shell', 'src/main/shell/probe.ts', "import x from '../../renderer/src/app/api'"],
  ['web', 'src/main/web/probe.ts', "import x from 'electron'"],
  ['web', 'src/main/web/probe.ts', "import x from '../shell/createMainWindow'"],
  ['web', 'src/main/web/probe.ts', "import x from '../cli/runCli'"],
  ['web', 'src/main/web/probe.ts', "import x from '../index'"],
  ['cli', 'src/main/cli/probe.ts', "import x from 'electron'"],
  ['cli', 'src/main/cli/probe.ts', "import x from '../shell/createMainWindow'"],
  ['cli', 'src/main/cli/probe.ts', "import x from '../handlers/handlers'"],
  ['cli', 'src/main/cli/probe.ts', "import x from '../web/startWebServer'"],
  ['preload', 'src/preload/probe.ts', "import x from '../main/core/library/openLibrary'"],
  ['preload', 'src/preload/probe.ts', "import x from 'node:fs'"],
  ['preload', 'src/preload/probe.ts', "import x from '../renderer/src/app/api'"],
  ['renderer', 'src/renderer/src/app/probe.ts', "import x from '../../../main/core/library/types'"],
  ['renderer', 'src/renderer/src/app/probe.ts', "import x from 'electron'"],
  ['renderer', 'src/renderer/src/app/probe.ts', "import x from 'better-sqlite3'"],
  ['renderer', 'src/renderer/src/app/probe.ts', "import x from '../../../preload/buildApi'"],
  ['shared', 'src/shared/probe.ts', "import x from '../main/core/library/types'"],
  ['shared', 'src/shared/probe.ts', "import x from 'react'"],
]

const ALLOWED: Array<[layer: string, file: string, allowed: string]> = [
  ['core', 'src/main/core/library/probe.ts', "import x from '../../../shared/contract'"],
  ['handler table', 'src/main/handlers/probe.ts', "import x from '../core/library/openLibrary'"],
  ['shell', 'src/main/shell/probe.ts', "import x from '../handlers/handlers'"],
  ['web', 'src/main/web/probe.ts', "import x from '../handlers/handlers'"],
  ['cli', 'src/main/cli/probe.ts', "import x from '../core/library/openLibrary'"],
  ['renderer', 'src/renderer/src/app/probe.ts', "import x from '../../../shared/contract'"],
  ['renderer', 'src/renderer/src/app/probe.ts', "import x from './Shell'"],
  ['shared', 'src/shared/probe.ts', "import x from './contract'"],
]

describe('layer rules', () => {
  it.each(FORBIDDEN)('%s: %s may not %s', async (_layer, file, source) => {
    expect((await errorsOf(file, source)).length).toBeGreaterThan(0)
  })

  it.each(ALLOWED)('%s: %s may %s', async (_layer, file, source) => {
    expect(await errorsOf(file, source)).toEqual([])
  })
})
