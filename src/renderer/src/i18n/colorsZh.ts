import type { colorsEn } from './colorsEn'

/** 颜色名称（标签颜色与内置高亮颜色）。 */
export const colorsZh: { [K in keyof typeof colorsEn]: string } = {
  gray: '灰色',
  red: '红色',
  orange: '橙色',
  yellow: '黄色',
  green: '绿色',
  teal: '青色',
  blue: '蓝色',
  purple: '紫色',
  pink: '粉色',
  tagColor: '标签颜色：{{color}}',
  chooseTagColor: '为“{{name}}”选择颜色',
}
