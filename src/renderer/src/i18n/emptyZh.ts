import type { emptyEn } from './emptyEn'

/** 各视图没有内容时的说明：为什么是空的，下一步可以做什么。 */
export const emptyZh: { [K in keyof typeof emptyEn]: string } = {
  allTitle: '没有可显示的文章',
  allBody: '导入一个版面，或在文库中选择其他视图。',
  favoritesTitle: '还没有收藏',
  favoritesBody: '在文章上点星标（或阅读时按 s），文章就会出现在这里。',
  tagTitle: '没有带这个标签的文章',
  tagBody:
    '在文章的标签栏添加这个标签，或在列表中选中多篇文章一起添加。带这个标签的高亮在“高亮”视图中。',
  collectionTitle: '这个合集还是空的',
  collectionBody:
    '打开一篇文章并选择“加入合集…”，或在列表中选中多篇文章一起加入。拖动文章即可调整顺序。',
  highlightsTitle: '还没有高亮',
  highlightsBody: '在文章中选中文字，再选一种颜色即可高亮。',
  highlightsFilteredTitle: '没有符合条件的高亮',
  highlightsFilteredBody: '换一种颜色、标签、版面或关键词试试，或清除筛选条件。',
}
