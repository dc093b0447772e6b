import { describe, expect, it } from 'vitest'
import { parseQuery } from '../../src/main/core/search/parseQuery'

describe('parseQuery', () => {
  it('splits words on spaces; all are required', () => {
    expect(parseQuery('  市总工会   劳模 ')).toEqual({
      include: ['市总工会', '劳模'],
      exclude: [],
      filters: [],
    })
  })

  it('reads ASCII, Chinese and full-width quotes as phrases', () => {
    expect(parseQuery('"Trade  Union" “两节”送温暖 ＂工会＂').include).toEqual([
      'trade union',
      '两节',
      '送温暖',
      '工会',
    ])
  })

  it('reads an unterminated quote to the end', () => {
    expect(parseQuery('劳模 "困难 职工').include).toEqual(['劳模', '困难 职工'])
  })

  it('excludes -word and -"phrase", but keeps inner dashes and lone dashes out', () => {
    expect(parseQuery('工会 -困难 -"市 总工会" covid-19 - ')).toEqual({
      include: ['工会', 'covid-19'],
      exclude: ['困难', '市 总工会'],
      filters: [],
    })
  })

  it('folds case and width', () => {
    expect(parseQuery('UNION ＡＢＣ').include).toEqual(['union', 'abc'])
  })

  it('returns key:value tokens as filters instead of text', () => {
    expect(parseQuery('Tag:News 工会 -color:red has:note source:"Page One.txt" is:unread')).toEqual(
      {
        include: ['工会'],
        exclude: [],
        filters: [
          { key: 'tag', value: 'News', isNegated: false },
          { key: 'color', value: 'red', isNegated: true },
          { key: 'has', value: 'note', isNegated: false },
          { key: 'source', value: 'Page One.txt', isNegated: false },
          { key: 'is', value: 'unread', isNegated: false },
        ],
      },
    )
  })

  it('keeps URLs, times and empty values as text', () => {
    expect(parseQuery('https://example.org 12:30 note:').include).toEqual([
      'https://example.org',
      '12:30',
      'note:',
    ])
  })

  it('drops empty phrases and repeats', () => {
    expect(parseQuery('"" “” 工会 工会')).toEqual({ include: ['工会'], exclude: [], filters: [] })
  })
})
