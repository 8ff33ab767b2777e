/**
 * More demo bulletins (通报 / 督查专报) of the fictional 示范市, each tied to a series and the units it names.
 * Consistent with exposures.ts, evaluations.ts and goodPeople.ts; slugs differ from bulletins.ts.
 * The criticism bulletin and the exposure-board briefing tell of exposure items dated back from the
 * seeding day (clock.ts), so their dates and figures are worked out from those items.
 */
import type { SeedBulletin } from './bulletins.ts'
import { daysAgo, dayText, shiftDay } from './clock.ts'
import { exposures, STRIKES } from './exposures.ts'
import type { BulletinSeries } from './types.ts'
import { units } from './units.ts'

const unitName = (code: string): string => units.find((unit) => unit.code === code)?.name ?? code

/** The criticism bulletin of 和平街道: three days after the third strike's deadline. */
const CRITICISM_DATE = shiftDay(STRIKES[2].deadline, 3)
const STRIKE_DAYS = STRIKES.map((strike) => dayText(strike.found, CRITICISM_DATE)).join('、')

/** The exposure-board briefing: three days before the seeding day, over the 90 days up to then. */
const REVIEW_DATE = daysAgo(3)
const REVIEW_START = shiftDay(REVIEW_DATE, -90)
const reviewed = exposures.filter((item) => item.publish === 'published' && item.foundAt >= REVIEW_START && item.foundAt <= REVIEW_DATE)
const rectified = reviewed.filter((item) => item.status === 'rectified')
const late = rectified.filter((item) => item.rectifiedAt && item.deadline && item.rectifiedAt > item.deadline)
const open = reviewed.filter((item) => item.status === 'pending' || item.status === 'in-progress')
const overdue = reviewed.filter((item) => item.status === 'overdue' || item.status === 'accountability')
const overdueUnits = [...new Set(overdue.map((item) => item.unit))]
const lateUnits = [...new Set(late.map((item) => item.unit))]

function reviewParagraph(): string {
  const period = `${dayText(REVIEW_START, REVIEW_DATE)}至${dayText(REVIEW_DATE, REVIEW_DATE)}`
  const involved = new Set(reviewed.map((item) => item.unit)).size
  const fixed =
    rectified.length === 0
      ? '暂无已整改事项'
      : late.length === 0
        ? `已整改${rectified.length}个，均按期整改`
        : `已整改${rectified.length}个，其中按期整改${rectified.length - late.length}个、逾期整改${late.length}个（${lateUnits.map(unitName).join('、')}）`
  const byUnit = overdueUnits.map((unit) => {
    const count = overdue.filter((item) => item.unit === unit).length
    const flagged = overdue.some((item) => item.unit === unit && item.status === 'accountability')
    return `${unitName(unit)}${count}个${flagged ? '，已按“曝光三次仍未整改的启动问责程序”启动问责' : ''}`
  })
  const unfixed = overdue.length === 0 ? '无逾期未整改事项' : `逾期未整改${overdue.length}个，其中${byUnit.join('；')}`
  return `${period}，曝光台共曝光各类问题${reviewed.length}个，涉及${involved}个街道和部门。截至${dayText(REVIEW_DATE, REVIEW_DATE)}，${fixed}；正在整改${open.length}个；${unfixed}。`
}

export const moreBulletins: (SeedBulletin & { series: BulletinSeries; units: string[] })[] = [
  {
    slug: 'good-people-2026-q2-praise',
    title: '表扬通报：2026年第二季度“身边好人”榜',
    date: '2026-07-10',
    summary: '经五级推选，张秀兰、刘建国、王磊、陈淑芬4人当选2026年第二季度市级“身边好人”。',
    body: [
      '2026年第二季度“身边好人”评选依托家庭居民、单位职工、群团系统、学校师生、主流媒体、网络民众六个渠道推荐，经楼道、社区、街道、区县、市级五级逐级推选，现将结果予以通报表扬。',
      '## 市级“身边好人”',
      '张秀兰（幸福社区，助人为乐）：十年如一日为独居老人送餐，带动组建“邻里饭桌”志愿队。',
      '刘建国（新华街道，诚实守信）：出租车司机，拾金不昧，将乘客遗失的八万元现金完整归还失主。',
      '王磊（向阳社区，见义勇为）：快递员，跳入河中救起落水儿童。',
      '陈淑芬（书香社区，孝老爱亲）：二十年悉心照料偏瘫婆婆。',
      '希望广大市民以身边好人为榜样，见贤思齐、崇德向善，共同为创建全国文明城市贡献力量。',
    ],
    image: { seed: 601, palette: 'red', alt: '表扬通报配图示意：红色城市剪影与金色圆日' },
    status: 'published',
    series: 'praise',
    units: ['c-xingfu', 's-xinhua', 'c-xiangyang', 'c-shuxiang'],
  },
  {
    slug: 'supervision-2026-14',
    title: '督查专报：农贸市场与校园周边专项督查情况',
    date: '2026-09-28',
    summary: '督查农贸市场、中小学校周边点位，光明农贸市场整改逾期完成，校园周边“三无”食品问题已整改到位。',
    body: [
      '9月中下旬，市创城办会同市场监督管理局、生态环境局，对主城区农贸市场和中小学校周边开展专项督查。',
      '## 发现的问题',
      '光明街道光明农贸市场周边存在外摆经营、地面脏污、车辆乱停等问题，虽已整改到位，但晚于规定期限7天；青年街道一小学门口存在流动摊点售卖“三无”食品现象。',
      '## 整改要求',
      '各责任单位要严格落实“即时反馈，24小时处理”要求，能立即整改的立即整改，不能立即整改的明确时限、公开进展。对曝光三次仍未整改的，启动问责程序。',
    ],
    image: { seed: 602, palette: 'grey', alt: '督查专报配图示意：灰色楼群与红色点缀' },
    status: 'published',
    series: 'supervision',
    units: ['s-guangming', 's-qingnian', 'dept-market', 'dept-ecology'],
  },
  {
    slug: 'jingming-patrol-2026-09-result',
    title: '测评通报：景明区市民巡访团2026年9月测评结果',
    date: '2026-10-09',
    summary: '新华街道、文化街道、朝阳街道进入红榜；和平街道、青年街道、长青街道进入黑榜。',
    body: [
      '9月，景明区市民巡访团采取暗访与明查相结合的方式，从环境卫生（权重40%）、公共秩序（权重35%）、宣传氛围（权重25%）三个方面，对全区9个街道进行了巡访测评。',
      '## 红榜',
      '新华街道、文化街道、朝阳街道综合得分位列前三。文化街道由上月第4名（并列）上升至第2名，进步明显。',
      '## 黑榜',
      '和平街道、青年街道、长青街道综合得分排名靠后，其中和平街道已连续三个月排名末位。',
      '请进入黑榜的街道对照问题清单认真整改，整改情况于10日内报区创城办。',
    ],
    image: { seed: 603, palette: 'blue', alt: '测评通报配图示意：蓝色天空下高低错落的楼群' },
    status: 'published',
    series: 'evaluation',
    units: ['s-xinhua', 's-jianshe', 's-guangming', 's-heping', 's-dongfeng', 's-wenhua', 's-qingnian', 's-chaoyang', 's-changqing'],
  },
  {
    slug: 'criticism-heping-three-strikes',
    title: '批评通报：和平街道曝光问题三次逾期未整改',
    date: CRITICISM_DATE,
    summary: '和平街道三次被曝光台曝光且逾期未整改，依规启动问责程序。',
    body: [
      `${STRIKE_DAYS}，曝光台先后三次曝光和平街道背街小巷卫生死角、老旧小区楼道小广告、老旧小区“飞线”充电等问题，截至整改期限均未整改到位。`,
      '## 处理意见',
      '根据“曝光三次仍未整改的启动问责程序”的规定，区创城办已约谈和平街道主要负责人，予以通报批评，并责令街道在7日内提交整改方案、逐项销号。',
      '各街道、各部门要引以为戒，对曝光问题即时认领、24小时内反馈，切实把问题整改到位。',
    ],
    image: { seed: 604, palette: 'grey', alt: '批评通报配图示意：灰色街巷与暗色楼群' },
    status: 'published',
    series: 'criticism',
    units: ['s-heping'],
  },
  {
    slug: 'supervision-2026-15',
    title: '督查专报：老旧小区“飞线”充电专项督查情况',
    date: '2026-10-22',
    summary: '主城区老旧小区集中充电车棚已建成50处，但幸福路等小区“飞线”问题出现反弹。',
    body: [
      '10月，市创城办会同住房和城乡建设局对主城区老旧小区“飞线”充电问题开展专项督查。',
      '## 总体情况',
      '按照电视问政承诺，住房和城乡建设局已在主城区老旧小区建成集中充电车棚50处，多数小区“飞线”充电现象明显减少。',
      '## 存在问题',
      '和平街道幸福路等小区“飞线”问题出现反弹；东风街道部分小区电动自行车仍在楼道停放充电。',
      '## 工作要求',
      '相关街道要落实网格员每日巡查制度，发现一处、拆除一处；住房和城乡建设局要结合老旧小区改造，继续补齐充电设施短板。',
    ],
    image: { seed: 605, palette: 'red', alt: '督查专报配图示意：红色楼宇与电线剪影' },
    status: 'published',
    series: 'supervision',
    units: ['s-heping', 's-dongfeng', 'dept-housing'],
  },
  {
    slug: 'briefing-exposure-rectification',
    title: '工作简报：近三个月曝光台整改情况',
    date: REVIEW_DATE,
    summary: `近三个月曝光台共曝光问题${reviewed.length}个，已整改${rectified.length}个，正在整改${open.length}个，逾期未整改${overdue.length}个。`,
    body: [
      reviewParagraph(),
      '## 下一步工作',
      '各责任单位要严格落实“即时反馈，24小时处理”要求，对逾期未整改事项逐项督办、限时销号；正在整改的事项要公开进展，按期整改到位。',
    ],
    image: { seed: 606, palette: 'green', alt: '工作简报配图示意：绿色社区楼群与暖黄色朝阳' },
    status: 'published',
    series: 'briefing',
    units: [...overdueUnits, ...lateUnits.filter((unit) => !overdueUnits.includes(unit))],
  },
]
