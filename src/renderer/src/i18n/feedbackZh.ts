import type { feedbackEn } from './feedbackEn'

/** 耗时操作（导入、重新拆分）进行中的提示。 */
export const feedbackZh: { [K in keyof typeof feedbackEn]: string } = {
  resplitStarting: '正在重新拆分版面…',
  resplitRunning: '正在重新拆分版面… {{done}} / {{total}}',
  currentFile: '当前：{{name}}',
  readProgress: '已读 {{percent}}%',
}
