/**
 * Demo 新时代文明实践 and 志愿服务 for 示范市. The activities follow what the seed articles report:
 * Bengbu's "千名干警上路面" and "万名司机礼让斑马线" volunteer campaigns (seed 002, 蚌埠市) and Jinan
 * Lixia's "我爱济南，我为泉城代言" practice activity (seed 003, 济南市历下区), quoted and attributed
 * there; the demo city holds its own, at fictional places. Times are Beijing time on days counted
 * from the seeding day (upcoming stay upcoming); volunteers' names and phones are invented.
 */
import type { PRACTICE_LEVELS } from '../../cms/domain/contentTypes/index.ts'
import type { SeedImage, Status } from './types.ts'

export type SeedCentre = {
  slug: string
  name: string
  level: keyof typeof PRACTICE_LEVELS
  unit: string
  street?: string
  address: string
  openingHours: string
  phone?: string
  services: string[]
  intro?: string
}

export type SeedSignup = { name: string; phone: string; showName?: boolean; hours?: number }
export type SeedActivity = {
  slug: string
  title: string
  /** Days from the seeding day (negative: past), and Beijing hours. */
  day: number
  from: number
  to: number
  place: string
  unit: string
  centre?: string
  places: number
  bring?: string
  summary: string
  body: string[]
  photos?: SeedImage[]
  signups: SeedSignup[]
  status: Status
}

const WEEKDAYS = '周一至周五 8:30–11:30，14:00–17:30'

export const centres: SeedCentre[] = [
  {
    slug: 'jingming-centre',
    name: '景明区新时代文明实践中心',
    level: 'centre',
    unit: 'd-jingming',
    address: '景明区人民路 88 号区文化馆一楼',
    openingHours: '周一至周日 9:00–17:00',
    phone: '0533-2860001',
    services: ['理论宣讲', '志愿服务项目发布', '文明实践培训', '志愿者注册咨询'],
    intro: '全区文明实践工作的总阵地，统筹各街道实践所、社区实践站的志愿服务项目。',
  },
  {
    slug: 'ruihe-centre',
    name: '瑞和区新时代文明实践中心',
    level: 'centre',
    unit: 'd-ruihe',
    address: '瑞和区和顺路 12 号',
    openingHours: WEEKDAYS,
    phone: '0533-2870001',
    services: ['理论宣讲', '志愿服务项目发布', '文化惠民演出'],
  },
  {
    slug: 'xinhua-institute',
    name: '新华街道新时代文明实践所',
    level: 'institute',
    unit: 's-xinhua',
    street: 's-xinhua',
    address: '新华路 36 号新华街道便民服务中心二楼',
    openingHours: WEEKDAYS,
    phone: '0533-2861101',
    services: ['政策宣讲', '文明交通劝导', '邻里调解'],
  },
  {
    slug: 'xinhuali-station',
    name: '新华里社区新时代文明实践站',
    level: 'station',
    unit: 'c-xinhuali',
    street: 's-xinhua',
    address: '新华里小区 5 号楼底商',
    openingHours: '周一至周六 8:30–17:30',
    phone: '0533-2861120',
    services: ['四点半课堂', '老年人智能手机教学', '垃圾分类指导'],
  },
  {
    slug: 'huayuan-station',
    name: '花园社区新时代文明实践站',
    level: 'station',
    unit: 'c-huayuan',
    street: 's-xinhua',
    address: '花园路 9 号社区党群服务中心',
    openingHours: WEEKDAYS,
    phone: '0533-2861130',
    services: ['清洁家园', '义诊义剪'],
  },
  {
    slug: 'heping-institute',
    name: '和平街道新时代文明实践所',
    level: 'institute',
    unit: 's-heping',
    street: 's-heping',
    address: '和平大街 101 号',
    openingHours: WEEKDAYS,
    phone: '0533-2862201',
    services: ['文明餐桌宣传', '志愿者培训'],
  },
  {
    slug: 'xingfu-station',
    name: '幸福社区新时代文明实践站',
    level: 'station',
    unit: 'c-xingfu',
    street: 's-heping',
    address: '幸福里 2 号楼一单元旁',
    openingHours: '周一至周日 9:00–20:00',
    phone: '0533-2862210',
    services: ['楼道靓化', '助老送餐', '网格议事'],
  },
  {
    slug: 'wenhua-institute',
    name: '文化街道新时代文明实践所',
    level: 'institute',
    unit: 's-wenhua',
    street: 's-wenhua',
    address: '文化路 58 号',
    openingHours: WEEKDAYS,
    phone: '0533-2863301',
    services: ['全民阅读', '非遗展示'],
  },
  {
    slug: 'shuxiang-station',
    name: '书香社区新时代文明实践站',
    level: 'station',
    unit: 'c-shuxiang',
    street: 's-wenhua',
    address: '书香苑北门社区书屋',
    openingHours: '周二至周日 9:00–18:00',
    phone: '0533-2863310',
    services: ['周末读书角', '亲子共读'],
  },
  {
    slug: 'hexie-station',
    name: '和谐社区新时代文明实践站',
    level: 'station',
    unit: 'c-hexie',
    street: 's-youyi',
    address: '友谊路 200 号和谐家园会所',
    openingHours: WEEKDAYS,
    phone: '0533-2871120',
    services: ['文明养犬宣传', '邻里节'],
  },
]

const BENGBU =
  '这项活动借鉴安徽省蚌埠市的做法：蚌埠市组织开展“千名干警上路面”“万名司机礼让斑马线”等志愿服务活动，在全市上下掀起了“礼让斑马线”等“志愿服务”劝文明的热潮（见赴莱芜、蚌埠、淮北学习考察的报告）。'
const JINAN =
  '济南市历下区深入开展“我爱济南，我为泉城代言”文明实践活动，引导市民主动参与文明实践服务。示范市借鉴这一做法，开展“我为示范代言”文明实践活动。'
const signups = (names: string[], hours: number, named: number[] = []): SeedSignup[] =>
  names.map((name, i) => ({ name, phone: `1390533${String(1000 + i + name.length * 37).slice(-4)}`, hours, showName: named.includes(i) }))

export const activities: SeedActivity[] = [
  {
    slug: 'qianming-ganjing-lumian',
    title: '“千名干警上路面”文明交通劝导',
    day: 3,
    from: 7,
    to: 9,
    place: '新华路与人民路交叉口',
    unit: 'dept-traffic',
    centre: 'xinhua-institute',
    places: 20,
    bring: '穿舒适的鞋，自带水杯；志愿者马甲和小红旗现场发放。',
    summary: '早高峰在新华路口劝导行人和非机动车遵守信号灯、走斑马线。',
    body: [
      '早高峰时段，交警支队干警与志愿者一起在路口劝导行人和非机动车文明出行。',
      BENGBU,
      '## 集合',
      '活动开始前 15 分钟在路口东北角岗亭集合，由带队民警分组。',
    ],
    signups: signups(['刘伟', '孙丽'], 0),
    status: 'published',
  },
  {
    slug: 'wanming-siji-lirang',
    title: '“万名司机礼让斑马线”宣传',
    day: 6,
    from: 9,
    to: 11,
    place: '景明区客运站出租车候客区',
    unit: 'dept-traffic',
    places: 30,
    bring: '无需携带物品；宣传资料现场发放。',
    summary: '向出租车、公交车驾驶员发放“礼让斑马线”倡议书和车贴。',
    body: ['向出租车和公交车驾驶员宣传“车让人、人快走”，张贴“礼让斑马线”车贴。', BENGBU],
    signups: signups(['周强'], 0),
    status: 'published',
  },
  {
    slug: 'wo-wei-shifan-daiyan',
    title: '“我为示范代言”文明实践',
    day: 9,
    from: 14,
    to: 17,
    place: '新华街道新时代文明实践所',
    unit: 's-xinhua',
    centre: 'xinhua-institute',
    places: 15,
    bring: '可带手机拍摄身边的文明瞬间。',
    summary: '讲述身边的文明故事，拍摄短视频为示范市代言。',
    body: [JINAN, '志愿者分组走访街巷，记录身边的文明瞬间，整理成短视频在社区展播。'],
    signups: [],
    status: 'published',
  },
  {
    slug: 'shuxiang-dushujiao',
    title: '周末读书角志愿者',
    day: 5,
    from: 9,
    to: 12,
    place: '书香社区新时代文明实践站',
    unit: 'c-shuxiang',
    centre: 'shuxiang-station',
    places: 2,
    summary: '为社区儿童整理图书、陪读。',
    body: ['整理社区书屋图书，陪伴孩子们阅读。'],
    signups: signups(['吴敏', '郑洁'], 0),
    status: 'published',
  },
  {
    slug: 'xingfu-loudao-lianghua',
    title: '清洁家园·楼道靓化',
    day: 12,
    from: 8,
    to: 11,
    place: '幸福社区 1–6 号楼',
    unit: 'c-xingfu',
    centre: 'xingfu-station',
    places: 12,
    bring: '请穿便于劳动的衣服；手套、抹布、清洁工具由社区提供。',
    summary: '清理楼道杂物和小广告，擦洗扶手。',
    body: ['清理楼道堆放杂物和小广告，擦洗楼梯扶手，倡导邻里共同维护楼道整洁。'],
    signups: [],
    status: 'published',
  },
  {
    slug: 'lirang-banmaxian-zhishou',
    title: '“礼让斑马线”路口值守',
    day: -10,
    from: 7,
    to: 9,
    place: '建设路与文化路交叉口',
    unit: 'dept-traffic',
    places: 10,
    summary: '早高峰路口值守，劝导行人和车辆礼让。',
    body: ['早高峰路口值守，提醒机动车礼让行人、行人快速通过。', BENGBU],
    photos: [
      { seed: 801, palette: 'blue', alt: '志愿者身穿红马甲在斑马线旁举旗劝导（示意图）' },
      { seed: 802, palette: 'red', alt: '路口值守结束后志愿者合影（示意图）' },
    ],
    signups: signups(['马骏', '林芳', '高远', '何静'], 2, [0, 1]),
    status: 'published',
  },
  {
    slug: 'xinhuali-qingjie-ri',
    title: '社区环境清洁日',
    day: -20,
    from: 8,
    to: 11,
    place: '新华里社区',
    unit: 'c-xinhuali',
    centre: 'xinhuali-station',
    places: 15,
    summary: '清理卫生死角和小广告。',
    body: ['志愿者与居民一起清理小区卫生死角、绿化带垃圾和楼道小广告。'],
    photos: [
      { seed: 803, palette: 'green', alt: '志愿者在小区绿化带捡拾垃圾（示意图）' },
      { seed: 804, palette: 'green', alt: '清理后的楼道（示意图）' },
    ],
    signups: signups(['罗兰', '许诺', '邓超'], 3, [2]),
    status: 'published',
  },
  {
    slug: 'heping-wenming-canzhuo',
    title: '“文明餐桌”宣传进餐馆',
    day: -35,
    from: 10,
    to: 12,
    place: '和平大街沿街餐馆',
    unit: 's-heping',
    centre: 'heping-institute',
    places: 8,
    summary: '倡导光盘行动、公筷公勺。',
    body: ['向沿街餐馆发放“光盘行动”“公筷公勺”桌牌，倡导文明用餐。'],
    photos: [{ seed: 805, palette: 'red', alt: '志愿者向餐馆店主发放文明餐桌桌牌（示意图）' }],
    signups: signups(['谢婷', '韩冰'], 2),
    status: 'published',
  },
  {
    slug: 'wenhua-feiyi-zhanshi',
    title: '非遗展示志愿讲解（草稿）',
    day: 20,
    from: 9,
    to: 16,
    place: '文化街道新时代文明实践所',
    unit: 's-wenhua',
    centre: 'wenhua-institute',
    places: 6,
    summary: '为市民讲解非遗展品。',
    body: ['招募志愿讲解员。'],
    signups: [],
    status: 'draft',
  },
]
