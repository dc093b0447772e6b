import type { manageEn } from './manageEn'

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }

/** 文库管理的中文文字：版面名称、排序、右键菜单、删除。 */
export const manageZh: Strings<typeof manageEn> = {
  pages: {
    sortLabel: '版面排序',
    sortNewest: '最新在前',
    sortOldest: '最早在前',
    sortName: '按名称',
    filterLabel: '筛选版面',
    filterPlaceholder: '筛选版面',
    noMatch: '没有与“{{text}}”相符的版面。',
    fileName: '文件：{{name}}',
    renamePrompt: '版面名称',
  },
  menu: {
    story: '文章操作',
    page: '版面操作',
    tag: '标签操作',
    collection: '合集操作',
    open: '打开',
    markRead: '标为已读',
    markUnread: '标为未读',
    favorite: '加入收藏',
    unfavorite: '取消收藏',
    removeFromCollection: '从“{{name}}”中移除',
    deleteStory: '删除文章',
    showPage: '查看本版文章',
    renamePage: '重命名版面…',
    resetPageName: '恢复版面自带的名称',
    replacePage: '用文件替换…',
    deletePage: '删除版面…',
    showTag: '查看带此标签的文章',
    renameTag: '重命名或合并…',
    deleteTag: '删除标签',
    mergeInto: '合并到“{{name}}”',
    showCollection: '打开合集',
    renameCollection: '重命名合集…',
    deleteCollection: '删除合集',
    exportTo: '导出…',
  },
  deletePage: {
    title: '删除这个版面？',
    body_one: '“{{name}}”及其中的 {{count}} 篇文章将从文库中移除，高亮和笔记也一并移除。',
    body_other: '“{{name}}”及其中的 {{count}} 篇文章将从文库中移除，高亮和笔记也一并移除。',
    undoHint: '删除后可在随后出现的提示中撤销，或按 Ctrl+Z 撤销。',
    confirm: '删除版面',
    cancel: '取消',
  },
  removeShortcut: '将文章移出本合集（Delete 键）',
  keys: {
    menu: '打开文章、版面、标签或合集的操作菜单',
    delete: '删除文章（在合集中：将其移出合集）',
  },
}
