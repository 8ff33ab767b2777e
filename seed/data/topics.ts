/**
 * 专题 of the fictional 示范市: campaign themes gathering the demo's items of every type, in the
 * editors' order. The 礼让斑马线 topic also lists a draft article (bengbu-volunteers): it shows only
 * once published, as a taken-down item disappears (site/lib/generic.ts resolveRefs).
 */
import { daysAgo } from './clock.ts'
import type { SeedGeneric, SeedRef } from './types.ts'

export default [
  {
    slug: 'zebra-crossing',
    status: 'published',
    title: '礼让斑马线',
    date: daysAgo(8),
    headerImage: { seed: 41, palette: 'blue', alt: '斑马线与路口示意图，蓝色主色调' },
    intro:
      '车让人、人快走。“礼让斑马线”是文明交通的第一课，也是一座城市文明程度最直观的体现。本专题汇集志愿服务动态、应知应会、公益广告和路口曝光整改情况。',
    items: [
      { type: 'news', slug: 'zebra-crossing-volunteers' },
      { type: 'knowledge', slug: 'yield-at-zebra-crossing' },
      { type: 'knowledge', slug: 'pedestrian-crossing' },
      { type: 'publicAds', slug: 'slogan-zebra-crossing' },
      { type: 'exposures', slug: 'traffic-zebra-yield' },
      { type: 'news', slug: 'bengbu-volunteers' },
    ] satisfies SeedRef[],
  },
  {
    slug: 'civil-dining',
    status: 'published',
    title: '文明餐桌',
    date: daysAgo(13),
    headerImage: { seed: 42, palette: 'green', alt: '餐桌与碗筷示意图，绿色主色调' },
    intro: '使用公筷公勺，适量点餐、吃不完打包。本专题汇集“文明餐桌”行动的动态和相关应知应会。',
    items: [
      { type: 'news', slug: 'serving-chopsticks-restaurants' },
      { type: 'knowledge', slug: 'serving-chopsticks' },
      { type: 'knowledge', slug: 'clean-plate' },
    ] satisfies SeedRef[],
  },
] satisfies SeedGeneric[]
