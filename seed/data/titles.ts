/**
 * Demo 文明称号 for the fictional 示范市: titles at each level, one in 公示 now, one revoked after its
 * holder's confirmed 问责 and one 摘牌提议 waiting for a reviewer (seed/steps/titles.ts). The rule
 * "目标考核扣分、文明单位摘牌、领导干部问责" is Bengbu's, quoted in seed 002; names and events here are invented.
 */
import { daysAgo, daysAhead, SEED_DAY } from './clock.ts'

type Category = 'unit' | 'village' | 'family' | 'campus'
type Level = 'national' | 'province' | 'city'
export type SeedTitle = {
  slug: string
  category: Category
  level: Level
  year: number
  /** A unit code (seed/data/units.ts), or the name of a family, village or school not in the unit tree. */
  unit?: string
  holder?: string
  issuer: string
  citation: string[]
  notice?: { from: string; to: string }
  reviews?: { year: number; result: 'pass' | 'fail'; note?: string }[]
}

const thisYear = Number(SEED_DAY.slice(0, 4))

export const titles: SeedTitle[] = [
  {
    slug: 'national-traffic-police',
    category: 'unit',
    level: 'national',
    year: 2020,
    unit: 'dept-traffic',
    issuer: '中央精神文明建设指导委员会',
    citation: ['示范市交警支队常年开展“礼让斑马线”文明交通行动，路口执勤与宣传引导相结合。'],
    reviews: [{ year: 2023, result: 'pass' }],
  },
  {
    slug: 'national-no1-middle-school',
    category: 'campus',
    level: 'national',
    year: 2020,
    holder: '示范市第一中学',
    issuer: '中央精神文明建设指导委员会',
    citation: ['学校以志愿服务和文明礼仪教育为特色，组织学生参与“小手拉大手”文明交通宣传。'],
    reviews: [{ year: 2023, result: 'pass' }],
  },
  {
    slug: 'province-xinhua-street',
    category: 'unit',
    level: 'province',
    year: 2023,
    unit: 's-xinhua',
    issuer: '省精神文明建设委员会',
    citation: ['新华街道推进背街小巷环境整治，建立街巷长制，居民满意度逐年提高。'],
    reviews: [{ year: 2025, result: 'pass' }],
  },
  {
    slug: 'province-qingshan-village',
    category: 'village',
    level: 'province',
    year: 2023,
    holder: '瑞和区青山村',
    issuer: '省精神文明建设委员会',
    citation: ['青山村修订村规民约，设立红白理事会，倡导移风易俗。'],
  },
  {
    slug: 'province-wang-family',
    category: 'family',
    level: 'province',
    year: 2024,
    holder: '王秀英家庭',
    issuer: '省精神文明建设委员会',
    citation: ['王秀英一家三代孝老爱亲，常年照顾邻里孤寡老人。'],
  },
  {
    slug: 'city-heping-street',
    category: 'unit',
    level: 'city',
    year: 2022,
    unit: 's-heping',
    issuer: '示范市精神文明建设委员会',
    citation: ['和平街道2022年被授予市级文明单位称号。'],
    reviews: [{ year: 2024, result: 'pass' }],
  },
  {
    slug: 'city-market-regulation',
    category: 'unit',
    level: 'city',
    year: 2023,
    unit: 'dept-market',
    issuer: '示范市精神文明建设委员会',
    citation: ['市场监督管理局推行农贸市场“文明诚信摊位”评比。'],
  },
  {
    slug: 'city-urban-management',
    category: 'unit',
    level: 'city',
    year: 2024,
    unit: 'dept-urban',
    issuer: '示范市精神文明建设委员会',
    citation: ['城市管理局推行“721”工作法，七分服务、两分管理、一分执法。'],
  },
  {
    slug: 'city-experimental-primary',
    category: 'campus',
    level: 'city',
    year: 2024,
    holder: '示范市实验小学',
    issuer: '示范市精神文明建设委员会',
    citation: ['实验小学开设文明礼仪课堂，组建“红领巾”志愿服务队。'],
    reviews: [{ year: 2025, result: 'fail', note: '校园周边交通秩序不达标，限期一年整改' }],
  },
  {
    slug: 'city-zhang-family',
    category: 'family',
    level: 'city',
    year: 2025,
    holder: '张建国家庭',
    issuer: '示范市精神文明建设委员会',
    citation: ['张建国家庭热心社区志愿服务，坚持垃圾分类、文明养犬。'],
  },
  {
    slug: `city-guangming-street-${thisYear}`,
    category: 'unit',
    level: 'city',
    year: thisYear,
    unit: 's-guangming',
    issuer: '示范市精神文明建设委员会',
    citation: ['光明街道拟命名为市级文明单位，现予公示。'],
    notice: { from: daysAgo(2), to: daysAhead(5) },
  },
]

/** The 问责 recorded directly by a reviewer on 市场监督管理局 (its title's 摘牌提议 stays pending in the demo). */
export const marketRecord = {
  unit: 'dept-market',
  date: daysAgo(6),
  form: 'criticism' as const,
  summary: '农贸市场督查发现的占道经营、环境卫生问题整改不力，予以通报批评。',
}
