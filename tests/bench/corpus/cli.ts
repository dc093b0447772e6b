// `npx node bin/run-ts.mjs tests/bench/corpus/cli.ts --size 10000 --out /tmp/corpus10k [--seed 9]
// [--check]`: writes the synthetic corpus; --check imports it into a temp library and prints
// how many stories Inkstone's splitter found next to how many were written.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { openLibrary } from '../../../src/main/core/library/openLibrary'
import { generateCorpus } from './generateCorpus'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '9' },
    check: { type: 'boolean', default: false },
  },
})
const outDir = values.out ?? join(tmpdir(), `inkstone-corpus-${values.size}`)
const t0 = performance.now()
const summary = generateCorpus({ stories: Number(values.size), seed: Number(values.seed), outDir })
const ms = performance.now() - t0
console.log(
  `wrote ${summary.stories} stories on ${summary.pages} pages, ` +
    `${(summary.characters / 1e6).toFixed(2)} M characters, to ${outDir} in ${ms.toFixed(0)} ms`,
)
if (values.check) {
  const dir = mkdtempSync(join(tmpdir(), 'inkstone-corpus-check-'))
  try {
    const library = openLibrary(dir)
    const t1 = performance.now()
    const report = library.importPaths([outDir])
    const kinds = new Map<string, number>()
    for (const story of library.listStories())
      kinds.set(story.kind, (kinds.get(story.kind) ?? 0) + 1)
    library.close()
    console.log(
      `Inkstone split ${report.files} files into ${report.stories} stories ` +
        `(generated ${summary.stories}) in ${(performance.now() - t1).toFixed(0)} ms; ` +
        `kinds: ${[...kinds].map(([kind, n]) => `${kind} ${n}`).join(', ')}`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
