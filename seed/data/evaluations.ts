/**
 * Demo evaluation rounds (测评) of the fictional 景明区 of 示范市, modelled on Jinan Shizhong's citizen
 * patrol group, which scores streets on sanitation, public order and publicity and publishes the
 * ranking (seed 000). Scores are out of 100 per indicator; 长青街道 joins from the August round;
 * 建设街道 and 文化街道 tie in August. The community round is invented for the demo: it shows an
 * indicator that does not apply to a unit (书香社区 has no 农贸市场, so 农贸市场管理 is 不涉及 and its
 * total is re-weighted over the other three indicators).
 */
import { NOT_APPLICABLE, type SeedEvaluationRound } from './types.ts'

const patrolIndicators: SeedEvaluationRound['indicators'] = [
  { key: 'sanitation', name: '环境卫生', weight: 40, maxScore: 100 },
  { key: 'order', name: '公共秩序', weight: 35, maxScore: 100 },
  { key: 'publicity', name: '宣传氛围', weight: 25, maxScore: 100 },
]

const PATROL_SERIES = '景明区市民巡访团月度测评'

export const evaluationRounds: SeedEvaluationRound[] = [
  {
    slug: 'jingming-patrol-2026-07',
    title: '景明区市民巡访团2026年7月测评',
    series: PATROL_SERIES,
    start: '2026-07-01',
    end: '2026-07-31',
    evaluator: 'citizen-patrol',
    indicators: patrolIndicators,
    scores: {
      's-xinhua': { sanitation: 92, order: 88, publicity: 90 },
      's-chaoyang': { sanitation: 90, order: 91, publicity: 87 },
      's-dongfeng': { sanitation: 88, order: 86, publicity: 84 },
      's-qingnian': { sanitation: 83.5, order: 80, publicity: 86 },
      's-jianshe': { sanitation: 85, order: 82, publicity: 80 },
      's-wenhua': { sanitation: 81, order: 84, publicity: 79 },
      's-guangming': { sanitation: 78, order: 75, publicity: 82 },
      's-heping': { sanitation: 70, order: 68, publicity: 75 },
    },
    listSize: 3,
    status: 'published',
  },
  {
    slug: 'jingming-patrol-2026-08',
    title: '景明区市民巡访团2026年8月测评',
    series: PATROL_SERIES,
    start: '2026-08-01',
    end: '2026-08-31',
    evaluator: 'citizen-patrol',
    indicators: patrolIndicators,
    scores: {
      's-chaoyang': { sanitation: 93, order: 90, publicity: 91 },
      's-xinhua': { sanitation: 90, order: 87, publicity: 88 },
      's-dongfeng': { sanitation: 87, order: 85, publicity: 86 },
      's-jianshe': { sanitation: 84, order: 86, publicity: 82 },
      's-wenhua': { sanitation: 85, order: 82, publicity: 86 },
      's-changqing': { sanitation: 80, order: 83, publicity: 85 },
      's-qingnian': { sanitation: 80, order: 79, publicity: 84 },
      's-guangming': { sanitation: 76.5, order: 74, publicity: 80 },
      's-heping': { sanitation: 68, order: 66, publicity: 72 },
    },
    listSize: 3,
    status: 'published',
  },
  {
    slug: 'jingming-patrol-2026-09',
    title: '景明区市民巡访团2026年9月测评',
    series: PATROL_SERIES,
    start: '2026-09-01',
    end: '2026-09-30',
    evaluator: 'citizen-patrol',
    indicators: patrolIndicators,
    scores: {
      's-xinhua': { sanitation: 93, order: 90, publicity: 92 },
      's-wenhua': { sanitation: 90, order: 88, publicity: 89 },
      's-chaoyang': { sanitation: 89, order: 87, publicity: 90 },
      's-dongfeng': { sanitation: 86, order: 84, publicity: 85 },
      's-guangming': { sanitation: 85, order: 83, publicity: 84 },
      's-jianshe': { sanitation: 83, order: 82, publicity: 84 },
      's-changqing': { sanitation: 81, order: 80, publicity: 83 },
      's-qingnian': { sanitation: 79, order: 78.5, publicity: 82 },
      's-heping': { sanitation: 65, order: 63, publicity: 70 },
    },
    listSize: 3,
    status: 'published',
  },
  {
    slug: 'community-civility-2026-06',
    title: '社区文明创建测评（2026年6月）',
    series: '社区文明创建测评',
    start: '2026-06-01',
    end: '2026-06-20',
    evaluator: 'unannounced',
    indicators: [
      { key: 'sanitation', name: '环境卫生', weight: 35, maxScore: 100 },
      { key: 'order', name: '公共秩序', weight: 25, maxScore: 100 },
      { key: 'market', name: '农贸市场管理', weight: 20, maxScore: 100 },
      { key: 'volunteer', name: '志愿服务', weight: 20, maxScore: 100 },
    ],
    scores: {
      'c-xinhuali': { sanitation: 90, order: 86, market: 84, volunteer: 88 },
      'c-huayuan': { sanitation: 85, order: 88, market: 80, volunteer: 82 },
      'c-baihua': { sanitation: 82, order: 80, market: 86, volunteer: 79 },
      'c-xingfu': { sanitation: 78, order: 76, market: 72, volunteer: 80 },
      'c-anju': { sanitation: 80, order: 79, market: 75, volunteer: 77 },
      // No 农贸市场 in 书香社区: not applicable, re-weighted over the other three (35 + 25 + 20 = 80).
      'c-shuxiang': { sanitation: 92, order: 90, market: NOT_APPLICABLE, volunteer: 91 },
      'c-jinxiu': { sanitation: 84, order: 83, market: 81, volunteer: 86 },
      'c-xiangyang': { sanitation: 87, order: 85, market: 88, volunteer: 84 },
      'c-lvyin': { sanitation: 76, order: 78, market: 74, volunteer: 75 },
    },
    listSize: 2,
    status: 'published',
  },
  {
    slug: 'demo-city-third-party-2026-10',
    title: '示范市第三方模拟测评（2026年10月）',
    series: '示范市第三方模拟测评',
    start: '2026-10-10',
    end: '2026-10-31',
    evaluator: 'third-party',
    indicators: [
      { key: 'duty', name: '履职尽责', weight: 30, maxScore: 100 },
      { key: 'rectification', name: '问题整改', weight: 30, maxScore: 100 },
      { key: 'field', name: '实地点位达标', weight: 25, maxScore: 100 },
      { key: 'satisfaction', name: '群众满意度', weight: 15, maxScore: 100 },
    ],
    scores: {
      'dept-urban': { duty: 88, rectification: 91, field: 84, satisfaction: 86 },
      'dept-traffic': { duty: 85, rectification: 82, field: 80, satisfaction: 83.5 },
      'dept-market': { duty: 90, rectification: 88, field: 86, satisfaction: 89 },
      'dept-housing': { duty: 78, rectification: 72, field: 75, satisfaction: 76 },
      'dept-ecology': { duty: 84, rectification: 86, field: 82, satisfaction: 80 },
    },
    listSize: 2,
    status: 'draft',
  },
]
