// The 500 most frequent Chinese characters (folded to simplified), most frequent first, as
// jieba's dictionary counts them (tests/core/commonCharsFromDict.ts made this list, and a test
// checks it still does). The index's one-character column holds only these: a query for one
// of them finds hundreds of bigrams in the text, so it asks that column; a rarer character
// begins few bigrams, and asking for them (X*) takes a few milliseconds at most (about twice
// the column's time). Half of a story's distinct characters are rarer than these, so the column
// is half as long and the index holds 15 % fewer tokens (9 % less import work at 10,000 stories).
export const COMMON_CHARS = [
  '一是人了不在有大中国和为这上他个地年来我会以到时要出的生学说道民家子也成行下于们后就发自之对得着主长',
  '可过天作分方用多你部能市等业全里工公经本都而高政法面门动日进区事代那去心小同北定开产前其军还然起种所',
  '如现理机体表力好外与当文两实重幺新三只山水关明从化平建又制南内西没此将员名手最东头者月间无安看见各城',
  '十相但已些正口通想度加第她合院物性战由位常点海意场武使次向二治因立数样身情入原问把路被并利石老教万知',
  '级量任江及应省资委务元美特期世湖回系比气汉总展电科金先声提品设或义王社很统处四首共马形己儿司太目基领',
  '队直计别女权话少流命至报米给打变果书清活几州华解议更称程今张决导术府才保交放管结师便走达族反再题色五',
  '京河接条规县式白它改风光运信受什组听布百济党指论强做干取技黄神选记斯真却职号界件花类何眼兵传带空农边',
  '据集联古广完质阳难增历史专官每住商即步台认车林必死游举线备言皇土团收考求德叫近争研非具李众连调感转笑',
  '革该持始英克士尔让拉思根格造较际亲单朝红型价校约器字段周亚深候则属功积快图火准千究往极育装许参半令吃',
  '观鱼精办像帝八复影告随远群包整构料划算象容示投势热值网夫望源息语股铁断派速怎需片爱律纪支早况病境证编',
].join('')
