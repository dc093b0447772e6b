import { chance, pick, type Random } from './prng'

// Surnames Inkstone's byline reader knows (core/text/bylineCues.ts): a credit is only read as
// one when its names start with a common surname.
const SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘',
)
const GIVEN = Array.from('伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娟建文辉力峰国斌')

/** A Chinese name of two or three characters. */
export const personName = (random: Random): string =>
  pick(random, SURNAMES) + pick(random, GIVEN) + (chance(random, 0.6) ? pick(random, GIVEN) : '')

const PLACES = Array.from('东南西北中').map((c) => `城${c}`)
const CITIES = ['盐城', '合肥', '南京', '苏州', '无锡', '芜湖', '常州', '扬州', '徐州', '淮安']
const ORG_TAILS = ['总工会', '工会', '劳模协会', '职工服务中心', '妇女联合会', '人民医院']

/** An organisation's name (市总工会, 盐城城东工会…): headlines that name one open a story. */
export const orgName = (random: Random): string =>
  (chance(random, 0.5) ? pick(random, CITIES) + '市' : pick(random, PLACES) + '区') +
  pick(random, ORG_TAILS)

/** Column labels seen on newsletter pages (core/text/headingCues.ts knows these). */
export const COLUMN_LABELS = ['新闻速递', '工运潮汛', '基层动态', '一线传真', '图说新闻', '简讯']
