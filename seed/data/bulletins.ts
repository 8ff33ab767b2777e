/**
 * Demo bulletins of the fictional 示范市. Facts from ../shared/seeds (001 Zibo, 000 Jinan Shizhong,
 * 004 Hefei Luyang, 002 Bengbu) are quoted faithfully and attributed to their real cities; the demo
 * city's own findings name only its fictional units and roads.
 * Titles carry no issue number: 第N期 is assigned on publish, per series and year.
 */
import type { BulletinSeries } from './types.ts'

export type SeedBulletin = {
  slug: string
  title: string
  /** The series (督查专报 when not given). */
  series?: BulletinSeries
  date: string
  summary: string
  body: string[]
  image: { seed: number; palette: 'red' | 'green' | 'blue' | 'grey'; alt: string }
  status: 'published' | 'draft'
}

export const bulletins: SeedBulletin[] = [
  {
    slug: 'zibo-2021-national-result',
    series: 'briefing',
    title: '经验借鉴：淄博市2021年度全国文明城市测评成绩',
    date: '2021-12-31',
    summary: '在全国114个地级文明城市中，淄博市位列全国第29名、山东省第1名。',
    body: [
      '2021年度全国文明城市测评成绩揭晓，在全国114个地级文明城市中，淄博市位列全国第29名，山东省第1名。',
      '## 主要做法',
      '全年开展专项测评13次，覆盖点位10773个；实地督查点位6001个，发现问题19891个，已整改17057个。',
      '下发督办单906个，编印督查专报39期，推动各项创建标准落细、落小、落深、落实。',
    ],
    image: { seed: 1, palette: 'red', alt: '城市天际线示意图，红色主色调' },
    status: 'published',
  },
  {
    slug: 'supervision-2026-13',
    title: '督查专报：背街小巷与农贸市场专项督查情况',
    date: '2026-03-02',
    summary: '市创城办对景明区、瑞和区的背街小巷、农贸市场、交通场站等点位开展实地督查。',
    body: [
      '市创城办组织景明区、瑞和区文明办及各街道分管领导，对两区的背街小巷、农贸市场、交通场站等点位开展实地督查，逐一点位对照测评标准查漏补缺。',
      '## 发现的问题',
      '部分背街小巷存在卫生死角、乱堆乱放；个别农贸市场占道经营、秩序混乱。',
      '## 整改要求',
      '请相关责任单位在24小时内反馈，限期整改到位；曝光三次仍未整改的，启动问责程序。',
    ],
    image: { seed: 2, palette: 'grey', alt: '街道与楼房示意图，灰色主色调' },
    status: 'published',
  },
  {
    slug: 'jingming-patrol-ranking-notice',
    series: 'evaluation',
    title: '景明区市民巡访团月度测评及结果公布办法',
    date: '2026-04-08',
    summary: '景明区市民巡访团从环境卫生、公共秩序、宣传氛围三方面对各街道打分，结果在手机报公开。',
    body: [
      '景明区市民巡访团每月对各街道进行不打招呼的实地巡访，从环境卫生、公共秩序、宣传氛围三个方面打分。',
      '测评结果按得分排名，在手机报等媒体公开发布，排名靠前的街道进入红榜，排名靠后的进入黑榜。',
      '## 经验借鉴',
      '这一做法借鉴济南市市中区经验：市中区充分肯定市民巡访团的作用，坚持定期与不定期相结合、定点与不定点相结合、暗访与明查相结合，对各街道环境卫生、公共秩序、公益宣传等创城重点事项进行巡访测评，测评结果进行排名，并在手机报上予以公布。',
    ],
    image: { seed: 3, palette: 'blue', alt: '城市街景示意图，蓝色主色调' },
    status: 'published',
  },
  {
    slug: 'luyang-nine-no-goals',
    series: 'briefing',
    title: '经验借鉴：合肥市庐阳区“九无一创”目标与网格化包保',
    date: '2026-05-20',
    summary: '卫生无死角、小区无失管、车辆无违停、道路无坑洼等九项目标，以网格化包保逐网格落实。',
    body: [
      '合肥市庐阳区提出“九无一创”目标：“九无”即卫生无死角、小区无失管、车辆无违停、道路无坑洼、沿街无出店、绿化无缺失、菜场无乱象、广告无违规、公共区域无牛皮癣；“一创”即创精品示范区。',
      '庐阳区以全区71个社区（村居）为基本网格单位，划分为近200个子网格，每个子网格配备不少于3名工作人员，并从中选出1名网格长。',
      '建议各区参照庐阳区做法，把责任落实到每条街巷、每个小区。',
    ],
    image: { seed: 4, palette: 'green', alt: '社区楼群示意图，绿色主色调' },
    status: 'published',
  },
  {
    slug: 'bengbu-12345-rhythm',
    series: 'briefing',
    title: '工作简报：学习蚌埠“12345”常态化工作机制',
    date: '2026-06-11',
    summary: '一日一巡查、一周一调度、一月一推进、一季一观摩、一年一奖惩。',
    body: [
      '蚌埠市创城工作实行“12345”工作推进机制：一日一巡查、一周一调度、一月一推进、一季一观摩、一年一奖惩。',
      '建议各区参照建立常态长效机制，巡查发现的问题当日交办、限时办结。',
    ],
    image: { seed: 5, palette: 'blue', alt: '城市道路示意图，蓝色主色调' },
    status: 'published',
  },
  {
    slug: 'draft-q3-preview',
    series: 'evaluation',
    title: '（草稿）第三季度测评通报 — 待审核',
    date: '2026-10-09',
    summary: '审核中的草稿，不应出现在公众网站。',
    body: ['本稿尚在审核中。'],
    image: { seed: 6, palette: 'grey', alt: '草稿配图示意，灰色主色调' },
    status: 'draft',
  },
]
