import { describe, expect, it } from 'vitest'
import { describeDetail, describeSkip, describeUndo } from '../../src/main/cli/describeMessage'
import { SKIP_CODES, UNDO_ACTIONS } from '../../src/shared/messages'

describe('the CLI says message codes in English', () => {
  it('has words for every skip reason and undo action', () => {
    for (const code of SKIP_CODES) expect(describeSkip({ code }), code).toMatch(/[a-z]/)
    for (const code of UNDO_ACTIONS) expect(() => describeUndo({ code })).not.toThrow()
  })

  it('says them as the CLI always has', () => {
    expect(describeSkip({ code: 'binary' })).toBe('binary file (not text)')
    expect(describeSkip({ code: 'notRegular', params: { kind: 'fifo' } })).toBe(
      'not a regular file (a FIFO)',
    )
    expect(describeSkip({ code: 'tooLarge', params: { sizeMb: 31, limitMb: 20 } })).toBe(
      'file too large (31 MB > 20 MB)',
    )
    expect(describeSkip({ code: 'tooSlow', params: { seconds: 15 } })).toBe(
      'took too long to read (over 15 s)',
    )
    expect(describeSkip({ code: 'unsupportedType', params: { extension: '' } })).toBe(
      'unsupported file type (no extension)',
    )
    expect(
      describeUndo({ code: 'mergeTags', params: { names: ['总工会', '工联'], into: '工会' } }),
    ).toBe('Merged “总工会”, “工联” into “工会”')
    expect(describeUndo({ code: 'legacy', params: { label: 'Deleted tag “旧”' } })).toBe(
      'Deleted tag “旧”',
    )
    expect(
      describeDetail({ key: 'fileRefused', params: { name: 'a.bin' }, reason: { code: 'binary' } }),
    ).toBe('a.bin: binary file (not text)')
  })
})
