/**
 * Demo public-interest ads (公益广告). 《管子说·创城》 follows Zibo's five sets of posters (5组, seed 001), one item per set;
 * placements on billboards, e-screens and community boards follow Jinan Shizhong (seed 000), at fictional
 * places of the demo city 示范市.
 * One ad expired on 2026-06-30 but is still 'published': the site must hide it by date on its own.
 */
import type { SeedAd } from './types.ts'

export const ads: SeedAd[] = [
  // 《管子说·创城》公益宣传海报（5组，每组一项）
  {
    slug: 'guanzi-poster-1',
    title: '《管子说·创城》第一组：仓廪实而知礼节',
    series: '《管子说·创城》',
    format: 'poster',
    image: { seed: 101, palette: 'red', alt: '《管子说·创城》第一组海报示意图：红色城市剪影与金色圆日', portrait: true },
    placements: [
      { kind: 'billboard', unit: 's-xinhua', address: '新华路与人民路交叉口东北角户外大牌' },
      { kind: 'bus-shelter', unit: 's-jianshe', address: '建设桥公交站候车亭灯箱' },
    ],
    validFrom: '2026-03-01',
    validTo: '2027-12-31',
    themes: ['civility', 'core-values'],
    status: 'published',
  },
  {
    slug: 'guanzi-poster-2',
    title: '《管子说·创城》第二组：礼义廉耻，国之四维',
    series: '《管子说·创城》',
    format: 'poster',
    image: { seed: 102, palette: 'grey', alt: '《管子说·创城》第二组海报示意图：灰色楼群前的红色点缀', portrait: true },
    placements: [
      { kind: 'community-board', unit: 'c-xingfu', address: '幸福社区党群服务中心门前宣传栏' },
      { kind: 'billboard', unit: 's-heping', address: '和平路与安康路路口西南角户外大牌' },
    ],
    validFrom: '2026-03-01',
    validTo: '2027-12-31',
    themes: ['core-values'],
    status: 'published',
  },
  {
    slug: 'guanzi-poster-3',
    title: '《管子说·创城》第三组：终身之计，莫如树人',
    series: '《管子说·创城》',
    format: 'poster',
    image: { seed: 103, palette: 'green', alt: '《管子说·创城》第三组海报示意图：绿色街区与暖黄色朝阳' },
    placements: [
      { kind: 'community-board', unit: 'c-xiangyang', address: '向阳社区文化广场宣传栏' },
      { kind: 'bus-shelter', unit: 's-chaoyang', address: '朝阳路公交站候车亭灯箱' },
    ],
    validFrom: '2026-04-01',
    validTo: '2027-12-31',
    themes: ['civility', 'good-people'],
    status: 'published',
  },
  {
    slug: 'guanzi-poster-4',
    title: '《管子说·创城》第四组：海不辞水，故能成其大',
    series: '《管子说·创城》',
    format: 'poster',
    image: { seed: 104, palette: 'blue', alt: '《管子说·创城》第四组海报示意图：蓝色天空下的城市天际线' },
    placements: [
      { kind: 'billboard', unit: 's-wenhua', address: '建设大街与文化路交叉口户外大牌' },
      { kind: 'community-board', unit: 'c-shuxiang', address: '书香社区新时代文明实践站宣传栏' },
    ],
    validFrom: '2026-04-01',
    validTo: '2027-12-31',
    themes: ['volunteering'],
    status: 'published',
  },
  {
    slug: 'guanzi-poster-5',
    title: '《管子说·创城》第五组：审度量，节衣服，俭财用',
    series: '《管子说·创城》',
    format: 'poster',
    image: { seed: 105, palette: 'red', alt: '《管子说·创城》第五组海报示意图：浅红底色上的高低楼群' },
    placements: [
      { kind: 'bus-shelter', unit: 's-youyi', address: '友谊中路友谊广场公交站候车亭灯箱' },
      { kind: 'construction-hoarding', unit: 's-qingnian', address: '青年南路在建项目施工围挡' },
    ],
    validFrom: '2026-05-01',
    validTo: '2027-12-31',
    themes: ['frugality'],
    status: 'published',
  },

  // 《文明城市 你我共建》系列标语（4条，无图）
  {
    slug: 'slogan-build-together',
    title: '标语：文明城市 你我共建',
    series: '《文明城市 你我共建》',
    format: 'slogan',
    slogan: '文明城市 你我共建 美好家园 人人共享',
    placements: [
      { kind: 'community-board', unit: 'c-huayuan', address: '花园社区居委会门前宣传栏' },
      { kind: 'construction-hoarding', unit: 's-dongfeng', address: '东风南路老旧小区改造工地围挡' },
    ],
    validFrom: '2026-02-15',
    validTo: '2027-12-31',
    themes: ['civility'],
    status: 'published',
  },
  {
    slug: 'slogan-zebra-crossing',
    title: '标语：礼让斑马线',
    series: '《文明城市 你我共建》',
    format: 'slogan',
    slogan: '车让人 让出文明 人快走 走出安全',
    placements: [
      { kind: 'bus-shelter', unit: 's-guangming', address: '光明公交站候车亭侧板' },
      { kind: 'other', unit: 'dept-traffic', address: '人民路与和平路路口交通岗亭' },
    ],
    validFrom: '2026-02-15',
    validTo: '2027-12-31',
    themes: ['traffic'],
    status: 'published',
  },
  {
    slug: 'slogan-waste-sorting',
    title: '标语：垃圾分一分 环境美十分',
    series: '《文明城市 你我共建》',
    format: 'slogan',
    slogan: '垃圾分一分 环境美十分',
    placements: [
      { kind: 'community-board', unit: 'c-lvyin', address: '绿荫社区垃圾分类投放点宣传栏' },
      { kind: 'community-board', unit: 'c-minle', address: '民乐社区居民小区入口宣传栏' },
    ],
    validFrom: '2026-03-10',
    themes: ['waste-sorting'],
    status: 'published',
  },
  {
    slug: 'slogan-dog-leash',
    title: '标语：文明养犬 牵绳出行',
    series: '《文明城市 你我共建》',
    format: 'slogan',
    slogan: '文明养犬 牵绳出行 随手清便 邻里和谐',
    placements: [{ kind: 'community-board', unit: 'c-jinxiu', address: '锦绣社区小游园入口宣传栏' }],
    validFrom: '2026-03-10',
    validTo: '2027-12-31',
    themes: ['dog-keeping'],
    status: 'published',
  },

  // 横幅（2条）
  {
    slug: 'banner-spring-evaluation',
    title: '横幅：迎接上半年测评 争创全国文明城市',
    series: '创城主题横幅',
    format: 'banner',
    image: { seed: 120, palette: 'red', alt: '横幅示意图：红色长条底色与城市轮廓' },
    placements: [
      { kind: 'other', unit: 's-xinhua', address: '新华商场北侧人行天桥' },
      { kind: 'other', unit: 's-tuanjie', address: '团结街道办事处门前' },
    ],
    validFrom: '2026-03-15',
    validTo: '2026-06-30',
    themes: ['civility'],
    status: 'published',
  },
  {
    slug: 'banner-volunteers',
    title: '横幅：人人都是创城志愿者',
    series: '创城主题横幅',
    format: 'banner',
    image: { seed: 121, palette: 'green', alt: '横幅示意图：绿色长条底色与黄色光点' },
    placements: [{ kind: 'other', unit: 's-changqing', address: '长青街道便民服务中心门前' }],
    validFrom: '2026-12-01',
    validTo: '2027-12-31',
    themes: ['volunteering'],
    status: 'draft',
  },

  // 电子屏（1条）
  {
    slug: 'escreen-civility-rules',
    title: '电子屏滚动：市民文明公约',
    series: '创城电子屏滚动宣传',
    format: 'e-screen',
    image: { seed: 130, palette: 'blue', alt: '电子屏画面示意图：深蓝底色上的浅色楼群' },
    placements: [
      { kind: 'e-screen', unit: 's-xinhua', address: '新华商圈户外电子大屏' },
      { kind: 'e-screen', unit: 's-wenhua', address: '文化街道便民服务中心电子显示屏' },
      { kind: 'e-screen', unit: 'c-hexie', address: '和谐社区党群服务中心电子显示屏' },
    ],
    validFrom: '2026-06-01',
    validTo: '2027-12-31',
    themes: ['civility', 'health', 'core-values'],
    status: 'published',
  },

  // 视频（1条）：几秒钟的标题卡片，由种子数据在运行时生成（非真实广告片）
  {
    slug: 'video-civility-convention',
    title: '公益短视频：文明出行从我做起',
    series: '创城公益短视频',
    format: 'video',
    video: {
      name: 'ad-civility-travel',
      card: ['文明出行 从我做起', '示范市创城公益短视频', '演示视频（本系统生成）'],
      captions: ['文明出行，从我做起。', '礼让斑马线，不闯红灯。', '本片段为示范市演示视频，由本系统生成。'],
      alt: '公益短视频《文明出行从我做起》演示片段',
      seconds: 6,
      background: '#1c4f9b',
    },
    placements: [{ kind: 'e-screen', unit: 's-xinhua', address: '新华商圈户外电子大屏' }],
    validFrom: '2026-06-01',
    validTo: '2027-12-31',
    themes: ['civility'],
    status: 'published',
  },
]
