/** Minimal valid documents for every collection, built on a few reference records. */
import type { Payload } from 'payload'
import sharp from 'sharp'
import type { PublicSlug } from '../../cms/domain/contentTypes/index.ts'
import { richText } from '../../seed/lexical.ts'

// Tests run on SQLite, whose ids are numbers.
type Id = number
export type Refs = { unit: Id; otherUnit: Id; round: Id; image: Id }

let counter = 0
const next = () => ++counter

export async function makeRefs(payload: Payload): Promise<Refs> {
  const city = await payload.create({
    collection: 'units',
    data: { name: '测试市', kind: 'city', code: 'test-city' },
    overrideAccess: true,
  })
  const unit = await payload.create({
    collection: 'units',
    data: { name: '测试街道', kind: 'street', code: 'test-street', parent: city.id },
    overrideAccess: true,
  })
  const otherUnit = await payload.create({
    collection: 'units',
    data: { name: '另一街道', kind: 'street', code: 'test-other', parent: city.id },
    overrideAccess: true,
  })
  const round = await payload.create({
    collection: 'selection-rounds',
    data: { title: '测试轮次', period: { start: '2026-07-01', end: '2026-09-30' }, status: 'announced', _status: 'published' },
    overrideAccess: true,
  })
  const data = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2f7d4a' } })
    .jpeg()
    .toBuffer()
  const image = await payload.create({
    collection: 'media',
    data: { alt: '测试图片' },
    file: { data, name: 'fixture.jpg', mimetype: 'image/jpeg', size: data.length },
    overrideAccess: true,
  })
  return { unit: unit.id, otherUnit: otherUnit.id, round: round.id, image: image.id }
}

/** Valid data for a new document of each collection (drafts for drafted collections); every public type of the content-type table must have one. */
export const validData = {
  units: (_refs?: Refs) => ({ name: `新单位${next()}`, kind: 'community' as const, code: `new-${next()}` }),
  'public-ads': (refs: Refs) => ({
    title: `公益广告${next()}`,
    series: '测试系列',
    format: 'poster' as const,
    image: refs.image,
    validFrom: '2026-01-01',
    validTo: '2027-12-31',
  }),
  knowledge: (_refs?: Refs) => ({
    question: `问题${next()}`,
    answer: richText(['答案']),
    topic: 'traffic' as const,
    kind: 'qa' as const,
    order: 1,
  }),
  'selection-rounds': (_refs?: Refs) => ({
    title: `轮次${next()}`,
    period: { start: '2026-10-01', end: '2026-12-31' },
    status: 'nominating' as const,
  }),
  'good-people': (refs: Refs) => ({
    name: `候选人${next()}`,
    story: richText(['事迹']),
    category: 'honesty' as const,
    channel: 'residents' as const,
    unit: refs.unit,
    round: refs.round,
    level: 'building' as const,
  }),
  exposures: (refs: Refs) => ({ title: `曝光${next()}`, description: '问题描述', place: '某路口', foundAt: '2026-11-01', unit: refs.unit }),
  'evaluation-rounds': (refs: Refs) => ({
    title: `测评${next()}`,
    series: `系列${next()}`,
    period: { start: '2026-10-01', end: '2026-10-31' },
    evaluator: 'citizen-patrol' as const,
    indicators: [{ key: 'a', name: '环境卫生', weight: 100, maxScore: 100 }],
    scores: [{ unit: refs.unit, indicator: 'a', score: 88 }],
  }),
  bulletins: (_refs?: Refs) => ({ title: `通报${next()}`, series: 'briefing' as const, date: '2026-11-01', body: richText(['正文']) }),
  'tv-episodes': (_refs?: Refs) => ({ title: `问政${next()}`, series: '测试问政', episodeNumber: next(), airDate: '2026-11-01' }),
  documents: (refs: Refs) => ({
    title: `文件${next()}`,
    kind: 'regulation' as const,
    issuer: refs.unit,
    signedDate: '2026-03-01',
    publishDate: '2026-03-05',
    validity: 'effective' as const,
    body: richText(['全文']),
  }),
  projects: (refs: Refs) => ({
    title: `民生实事${next()}`,
    campaign: 'back-alleys' as const,
    year: 2026,
    unit: refs.unit,
    target: '改造背街小巷 3 条',
    milestones: [{ title: '完成设计', dueDate: '2099-12-31' }],
    progress: 0,
  }),
  'civility-titles': (refs: Refs) => ({ category: 'unit' as const, unit: refs.unit, level: 'city' as const, year: 2025 }),
  news: (_refs?: Refs) => ({ title: `动态${next()}`, date: '2026-11-01', source: '示范市创城办', body: richText(['正文']) }),
  topics: (refs: Refs) => ({ title: `专题${next()}`, date: '2026-11-01', headerImage: refs.image, intro: '导语', items: [] }),
  users: (_refs?: Refs) => ({ email: `u${next()}@example.com`, password: 'a-long-password', role: 'editor' as const, name: '新用户' }),
  'volunteer-activities': (refs: Refs) => ({
    title: `志愿活动${next()}`,
    startsAt: '2030-05-01T01:00:00.000Z',
    endsAt: '2030-05-01T03:00:00.000Z',
    place: '测试广场',
    unit: refs.unit,
    places: 10,
    body: richText(['活动介绍']),
  }),
  'practice-centres': (refs: Refs) => ({
    name: `新时代文明实践站${next()}`,
    level: 'station' as const,
    unit: refs.unit,
    street: refs.unit,
    address: '测试路 1 号',
    openingHours: '周一至周五 9:00–17:00',
    phone: '0533-1234567',
  }),
  surveys: (_refs?: Refs) => ({
    title: `问卷${next()}`,
    opensAt: '2026-01-01T00:00:00.000Z',
    closesAt: '2099-12-31T00:00:00.000Z',
    questions: [
      {
        prompt: '您知道本市正在创建全国文明城市吗？',
        kind: 'single' as const,
        required: true,
        options: [{ label: '知道', correct: true }, { label: '不知道' }],
      },
      { prompt: '您对市容环境满意吗？', kind: 'scale' as const, required: true },
    ],
  }),
  messages: (refs: Refs) => ({
    title: `留言${next()}：建议增设公交站`,
    category: 'suggest' as const,
    text: '小区门口到地铁站没有公交，建议增设一站。',
    allowPublic: true,
    unit: refs.unit,
    reply: '已会同公交公司研究，下月起增设站点。',
  }),
} satisfies Record<PublicSlug | 'units' | 'users', (refs: Refs) => Record<string, unknown>>

/** The same builders looked up by a slug known only at run time. */
export const validDataFor = (slug: string, refs: Refs): Record<string, unknown> =>
  (validData as Record<string, (refs: Refs) => Record<string, unknown>>)[slug]?.(refs) ?? {}
