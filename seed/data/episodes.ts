/**
 * Demo TV-questioning episodes (电视问政) of the fictional demo city's own series, modelled on Zibo's
 * 《淄博问政·调查追踪》 (seed 001: 11 episodes, 11 kinds of problems exposed, 115 problems solved).
 * Zibo's talk show 《城市会客厅》 is not a questioning programme, so it is not an episode here.
 * Titles are the demo's own (never a real episode's), and no episode embeds a third-party player:
 * the demo has no video of its own yet, so each page shows its cover and says the video is not online.
 * Officials, units and roads are fictional demo characters and places of the demo city 示范市.
 * The last follow-up of episode 1 tells of the third exposure of 和平街道, so it is dated from that
 * item (exposures.ts counts it back from the seeding day).
 */
import { shiftDay } from './clock.ts'
import { STRIKES } from './exposures.ts'
import type { SeedEpisode } from './types.ts'

const WENZHENG = '示范问政·调查追踪'

export const episodes: SeedEpisode[] = [
  {
    slug: 'wenzheng-2026-01',
    series: WENZHENG,
    episodeNumber: 1,
    airDate: '2026-03-18',
    title: '窗口垂下的充电线',
    summary: [
      '记者历时两周暗访老旧小区，发现不少居民从楼上窗口垂下电线为电动自行车充电，电线横穿通道、缠绕树木，存在严重的消防安全隐患。',
      '节目现场，住房和城乡建设局、和平街道负责人接受问政，就充电设施不足、老旧小区改造进度等问题作出回应和承诺。',
    ],
    image: { seed: 501, palette: 'red', alt: '《窗口垂下的充电线》节目示意图：红色楼宇与电线剪影' },
    questionedUnits: ['dept-housing', 's-heping'],
    officials: [
      { name: '宋建平', post: '住房和城乡建设局局长', unit: 'dept-housing' },
      { name: '孟晓东', post: '和平街道办事处主任', unit: 's-heping' },
    ],
    issues: [
      {
        title: '老旧小区缺少电动自行车集中充电设施',
        unit: 'dept-housing',
        status: 'solved',
        promise: '年内在主城区老旧小区新建集中充电车棚50处，优先覆盖“飞线”问题集中的小区。',
        promiseDeadline: '2026-09-30',
        followUps: [
          { date: '2026-05-20', text: '记者回访：已建成集中充电车棚18处，其余正在选址。', result: 'in-progress' },
          { date: '2026-09-25', text: '记者回访：50处集中充电车棚全部建成投用，居民反映充电方便了。', result: 'solved' },
        ],
      },
      {
        title: '幸福路老旧小区“飞线”充电屡禁不止',
        unit: 's-heping',
        status: 'open',
        promise: '一个月内拆除辖区所有“飞线”，建立网格员每日巡查制度。',
        promiseDeadline: '2026-04-18',
        followUps: [
          { date: '2026-04-20', text: '记者回访：主干道两侧“飞线”已拆除，但小区内部仍有多处。', result: 'in-progress' },
          {
            date: shiftDay(STRIKES[2].deadline, 5),
            text: '记者再次回访：幸福路小区“飞线”问题反弹，已被曝光台第三次曝光，街道被启动问责程序。',
            result: 'open',
          },
        ],
      },
    ],
    status: 'published',
  },
  {
    slug: 'wenzheng-2026-02',
    series: WENZHENG,
    episodeNumber: 2,
    airDate: '2026-05-20',
    title: '放学时分的校门口',
    summary: [
      '开学季，记者走访主城区多所中小学，发现校门口流动摊点售卖“三无”食品，放学高峰接送车辆乱停乱放、堵塞道路。',
      '市场监督管理局、交警支队负责人现场接受问政，承诺开展校园周边环境专项整治。',
    ],
    image: { seed: 502, palette: 'green', alt: '《放学时分的校门口》节目示意图：绿色校园与城市轮廓' },
    questionedUnits: ['dept-market', 'dept-traffic'],
    officials: [
      { name: '林志强', post: '市场监督管理局副局长', unit: 'dept-market' },
      { name: '范立新', post: '交警支队副支队长', unit: 'dept-traffic' },
    ],
    issues: [
      {
        title: '校门口流动摊点售卖“三无”食品',
        unit: 'dept-market',
        status: 'solved',
        promise: '两周内完成主城区中小学周边食品经营点全面排查，建立放学时段联合巡查机制。',
        promiseDeadline: '2026-06-05',
        followUps: [
          { date: '2026-06-08', text: '记者回访：排查学校周边经营点200余家，取缔流动摊点35个，联合巡查已常态化。', result: 'solved' },
        ],
      },
      {
        title: '放学高峰接送车辆乱停堵路',
        unit: 'dept-traffic',
        status: 'solved',
        promise: '在重点学校周边施划临时停车泊位，高峰时段安排警力和志愿者疏导。',
        promiseDeadline: '2026-06-30',
        followUps: [
          { date: '2026-06-10', text: '记者回访：已在12所学校周边施划临时泊位，部分学校仍拥堵。', result: 'in-progress' },
          { date: '2026-07-02', text: '记者回访：重点学校周边均已设置即停即走区，高峰时段通行明显改善。', result: 'solved' },
        ],
      },
    ],
    status: 'published',
  },
  {
    slug: 'wenzheng-2026-03',
    series: WENZHENG,
    episodeNumber: 3,
    airDate: '2026-07-15',
    title: '整治过后，小巷为何又脏了',
    summary: [
      '主干道干净整洁，一拐进背街小巷却是另一番景象：垃圾堆积、污水横流、小广告贴满墙面。记者暗访发现，部分小巷整治后不久就出现反弹。',
      '城市管理局和光明、东风两个街道负责人接受问政，围绕长效保洁机制作出承诺。',
    ],
    image: { seed: 503, palette: 'grey', alt: '《整治过后，小巷为何又脏了》节目示意图：灰色小巷与橙色光点' },
    questionedUnits: ['dept-urban', 's-guangming', 's-dongfeng'],
    officials: [
      { name: '韩立军', post: '城市管理局局长', unit: 'dept-urban' },
      { name: '曹红梅', post: '光明街道党工委书记', unit: 's-guangming' },
      { name: '邵明', post: '东风街道办事处主任', unit: 's-dongfeng' },
    ],
    issues: [
      {
        title: '背街小巷保洁责任不清、清运不及时',
        unit: 'dept-urban',
        status: 'solved',
        promise: '出台背街小巷保洁标准，将保洁责任落实到每一条小巷、每一个责任人。',
        promiseDeadline: '2026-08-31',
        followUps: [{ date: '2026-08-28', text: '记者回访：《背街小巷环境卫生保洁标准》已印发，每条小巷设立公示牌。', result: 'solved' }],
      },
      {
        title: '光明农贸市场周边环境脏乱',
        unit: 's-guangming',
        status: 'solved',
        promise: '一个月内完成市场周边环境整治，实行“门前五包”。',
        promiseDeadline: '2026-08-15',
        followUps: [
          { date: '2026-08-16', text: '记者回访：市场改造施工中，外摆摊点仍未清理完毕。', result: 'in-progress' },
          { date: '2026-08-25', text: '记者回访：外摆摊点已清理，增设保洁人员，比承诺时间晚了十天。', result: 'solved' },
        ],
      },
      {
        title: '东风街道背街小巷小广告屡清屡贴',
        unit: 's-dongfeng',
        status: 'in-progress',
        promise: '设置便民信息公示栏，对小广告张贴者依法查处。',
        promiseDeadline: '2026-12-31',
        followUps: [
          { date: '2026-10-12', text: '记者回访：已设置便民信息公示栏8处，小广告明显减少，但仍有零星张贴。', result: 'in-progress' },
        ],
      },
    ],
    status: 'published',
  },
  {
    slug: 'wenzheng-2026-04',
    series: WENZHENG,
    episodeNumber: 4,
    airDate: '2026-09-16',
    title: '农贸市场的“老大难”',
    summary: [
      '农贸市场是创城实地测评的必查点位。记者走访发现，部分市场存在生熟不分、公平秤缺失、周边油烟扰民等问题。',
      '市场监督管理局、生态环境局负责人接受问政。',
    ],
    image: { seed: 504, palette: 'green', alt: '《农贸市场的“老大难”》节目示意图：绿色棚顶与城市剪影' },
    questionedUnits: ['dept-market', 'dept-ecology'],
    officials: [
      { name: '林志强', post: '市场监督管理局副局长', unit: 'dept-market' },
      { name: '黄文静', post: '生态环境局局长', unit: 'dept-ecology' },
    ],
    issues: [
      {
        title: '部分农贸市场公平秤缺失、生熟不分',
        unit: 'dept-market',
        status: 'in-progress',
        promise: '年底前主城区农贸市场公平秤配备率达到100%，完成生熟分区改造。',
        promiseDeadline: '2026-12-31',
        followUps: [{ date: '2026-10-20', text: '记者回访：公平秤已全部配齐，生熟分区改造完成约六成。', result: 'in-progress' }],
      },
      {
        title: '市场周边餐饮油烟直排',
        unit: 'dept-ecology',
        status: 'solved',
        promise: '一个月内完成市场周边餐饮单位油烟净化设施排查整改。',
        promiseDeadline: '2026-10-16',
        followUps: [
          { date: '2026-10-15', text: '记者回访：排查餐饮单位46家，发现问题9家，均已整改到位，居民反映油烟明显减少。', result: 'solved' },
        ],
      },
    ],
    status: 'published',
  },
  {
    slug: 'wenzheng-2026-05',
    series: WENZHENG,
    episodeNumber: 5,
    airDate: '2026-12-05',
    title: '乱停车为何屡禁不止',
    summary: ['本期节目正在录制准备中，将围绕停车难、乱停车问题，请交警支队和街道负责人现场接受问政。'],
    image: { seed: 512, palette: 'grey', alt: '《乱停车为何屡禁不止》节目示意图：灰色街道与车辆剪影' },
    questionedUnits: ['dept-traffic', 's-xinhua'],
    officials: [
      { name: '范立新', post: '交警支队副支队长', unit: 'dept-traffic' },
      { name: '吕国栋', post: '新华街道办事处主任', unit: 's-xinhua' },
    ],
    issues: [],
    status: 'draft',
  },
]
