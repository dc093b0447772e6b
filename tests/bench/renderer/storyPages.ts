// Pages of many small Chinese stories for the renderer bench (until the bench corpus generator
// lands): a headline, a blank line, one 本报讯 paragraph, a blank line; the splitter cuts each.

const PHRASES = [
  '市总工会开展帮扶送温暖活动，走访慰问困难职工家庭',
  '劳模代表深入基层一线，与职工面对面交流技术经验',
  '疗休养活动让一线职工在紧张工作之余得到休整',
  '各级工会组织积极推进职工书屋建设，丰富职工文化生活',
  '区总工会举办职业技能竞赛，选拔优秀技术人才',
  '企业工会完善集体协商制度，维护职工合法权益',
  '困难职工帮扶中心为职工提供法律援助和就业服务',
  '新就业形态劳动者入会工作取得明显成效',
]
const TOPICS = ['工会', '劳模', '职工', '帮扶', '技能', '书屋', '协商', '维权', '春风', '暖心']

const paragraph = (index: number, chars: number): string => {
  const parts = [`本报讯（记者 林${TOPICS[index % TOPICS.length]}）第${index + 1}号稿件。`]
  let length = parts[0].length
  for (let step = 0; length < chars; step += 1) {
    const phrase = PHRASES[(index * 7 + step * 3) % PHRASES.length]
    const sentence = `${phrase}，${TOPICS[(index + step) % TOPICS.length]}工作第${step + 1}项。`
    parts.push(sentence)
    length += sentence.length
  }
  return parts.join('')
}

/** The headline of story `index` (unique, so the list and search can find it). */
export const storyHeadline = (index: number): string =>
  `${TOPICS[index % TOPICS.length]}简讯第${index + 1}篇`

/** One page's text holding stories `from` .. `from + count - 1`. */
export const storyPageText = (from: number, count: number, chars = 1500): string => {
  const lines: string[] = []
  for (let index = from; index < from + count; index += 1) {
    lines.push(storyHeadline(index), '', paragraph(index, chars), '')
  }
  return lines.join('\n')
}
