/**
 * A synthetic campaign site of N public items in a fresh database, created published through the
 * Local API by the system (no user, overrideAccess) without rebuild requests, 500 saves per
 * transaction; on SQLite the rows are written as multi-row INSERTs per table (bench/bulkCreate.ts),
 * elsewhere one create after another (bench/batchCreate.ts).
 */
import { SingleBar } from 'cli-progress'
import type { Payload } from 'payload'
import { demoPhoto, PALETTES } from '../seed/images.ts'
import { createInBatches } from './batchCreate.ts'
import { createInBulk } from './bulkCreate.ts'
import { itemData, type Kind, type Refs } from './syntheticData.ts'

type Id = number
/** `cpuMs`: this process's CPU time while creating (user + system): the measure that a busy machine does not distort. */
export type Synthetic = { counts: Record<string, number>; items: number; bulletins: { id: Id; slug: string }[]; ms: number; cpuMs?: number }

const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start)
  return Math.round((used.user + used.system) / 1000)
}

/** Realistic proportions of the public collections; the remainder goes to bulletins. */
export const MIX: [Kind, number][] = [
  ['knowledge', 0.25],
  ['exposures', 0.2],
  ['good-people', 0.1],
  ['tv-episodes', 0.05],
  ['projects', 0.05],
  ['news', 0.05],
  ['documents', 0.03],
  ['civility-titles', 0.02],
  ['volunteer-activities', 0.03],
]
const CONTEXT = { skipRebuild: true, seeding: true }
export function plan(items: number): Record<Kind, number> {
  const counts: Record<Kind, number> = {
    bulletins: 0,
    knowledge: 0,
    exposures: 0,
    'good-people': 0,
    'tv-episodes': 0,
    projects: 0,
    news: 0,
    documents: 0,
    'civility-titles': 0,
    'volunteer-activities': 0,
  }
  for (const [kind, share] of MIX) counts[kind] = Math.floor(items * share)
  counts.bulletins = items - MIX.reduce((sum, [kind]) => sum + counts[kind], 0)
  return counts
}

export async function createSynthetic(payload: Payload, items: number): Promise<Synthetic> {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const create = async (collection: string, data: Record<string, unknown>): Promise<Id> => {
    const doc = await payload.create({ collection: collection as 'units', data: data as never, overrideAccess: true, context: CONTEXT })
    return doc.id
  }
  const counts = plan(items)
  const fixed = 6 + 12 + 1 + 3 + 5
  const bar = new SingleBar({
    format: '合成内容 / synthetic content [{bar}] {value}/{total} {percentage}% | {eta_formatted} left',
    noTTYOutput: true,
    notTTYSchedule: 10_000,
  })
  bar.start(items + fixed, 0)
  const tick = () => bar.increment()

  const palettes = Object.keys(PALETTES) as (keyof typeof PALETTES)[]
  const media: Id[] = []
  for (let i = 0; i < 6; i++) {
    const data = await demoPhoto(i + 1, palettes[i % palettes.length] as keyof typeof PALETTES)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: `合成题图${i + 1}` },
      file: { data, name: `bench-cover-${i + 1}.jpg`, mimetype: 'image/jpeg', size: data.length },
      overrideAccess: true,
      context: CONTEXT,
    })
    media.push(doc.id)
    tick()
  }
  const photo = (i: number) => (i % 2 === 0 ? media[i % media.length] : null)

  const city = await create('units', { name: '文明市', kind: 'city', code: 'bench-city', slug: 'bench-city' })
  const district = await create('units', { name: '中心区', kind: 'district', code: 'bench-district', slug: 'bench-district', parent: city })
  tick()
  tick()
  const streets: Id[] = []
  for (let s = 1; s <= 10; s++) {
    streets.push(
      await create('units', { name: `第${s}街道`, kind: 'street', code: `bench-street-${s}`, slug: `street-${s}`, parent: district }),
    )
    tick()
  }
  const street = (i: number) => streets[i % streets.length] as Id
  const round = await create('selection-rounds', {
    title: '2026年度文明好人评选',
    slug: 'selection-2026',
    period: { start: '2026-01-01', end: '2026-06-30' },
    status: 'announced',
    _status: 'published',
  })
  tick()
  for (let r = 0; r < 3; r++) {
    await create('evaluation-rounds', {
      title: `2026年第${r + 1}季度街道文明程度测评`,
      slug: `evaluation-2026-q${r + 1}`,
      series: '街道文明程度测评',
      period: { start: `2026-0${r * 3 + 1}-01`, end: `2026-0${r * 3 + 3}-28` },
      evaluator: 'third-party',
      indicators: [
        { key: 'env', name: '环境卫生', weight: 60, maxScore: 100 },
        { key: 'order', name: '公共秩序', weight: 40, maxScore: 100 },
      ],
      scores: streets.flatMap((unit, s) => [
        { unit, indicator: 'env', score: 70 + ((s * 7 + r * 5) % 30) },
        { unit, indicator: 'order', score: 65 + ((s * 11 + r * 3) % 35) },
      ]),
      _status: 'published',
    })
    tick()
  }
  for (let a = 0; a < 5; a++) {
    await create('public-ads', {
      title: `文明城市公益广告${a + 1}`,
      slug: `ad-${a + 1}`,
      series: '讲文明树新风',
      format: 'poster',
      image: media[a % media.length],
      validFrom: '2026-01-01',
      validTo: '2099-12-31',
      themes: ['civility'],
      _status: 'published',
    })
    tick()
  }

  const jobs = (Object.entries(counts) as [Kind, number][]).flatMap(([kind, count]) =>
    Array.from({ length: count }, (_, i) => ({ kind, i })),
  )
  const bulletins: { id: Id; slug: string }[] = []
  const refs: Refs = { photo, street, round }
  // SQLite: multi-row INSERTs per table (bench/bulkCreate.ts); other databases: Payload's create per document.
  const write = payload.db.name === 'sqlite' ? createInBulk : createInBatches
  const written = await write(
    payload,
    jobs.length,
    (index) => {
      const { kind, i } = jobs[index] as { kind: Kind; i: number }
      return { collection: kind, data: { ...itemData[kind](i, refs), _status: 'published' } }
    },
    CONTEXT,
    (index, id) => {
      const { kind, i } = jobs[index] as { kind: Kind; i: number }
      if (kind === 'bulletins') bulletins.push({ id, slug: String(itemData[kind](i, refs).slug) })
      tick()
    },
  )
  bar.stop()
  if (written)
    console.log(
      `bulk: ${written.statements.toLocaleString('en')} INSERT statements; media visibility and accountability once at the end: ${(written.finishMs / 1000).toFixed(1)} s`,
    )
  const result: Record<string, number> = { media: media.length, units: 12, 'selection-rounds': 1, 'evaluation-rounds': 3, 'public-ads': 5 }
  return {
    counts: { ...result, ...counts },
    items,
    bulletins: bulletins.sort((a, b) => a.id - b.id),
    ms: performance.now() - started,
    cpuMs: cpuMsSince(cpu),
  }
}

/** The synthetic content already in a reused database (bench --reuse): its counts, items and first bulletins. */
export async function reuseSynthetic(payload: Payload): Promise<Synthetic> {
  const started = performance.now()
  const collections = ['media', 'units', 'selection-rounds', 'evaluation-rounds', 'public-ads', ...Object.keys(plan(0))] as const
  const counts: Record<string, number> = {}
  for (const collection of collections)
    counts[collection] = (await payload.count({ collection: collection as 'units', overrideAccess: true })).totalDocs
  const found = await payload.find({ collection: 'bulletins', sort: 'id', limit: 10, depth: 0, overrideAccess: true })
  const bulletins = found.docs.map((doc) => ({ id: doc.id as Id, slug: String(doc.slug) }))
  const items = Object.keys(plan(0)).reduce((sum, kind) => sum + (counts[kind] ?? 0), 0)
  return { counts, items, bulletins, ms: performance.now() - started }
}
