import type { replacePageEn } from './replacePageEn'

/** 用文件替换版面时显示的中文文字。 */
export const replacePageZh: Record<keyof typeof replacePageEn, string> = {
  running: '正在用“{{file}}”替换“{{page}}”…',
  busyButton: '正在替换这个版面…',
}
