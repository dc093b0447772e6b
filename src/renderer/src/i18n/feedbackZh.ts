import type { feedbackEn } from './feedbackEn'

/** 耗时操作（导入、重新拆分）进行中的提示。 */
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }

export const feedbackZh: Strings<typeof feedbackEn> = {
  resplitStarting: '正在重新拆分版面…',
  resplitRunning: '正在重新拆分版面… {{done}} / {{total}}',
  currentFile: '当前：{{name}}',
  readProgress: '已读 {{percent}}%',
  keyNames: {
    Space: '空格',
    click: '点击',
    Menu: '菜单键',
    PgDn: 'PgDn',
  },
}
