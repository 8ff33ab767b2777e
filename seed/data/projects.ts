/**
 * Demo 民生实事 and 专项行动 of 示范市 (fictional city, streets and numbers). The programmes follow the
 * seeds: 每年确立10项为民创建实事工程 (seed 002, the Laiwu/Bengbu/Huaibei study: "让群众看到创建成果"),
 * and a 十大工程 plan with 43 项改造 modelled on Zibo's 《深入推进文明城市创建十大工程实施方案》
 * (seed 001: 拓展停车资源、优化公共交通服务、打造15分钟生活圈等43项改造). Milestone days count from
 * the seeding day (seed/data/clock.ts), so the demo always has projects on time, one completed with
 * before/after photos and one 滞后 (a milestone past its due day, not done).
 */
import type * as T from '../../cms/domain/contentTypes/index.ts'
import { daysAgo, daysAhead, SEED_DAY } from './clock.ts'
import type { SeedImage, Status } from './types.ts'

export type SeedMilestone = { title: string; dueDate: string; doneDate?: string }
export type SeedProject = {
  slug: string
  title: string
  campaign: keyof typeof T.PROJECT_CAMPAIGNS
  unit: string
  target: string
  description?: string[]
  milestones: SeedMilestone[]
  progress: number
  progressText?: string
  progressDate?: string
  before?: SeedImage[]
  after?: SeedImage[]
  status: Status
}

/** The demo projects are this year's (the seeding day's China year). */
export const PROJECT_YEAR = Number(SEED_DAY.slice(0, 4))
const YEAR = PROJECT_YEAR
/** A milestone due `due` days from the seeding day (negative: past), done `done` days ago when given. */
const m = (title: string, due: number, done?: number): SeedMilestone => ({
  title,
  dueDate: due < 0 ? daysAgo(-due) : daysAhead(due),
  ...(done === undefined ? {} : { doneDate: daysAgo(done) }),
})

/** 年度为民创建实事工程: ten a year (seed 002), each with its responsible unit. */
const ANNUAL: [string, string, string, string, number, SeedMilestone[]][] = [
  [
    'annual-toilets',
    '新建改造城市公共厕所40座',
    'dept-urban',
    '主城区新建公厕12座、改造28座，全部达到二类以上标准并在地图上标注。',
    65,
    [m('完成选址和设计', -120, 118), m('新建公厕主体完工', -20, 22), m('全部投用并上线地图', 40)],
  ],
  [
    'annual-charging',
    '老旧小区电动自行车集中充电车棚50处',
    'dept-housing',
    '在“飞线”充电问题集中的老旧小区建成集中充电车棚50处，消除飞线充电隐患。',
    80,
    [m('确定50处点位', -150, 150), m('建成30处', -45, 50), m('全部建成投用', 25)],
  ],
  [
    'annual-parking',
    '新增公共停车泊位3000个',
    'dept-traffic',
    '利用边角地、学校和机关大院错时开放，新增公共停车泊位3000个。',
    55,
    [m('错时共享停车场签约', -90, 95), m('新增泊位1500个', -10, 12), m('新增泊位3000个', 60)],
  ],
  [
    'annual-markets',
    '农贸市场标准化改造6处',
    'dept-market',
    '6处农贸市场完成划行归市、排水改造和公示屏建设，达到测评标准。',
    50,
    [m('完成改造方案', -100, 101), m('3处市场完工', 30), m('6处市场完工验收', 90)],
  ],
  [
    'annual-greenway',
    '建成口袋公园和街头绿地15处',
    'dept-urban',
    '利用拆违腾退空地建设口袋公园15处，方便居民就近休闲。',
    40,
    [m('完成设计', -60, 61), m('建成8处', 20), m('建成15处', 80)],
  ],
  [
    'annual-school-zone',
    '中小学校周边交通秩序提升',
    'dept-traffic',
    '主城区中小学校门口全部施划接送车位、设置护学岗。',
    100,
    [m('完成校门口交通组织设计', -80, 85), m('施划接送车位、设置护学岗', -30, 32)],
  ],
  [
    'annual-old-compounds',
    '老旧小区综合整治20个',
    'dept-housing',
    '完成20个老旧小区雨污分流、楼道粉刷和监控安装。',
    35,
    [m('居民议事确定改造内容', -70, 75), m('10个小区完工', 45), m('20个小区完工', 100)],
  ],
  [
    'annual-waste',
    '生活垃圾分类示范小区30个',
    'dept-ecology',
    '建成垃圾分类示范小区30个，定时定点投放覆盖率达到90%。',
    60,
    [m('确定示范小区', -90, 92), m('分类投放点改造', -15, 16), m('示范小区验收', 50)],
  ],
  [
    'annual-practice',
    '新时代文明实践站全覆盖',
    's-guangming',
    '光明街道所辖社区文明实践站全部挂牌运行，每月开展活动不少于2次。',
    0,
    [m('完成场地和人员配备', 30), m('挂牌运行', 70)],
  ],
  [
    'annual-street-lights',
    '背街小巷路灯“亮灯工程”',
    's-tuanjie',
    '团结街道背街小巷新装、修复路灯260盏，实现“有路就有灯”。',
    70,
    [m('排查缺灯路段', -60, 60), m('新装修复路灯130盏', -5, 6), m('全部完工', 35)],
  ],
]

const annual: SeedProject[] = ANNUAL.map(([slug, title, unit, target, progress, milestones]) => ({
  slug: `${slug}-${YEAR}`,
  title,
  campaign: 'annual-ten',
  unit,
  target,
  description: [
    `${YEAR}年示范市为民创建实事工程之一。坚持“创建为民、创建惠民”，每年确立10项为民创建实事工程，让群众看到创建成果、共享创建实惠。`,
  ],
  milestones,
  progress,
  progressText: progress === 0 ? undefined : `已完成计划工作量的${progress}%，按节点推进。`,
  progressDate: progress === 0 ? undefined : daysAgo(3),
  status: 'published',
}))

const TEN_PROJECTS: SeedProject[] = [
  {
    slug: `ten-parking-${YEAR}`,
    title: '十大工程·拓展停车资源',
    campaign: 'ten-projects',
    unit: 'dept-traffic',
    target: '43项改造中的停车类项目：建设立体停车场2处，规范路内泊位，施划非机动车停车线。',
    description: [
      '示范市制定《深入推进文明城市创建十大工程实施方案》，开展城市改造整治、精细化管理等十大工程，共43项改造，项目化、系统性破解难题。',
      '方案借鉴淄博市的做法：淄博市开展拓展停车资源、优化公共交通服务、打造15分钟生活圈等43项改造（据淄博市2021年创城工作报道）。',
    ],
    milestones: [m('立体停车场开工', -40, 41), m('路内泊位规范', 15), m('立体停车场投用', 120)],
    progress: 45,
    progressText: '两处立体停车场已开工，路内泊位规范完成主干道部分。',
    progressDate: daysAgo(5),
    status: 'published',
  },
  {
    slug: `ten-bus-${YEAR}`,
    title: '十大工程·优化公共交通服务',
    campaign: 'ten-projects',
    unit: 'dept-traffic',
    target: '优化公交线路8条，新建港湾式公交站12处，公交站亭张贴文明乘车公益广告。',
    milestones: [m('线路优化方案公示', -30, 30), m('新建港湾站6处', 45), m('全部完成', 110)],
    progress: 30,
    progressText: '线路优化方案已公示并收集意见，港湾站开始施工。',
    progressDate: daysAgo(8),
    status: 'published',
  },
  {
    slug: `ten-15min-${YEAR}`,
    title: '十大工程·打造15分钟生活圈',
    campaign: 'ten-projects',
    unit: 'd-ruihe',
    target: '瑞和区每个社区步行15分钟内可达菜市场、卫生站、养老和托育服务点。',
    milestones: [m('完成服务设施摸底', -50, 52), m('补齐短板设施一半', 60), m('验收', 150)],
    progress: 25,
    progressText: '已完成摸底，列出缺项设施清单23项。',
    progressDate: daysAgo(12),
    status: 'published',
  },
]

const photo = (seed: number, palette: 'grey' | 'green', alt: string): SeedImage => ({ seed, palette, alt })

const BACK_ALLEYS: SeedProject[] = [
  {
    slug: `alley-huayuan-${YEAR}`,
    title: '花园社区东巷改造',
    campaign: 'back-alleys',
    unit: 'c-huayuan',
    target: '东巷380米路面翻修、雨污分流、新装路灯16盏，清理私搭乱建和“飞线”。',
    description: ['背街小巷是城市的“里子”。东巷改造前路面坑洼、雨天积水，居民多次通过随手拍反映。'],
    milestones: [m('居民议事会确定方案', -110, 112), m('管网改造完工', -60, 63), m('路面和路灯完工', -25, 27), m('竣工验收', -10, 9)],
    progress: 100,
    progressText: '东巷改造已竣工验收，路面平整、路灯明亮，居民自发成立巷长制管护小组。',
    progressDate: daysAgo(9),
    before: [photo(701, 'grey', '花园社区东巷改造前：灰暗的楼群和破旧路面（示意图）')],
    after: [photo(701, 'green', '花园社区东巷改造后：同一位置绿化整洁、色彩明亮（示意图）')],
    status: 'published',
  },
  {
    slug: `alley-xingfu-${YEAR}`,
    title: '幸福路背街小巷整治',
    campaign: 'back-alleys',
    unit: 's-heping',
    target: '幸福路两侧5条小巷路面修补、拆除违建棚亭12处、规范非机动车停放。',
    milestones: [m('拆除违建棚亭', -40, 41), m('5条小巷路面修补完工', -7), m('竣工验收', 30)],
    progress: 45,
    progressText: '违建棚亭已拆除；路面修补因管线迁改未完成，已过计划日期。',
    progressDate: daysAgo(4),
    before: [photo(702, 'grey', '幸福路小巷整治前的街景（示意图）')],
    status: 'published',
  },
  {
    slug: `alley-hexie-${YEAR}`,
    title: '和谐社区北巷雨污分流',
    campaign: 'back-alleys',
    unit: 'c-hexie',
    target: '北巷260米雨污分流改造，解决雨天污水外溢。',
    milestones: [m('设计和招标', -20, 21), m('管网施工完工', 40), m('路面恢复', 60)],
    progress: 30,
    progressText: '施工队已进场，完成约三分之一管网铺设。',
    progressDate: daysAgo(2),
    status: 'published',
  },
  {
    slug: `alley-tuanjie-${YEAR}`,
    title: '团结街道小巷“微更新”',
    campaign: 'back-alleys',
    unit: 's-tuanjie',
    target: '6条小巷墙面美化、增设休闲座椅和宣传栏，由居民共同设计。',
    milestones: [m('征集居民设计方案', 20), m('施工', 70), m('验收', 90)],
    progress: 0,
    status: 'published',
  },
]

const ZEBRA: SeedProject[] = [
  {
    slug: `zebra-crossing-${YEAR}`,
    title: '“礼让斑马线”文明交通行动',
    campaign: 'zebra-crossing',
    unit: 'dept-traffic',
    target: '主城区200处斑马线设置礼让提示牌，机动车礼让行人率达到95%以上。',
    description: ['借鉴蚌埠市“万名司机礼让斑马线”的做法（据三地市创文经验报道），在公交、出租车驾驶员中开展礼让承诺。'],
    milestones: [m('公交出租车驾驶员礼让承诺', -30, 31), m('200处提示牌安装', 30), m('礼让率测评', 75)],
    progress: 50,
    progressText: '公交、出租车驾驶员已全部签署礼让承诺，提示牌安装过半。',
    progressDate: daysAgo(6),
    status: 'published',
  },
]

export const projects: SeedProject[] = [...annual, ...TEN_PROJECTS, ...BACK_ALLEYS, ...ZEBRA]
