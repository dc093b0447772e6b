import type { readingEn } from './readingEn'

/** 阅读栏的中文文字：专注模式、键盘阅读、拆分与排版。 */
export const readingZh: typeof readingEn = {
  focusMode: '专注模式：只显示正文（f）',
  leaveFocusMode: '退出专注模式（Esc）',
  splitDone: '已拆分为两篇，现在显示后一篇。',
  splitNowhere: '请先把光标放在第一段之后的段落中，再按 Shift+S 从那里拆分。',
  keys: {
    focusMode: '专注模式：只显示正文',
    scroll: '滚动正在阅读的文章（按 Enter 后键盘即归正文）',
    split: '从光标所在段落之前拆分文章',
  },
  typography: {
    title: '阅读排版',
    font: '字体',
    fontSans: '黑体',
    fontSerif: '宋体',
    fontKai: '楷体',
    fontMissing: '本机未安装此字体，将使用最接近的字体。',
    lineHeight: '行距',
    lineHeightValue: '{{value}} 倍',
    columnWidth: '栏宽',
    columnWidthValue: '每行 {{chars}} 字',
    paragraphSpacing: '段间距',
    paragraphSpacingValue: '{{value}} 字高',
    indent: '段首缩进两字',
  },
}
