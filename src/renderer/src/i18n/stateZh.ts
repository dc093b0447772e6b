import type { stateEn } from './stateEn'

/** 跨重新加载保留的状态：按最近打开排序。 */
export const stateZh: typeof stateEn = {
  sortLastOpened: '最近打开',
}
