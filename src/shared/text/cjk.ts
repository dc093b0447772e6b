// Shared so the reader and core agree on what counts as Chinese, Japanese or Korean text.
// Two classes exist on purpose, each pinned by stored data: cleanup joins wrapped lines with
// CJK (BMP ranges, so the cleaned bodies highlights point into stay as they are), and the search
// index is cut into bigrams with CJK_SCRIPTS (Unicode scripts, astral Han such as 𠮷 included).

/** Han ideographs of the BMP (extension A, the unified block, compatibility), as a class body. */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff'

/** Han, kana and hangul as BMP ranges, as a class body: what cleanup and the splitter test. */
export const CJK = `${HAN}\\u3040-\\u30ff\\uac00-\\ud7af`

/** Han, kana and hangul by Unicode script, as a class body for `u`/`v` patterns: what search indexes. */
export const CJK_SCRIPTS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}'

const HAN_CHAR = new RegExp(`[${HAN}]`)
const CJK_CHAR = new RegExp(`[${CJK}]`)

/** True when the text holds at least one CJK character. */
export const hasCjk = (text: string): boolean => CJK_CHAR.test(text)

/** True when the text holds at least one Han ideograph (Chinese; kana or hangul alone are not). */
export const hasHan = (text: string): boolean => HAN_CHAR.test(text)
