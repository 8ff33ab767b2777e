import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entryLevel, entryReason } from '../../cms/domain/ladder.ts'
import { refreshOverdueExposures } from '../../cms/jobs/refreshOverdue.ts'
import type { User } from '../../cms/payload-types.ts'
import { rejectionText } from '../helpers/errors.ts'
import { makeRefs, type Refs, validData } from '../helpers/fixtures.ts'
import { startTempPayload, type TempPayload } from '../helpers/tempPayload.ts'
import { makeUser } from '../helpers/users.ts'

let ctx: TempPayload
let payload: Payload
let refs: Refs
let editor: User
let reviewer: User
let liaison: User

beforeAll(async () => {
  ctx = await startTempPayload('rules')
  payload = ctx.payload
  refs = await makeRefs(payload)
  editor = await makeUser(payload, 'editor')
  reviewer = await makeUser(payload, 'reviewer')
  liaison = await makeUser(payload, 'unitLiaison', refs.unit)
})
afterAll(() => ctx.close())

const count = async (collection: 'units' | 'evaluation-rounds' | 'exposures' | 'good-people' | 'tv-episodes') =>
  (await payload.count({ collection })).totalDocs
const system = { overrideAccess: true }

describe('units', () => {
  it('should reject a cycle and a duplicate name under one parent, saving nothing', async () => {
    const before = await count('units')
    const community = await payload.create({
      collection: 'units',
      data: { name: '和平社区', kind: 'community', parent: refs.unit },
      ...system,
    })
    expect(
      await rejectionText(payload.update({ collection: 'units', id: refs.unit, data: { parent: community.id }, ...system })),
    ).toContain('[parent] 上级单位不能是本单位或其下级单位')
    expect(
      await rejectionText(
        payload.create({ collection: 'units', data: { name: '和平社区', kind: 'community', parent: refs.unit }, ...system }),
      ),
    ).toContain('[name] 同一上级单位下已有“和平社区”')
    expect(
      await rejectionText(
        payload.create({ collection: 'units', data: { name: '孤儿社区', kind: 'community', parent: 999999 }, ...system }),
      ),
    ).toContain('[parent]')
    expect(await count('units')).toBe(before + 1)
  })
})

describe('evaluation rounds', () => {
  const round = (title: string, start: string, scores: [number | string, number][], weight = 100) => ({
    title,
    series: '测试系列',
    period: { start, end: start },
    evaluator: 'citizen-patrol' as const,
    listSize: 1,
    indicators: [{ key: 'env', name: '环境卫生', weight, maxScore: 100 }],
    scores: scores.map(([unit, score]) => ({ unit: unit as number, indicator: 'env', score })),
    _status: 'published' as const,
  })

  it('should reject weights not summing to 100, a score out of range and an unknown unit, naming each field', async () => {
    const before = await count('evaluation-rounds')
    expect(
      await rejectionText(
        payload.create({ collection: 'evaluation-rounds', data: round('权重错误', '2026-01-01', [[refs.unit, 80]], 95), ...system }),
      ),
    ).toMatch(/\[indicators\] 指标权重之和必须为 100/)
    expect(
      await rejectionText(
        payload.create({ collection: 'evaluation-rounds', data: round('超出范围', '2026-01-01', [[refs.unit, 120]]), ...system }),
      ),
    ).toContain('[scores.0.score]')
    expect(
      await rejectionText(
        payload.create({ collection: 'evaluation-rounds', data: round('未知单位', '2026-01-01', [[987654, 80]]), ...system }),
      ),
    ).toContain('[scores.0.unit]')
    expect(await count('evaluation-rounds')).toBe(before)
  })

  it('should compute ranks with ties and movement against the previous round of the series', async () => {
    const third = (await payload.create({ collection: 'units', data: { name: '第三街道', kind: 'street', code: 'third' }, ...system })).id
    await payload.create({
      collection: 'evaluation-rounds',
      data: round('七月', '2026-07-01', [
        [refs.unit, 90],
        [refs.otherUnit, 80],
      ]),
      ...system,
    })
    const august = await payload.create({
      collection: 'evaluation-rounds',
      data: round('八月', '2026-08-01', [
        [refs.unit, 70],
        [refs.otherUnit, 85],
        [third, 85],
      ]),
      ...system,
    })
    const rows = august.results?.map((row) => [
      typeof row.unit === 'object' ? row.unit?.id : row.unit,
      row.total,
      row.rank,
      row.previousRank ?? null,
      row.movement ?? null,
      row.list ?? null,
    ])
    expect(rows).toEqual([
      [refs.otherUnit, 85, 1, 2, 1, 'red'],
      [third, 85, 1, null, null, 'red'],
      [refs.unit, 70, 3, 1, -2, 'black'],
    ])
  })

  it('should refuse to publish a round with missing scores, naming each unit × indicator, but keep an incomplete draft unranked', async () => {
    const indicators = [
      { key: 'env', name: '环境卫生', weight: 50, maxScore: 100 },
      { key: 'order', name: '公共秩序', weight: 50, maxScore: 100 },
    ]
    const data = {
      ...round('缺项', '2026-09-01', []),
      series: '缺项系列',
      indicators,
      scores: [
        { unit: refs.unit, indicator: 'env', score: 90 },
        { unit: refs.unit, indicator: 'order', score: 80 },
        { unit: refs.otherUnit, indicator: 'env', score: 95 },
      ],
    }
    const draft = await payload.create({
      collection: 'evaluation-rounds',
      data: { ...data, _status: 'draft', reviewState: 'submitted' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const publish = payload.update({
      collection: 'evaluation-rounds',
      id: draft.id,
      data: { _status: 'published' },
      user: reviewer,
      overrideAccess: false,
    })
    const text = await rejectionText(publish)
    expect(text).toContain('[scores] “各单位得分”（scores）不完整，不能发布')
    expect(text).toContain('另一街道 × 公共秩序')
    expect(text).not.toContain('测试街道 ×')
    const stored = await payload.findByID({ collection: 'evaluation-rounds', id: draft.id, depth: 0, ...system })
    expect(stored._status).toBe('draft')
    const unitOf = (value: unknown) => (typeof value === 'object' && value ? (value as { id: number }).id : value)
    expect(draft.results?.map((row) => [unitOf(row.unit), row.total ?? null, row.rank ?? null, row.list ?? null])).toEqual([
      [refs.unit, 85, 1, null],
      [refs.otherUnit, null, null, null],
    ])
  })
})

describe('rank movement agrees with the rounds as they are now', () => {
  const series = '更正系列'
  const scored = (title: string, start: string, scores: [number | string, number][]) => ({
    title,
    series,
    period: { start, end: start },
    evaluator: 'citizen-patrol' as const,
    listSize: 1,
    indicators: [{ key: 'env', name: '环境卫生', weight: 100, maxScore: 100 }],
    scores: scores.map(([unit, score]) => ({ unit: unit as number, indicator: 'env', score })),
    _status: 'published' as const,
  })
  const unitOf = (value: unknown) => (typeof value === 'object' && value ? (value as { id: number }).id : value)
  /** A round's movement as the public reads it: [unit, rank, previousRank, movement]. */
  const publicMoves = async (id: number) => {
    const doc = await payload.findByID({ collection: 'evaluation-rounds', id, depth: 0, overrideAccess: false })
    return doc.results?.map((row) => [unitOf(row.unit), row.rank, row.previousRank ?? null, row.movement ?? null])
  }

  it('should move the later round when the previous one is corrected, drafted over, unpublished or published again', async () => {
    const july = await payload.create({
      collection: 'evaluation-rounds',
      data: scored('七月', '2027-07-01', [
        [refs.unit, 90],
        [refs.otherUnit, 80],
      ]),
      ...system,
    })
    const august = await payload.create({
      collection: 'evaluation-rounds',
      data: scored('八月', '2027-08-01', [
        [refs.unit, 70],
        [refs.otherUnit, 85],
      ]),
      ...system,
    })
    // The first round of the series: nothing to move against.
    expect(await publicMoves(july.id)).toEqual([
      [refs.unit, 1, null, null],
      [refs.otherUnit, 2, null, null],
    ])
    expect(await publicMoves(august.id)).toEqual([
      [refs.otherUnit, 1, 2, 1],
      [refs.unit, 2, 1, -1],
    ])

    // A correction of July, published by a reviewer: August moves with it, without being saved.
    await payload.update({
      collection: 'evaluation-rounds',
      id: july.id,
      data: {
        scores: [
          { unit: refs.unit, indicator: 'env', score: 70 },
          { unit: refs.otherUnit, indicator: 'env', score: 80 },
        ],
      },
      user: reviewer,
      overrideAccess: false,
    })
    expect(await publicMoves(august.id)).toEqual([
      [refs.otherUnit, 1, 1, 0],
      [refs.unit, 2, 2, 0],
    ])

    // A draft over July (not published) changes nothing public.
    await payload.update({
      collection: 'evaluation-rounds',
      id: july.id,
      data: {
        scores: [
          { unit: refs.unit, indicator: 'env', score: 99 },
          { unit: refs.otherUnit, indicator: 'env', score: 10 },
        ],
      },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(await publicMoves(august.id)).toEqual([
      [refs.otherUnit, 1, 1, 0],
      [refs.unit, 2, 2, 0],
    ])

    // Unpublished: August becomes the first round of the series.
    await payload.update({ collection: 'evaluation-rounds', id: july.id, data: { _status: 'draft' }, ...system })
    expect(await publicMoves(august.id)).toEqual([
      [refs.otherUnit, 1, null, null],
      [refs.unit, 2, null, null],
    ])

    // Published again (its latest draft: unit 99, other 10): August moves against that.
    await payload.update({ collection: 'evaluation-rounds', id: july.id, data: { _status: 'published' }, ...system })
    expect(await publicMoves(august.id)).toEqual([
      [refs.otherUnit, 1, 2, 1],
      [refs.unit, 2, 1, -1],
    ])
  })

  it('should store no movement, so a list read and a single read agree', async () => {
    const { docs } = await payload.find({
      collection: 'evaluation-rounds',
      where: { series: { equals: series } },
      sort: 'period.start',
      depth: 0,
      overrideAccess: false,
    })
    const listed = docs.map((doc) => doc.results?.map((row) => row.movement ?? null))
    const single = await Promise.all(docs.map(async (doc) => (await publicMoves(doc.id as number))?.map((row) => row[3])))
    expect(listed).toEqual(single)
    expect(listed).toEqual([
      [null, null],
      [1, -1],
    ])
  })
})

describe('不涉及 indicators', () => {
  const indicators = [
    { key: 'env', name: '环境卫生', weight: 60, maxScore: 100 },
    { key: 'market', name: '农贸市场', weight: 40, maxScore: 100 },
  ]
  type Cell = number | 'na' | null
  const data = (title: string, cells: [number, Cell, Cell][]) => ({
    title,
    series: '不涉及系列',
    period: { start: '2027-03-01', end: '2027-03-31' },
    evaluator: 'third-party' as const,
    listSize: 1,
    indicators,
    scores: cells.flatMap(([unit, env, market]) =>
      (
        [
          ['env', env],
          ['market', market],
        ] as const
      ).map(([indicator, cell]) =>
        cell === 'na' ? { unit, indicator, score: null, notApplicable: true } : { unit, indicator, score: cell, notApplicable: false },
      ),
    ),
    _status: 'published' as const,
  })
  const unitOf = (value: unknown) => (typeof value === 'object' && value ? (value as { id: number }).id : value)
  let third: number

  beforeAll(async () => {
    third = (await payload.create({ collection: 'units', data: { name: '无市场社区', kind: 'community', code: 'no-market' }, ...system }))
      .id
  })

  it('should re-weight a total over the indicators that apply and leave a unit with every indicator 不涉及 unranked', async () => {
    const round = await payload.create({
      collection: 'evaluation-rounds',
      data: data('不涉及', [
        [refs.unit, 90, 'na'], // 54 / 60 × 100 = 90
        [refs.otherUnit, 80, 60], // 48 + 24 = 72
        [third, 'na', 'na'],
      ]),
      ...system,
    })
    expect(round._status).toBe('published')
    expect(
      round.results?.map((row) => [unitOf(row.unit), row.total ?? null, row.rank ?? null, row.list ?? null, row.notApplicable]),
    ).toEqual([
      [refs.unit, 90, 1, 'red', ['market']],
      [refs.otherUnit, 72, 2, 'black', []],
      [third, null, null, null, ['env', 'market']],
    ])
  })

  it('should still refuse to publish a plain missing score, and refuse a 不涉及 cell that has a score, saving nothing', async () => {
    const before = await count('evaluation-rounds')
    const missing = await rejectionText(
      payload.create({
        collection: 'evaluation-rounds',
        data: data('缺一项', [
          [refs.unit, 90, 'na'],
          [refs.otherUnit, 80, null],
        ]),
        ...system,
      }),
    )
    expect(missing).toContain('[scores] “各单位得分”（scores）不完整，不能发布：以下 1 项缺少分数——另一街道 × 农贸市场')
    expect(missing).not.toContain('测试街道 ×')
    const both = data('既不涉及又有分', [[refs.unit, 90, 'na']])
    both.scores[1] = { ...(both.scores[1] as (typeof both.scores)[number]), score: 50 }
    expect(await rejectionText(payload.create({ collection: 'evaluation-rounds', data: both, ...system }))).toContain(
      `[scores.1.score] 单位 ${refs.unit} 的指标“market”已标为“不涉及”，不能同时填写分数`,
    )
    expect(await count('evaluation-rounds')).toBe(before)
  })
})

describe('exposures', () => {
  it('should default the deadline, reject one before the finding date and keep reporters private', async () => {
    const item = await payload.create({
      collection: 'exposures',
      data: { ...validData.exposures(refs), reporter: { name: '王女士', phone: '138-0000-0001' }, _status: 'published' },
      ...system,
    })
    expect(item.deadline?.slice(0, 10)).toBe('2026-11-04')
    const before = await count('exposures')
    const bad = payload.create({ collection: 'exposures', data: { ...validData.exposures(refs), deadline: '2026-10-01' }, ...system })
    expect(await rejectionText(bad)).toContain('[deadline]')
    expect(await count('exposures')).toBe(before)
    const publicView = await payload.findByID({ collection: 'exposures', id: item.id, overrideAccess: false })
    expect(publicView.reporter).toBeUndefined()
    expect(publicView.internalNotes).toBeUndefined()
    expect(publicView.title).toBe(item.title)
  })

  it('should let a liaison write the rectification of their own unit only, never the exposure itself', async () => {
    const own = await payload.create({
      collection: 'exposures',
      data: { ...validData.exposures(refs), deadline: '2027-01-01', _status: 'published' },
      ...system,
    })
    const other = await payload.create({
      collection: 'exposures',
      data: { ...validData.exposures(refs), unit: refs.otherUnit, _status: 'published' },
      ...system,
    })
    const updated = await payload.update({
      collection: 'exposures',
      id: own.id,
      data: { title: '被篡改的标题', rectification: { status: 'in-progress', reply: '已安排人员清理' } },
      draft: true,
      user: liaison,
      overrideAccess: false,
    })
    expect(updated.title).toBe(own.title)
    expect(updated.rectification?.reply).toBe('已安排人员清理')
    expect(updated.rectification?.status).toBe('in-progress')
    await expect(
      payload.update({
        collection: 'exposures',
        id: other.id,
        data: { rectification: { reply: 'x' } },
        draft: true,
        user: liaison,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('should flag a unit for accountability at the third unrectified overdue item, naming the three', async () => {
    const unit = (await payload.create({ collection: 'units', data: { name: '三次街道', kind: 'street', code: 'strikes' }, ...system })).id
    const make = (title: string, foundAt: string) =>
      payload.create({
        collection: 'exposures',
        data: { title, description: 'd', place: 'p', foundAt, deadline: foundAt, unit, _status: 'published' },
        ...system,
      })
    const now = Date.now()
    const daysAgo = (days: number) => new Date(now - days * 86_400_000).toISOString().slice(0, 10)
    await make('第一次', daysAgo(30))
    await make('第二次', daysAgo(20))
    expect((await payload.findByID({ collection: 'units', id: unit, depth: 0 })).accountability?.flagged).toBe(false)
    await make('第三次', daysAgo(10))
    const flagged = await payload.findByID({ collection: 'units', id: unit, depth: 1 })
    expect(flagged.accountability?.flagged).toBe(true)
    expect(flagged.accountability?.items?.map((item) => (typeof item === 'object' ? item.title : item))).toEqual([
      '第一次',
      '第二次',
      '第三次',
    ])
    const items = await payload.find({ collection: 'exposures', where: { unit: { equals: unit } }, sort: 'foundAt', depth: 0 })
    expect(items.docs.map((doc) => doc.rectification?.status)).toEqual(['accountability', 'accountability', 'accountability'])

    const fixed = await payload.update({
      collection: 'exposures',
      id: items.docs[0]!.id,
      data: { rectification: { status: 'rectified', reply: '已清理' } },
      user: reviewer,
      overrideAccess: false,
    })
    expect(fixed.rectification?.status).toBe('rectified')
    expect((await payload.findByID({ collection: 'units', id: unit, depth: 0 })).accountability?.flagged).toBe(false)
    const after = await payload.find({ collection: 'exposures', where: { unit: { equals: unit } }, sort: 'foundAt', depth: 0 })
    expect(after.docs.map((doc) => doc.rectification?.status)).toEqual(['rectified', 'overdue', 'overdue'])
  })

  it('should refuse an editor choosing 问责 by hand, naming the field and the rule', async () => {
    const item = await payload.create({
      collection: 'exposures',
      data: { ...validData.exposures(refs), _status: 'published' },
      ...system,
    })
    const text = await rejectionText(
      payload.update({
        collection: 'exposures',
        id: item.id,
        data: { rectification: { status: 'accountability' } },
        user: reviewer,
        overrideAccess: false,
      }),
    )
    expect(text).toContain('[rectification.status] 整改状态不能手动选择“问责”')
    expect(text).toContain('曝光三次仍未整改的启动问责程序')
  })

  it('should mark a pending exposure past its deadline overdue in the hourly job', async () => {
    const unit = (await payload.create({ collection: 'units', data: { name: '逾期街道', kind: 'street', code: 'overdue' }, ...system })).id
    const item = await payload.create({
      collection: 'exposures',
      data: { ...validData.exposures(refs), unit, deadline: '2027-06-01', _status: 'published' },
      ...system,
    })
    expect(item.rectification?.status).toBe('pending')
    expect(await refreshOverdueExposures(payload, new Date('2027-06-03T00:00:00Z'))).toBeGreaterThanOrEqual(0)
    await payload.update({ collection: 'exposures', id: item.id, data: { deadline: '2026-11-05' }, ...system })
    const later = await payload.findByID({ collection: 'exposures', id: item.id })
    expect(later.rectification?.status).toBe('overdue')
    expect(later.statusHistory?.map((entry) => entry.status)).toEqual(['pending', 'overdue'])
  })
})

describe('good people', () => {
  it('should refuse a skipped level and record each promotion with who and when', async () => {
    const person = await payload.create({
      collection: 'good-people',
      data: validData['good-people'](refs),
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const before = await count('good-people')
    expect(
      await rejectionText(
        payload.update({
          collection: 'good-people',
          id: person.id,
          data: { level: 'street' },
          draft: true,
          user: editor,
          overrideAccess: false,
        }),
      ),
    ).toContain('[level]')
    const promoted = await payload.update({
      collection: 'good-people',
      id: person.id,
      data: { level: 'community' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(promoted.promotions?.map((entry) => [entry.level, typeof entry.by === 'object' ? entry.by?.id : entry.by])).toEqual([
      ['building', editor.id],
      ['community', editor.id],
    ])
    expect(await count('good-people')).toBe(before)
  })

  it.each([
    ['residents', undefined, 'building'],
    ['media', undefined, 'district'],
    ['organisation', undefined, 'community'],
    ['workplace', 'community', 'community'],
    ['internet', 'district', 'district'],
  ] as const)('should let a %s nomination (level sent: %s) enter at its channel entry level %s', async (channel, level, expected) => {
    const { level: _fixtureLevel, ...data } = validData['good-people'](refs)
    const person = await payload.create({
      collection: 'good-people',
      data: { ...data, channel, ...(level ? { level } : {}) },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(person.level).toBe(expected)
    expect(person.promotions?.map((entry) => entry.level)).toEqual([expected])
    expect(person.promotions?.[0]?.reason).toBe(entryReason(channel))
  })

  it.each([
    ['an editor', 'residents', 'city', '楼道（村组）'],
    ['an admin', 'internet', 'community', '县区'],
    ['an admin', 'media', 'street', '县区'],
    ['a reviewer', 'school', 'building', '社区（村）'],
  ] as const)(
    'should refuse %s creating a %s nominee at %s, saving nothing, then serve the entry level',
    async (who, channel, level, allowed) => {
      const user = who === 'an editor' ? editor : who === 'a reviewer' ? reviewer : await makeUser(payload, 'admin')
      const { level: _fixtureLevel, ...data } = validData['good-people'](refs)
      const before = await count('good-people')
      const text = await rejectionText(
        payload.create({ collection: 'good-people', data: { ...data, channel, level }, draft: true, user, overrideAccess: false }),
      )
      expect(text).toContain(`[level] 新推荐人选的“当前层级”（level）只能是“${allowed}”`)
      expect(await count('good-people')).toBe(before)
      const entered = await payload.create({
        collection: 'good-people',
        data: { ...data, channel },
        draft: true,
        user,
        overrideAccess: false,
      })
      expect(entered.level).toBe(entryLevel(channel))
    },
  )

  it('should refuse a skipped entry even without access control (seed, import)', async () => {
    const { level: _fixtureLevel, ...data } = validData['good-people'](refs)
    const text = await rejectionText(
      payload.create({ collection: 'good-people', data: { ...data, channel: 'media', level: 'city' }, ...system }),
    )
    expect(text).toContain('[level] 新推荐人选的“当前层级”（level）只能是“县区”')
  })

  it('should refuse a liaison setting or changing the ladder level, and ignore a promotion history sent in the request', async () => {
    const { level: _fixtureLevel, ...data } = validData['good-people'](refs)
    const asLiaison = { draft: true, user: liaison, overrideAccess: false } as const
    const before = await count('good-people')
    const refused = await rejectionText(payload.create({ collection: 'good-people', data: { ...data, level: 'city' }, ...asLiaison }))
    expect(refused).toContain('[level] 只有编辑、审核人员和管理员可以确定入选层级或逐级推选')
    expect(await count('good-people')).toBe(before)

    const forged = [{ level: 'city', at: '2020-01-01T00:00:00.000Z', by: editor.id }]
    const nominated = await payload.create({
      collection: 'good-people',
      data: { ...data, channel: 'workplace', promotions: forged } as never,
      ...asLiaison,
    })
    expect(nominated.level).toBe('community')
    expect(nominated.promotions?.map((entry) => [entry.level, typeof entry.by === 'object' ? entry.by?.id : entry.by])).toEqual([
      ['community', liaison.id],
    ])

    const promote = payload.update({ collection: 'good-people', id: nominated.id, data: { level: 'street' }, ...asLiaison })
    expect(await rejectionText(promote)).toContain('[level] 只有编辑、审核人员和管理员可以')
    const renamed = await payload.update({
      collection: 'good-people',
      id: nominated.id,
      data: { name: '改名后的候选人', level: 'community', promotions: forged } as never,
      ...asLiaison,
    })
    expect([renamed.name, renamed.level, renamed.promotions?.length]).toEqual(['改名后的候选人', 'community', 1])

    const promoted = await payload.update({
      collection: 'good-people',
      id: nominated.id,
      data: { level: 'street', promotions: forged } as never,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(promoted.promotions?.map((entry) => entry.level)).toEqual(['community', 'street'])
  })

  it('should let a liaison nominate only for their own unit', async () => {
    const text = await rejectionText(
      payload.create({
        collection: 'good-people',
        data: { ...validData['good-people'](refs), unit: refs.otherUnit },
        draft: true,
        user: liaison,
        overrideAccess: false,
      }),
    )
    expect(text).toContain('[unit] 联络员只能推荐本单位')
  })
})

describe('ads and episodes', () => {
  it('should hide an expired ad and one not yet started from the public by itself', async () => {
    const expired = await payload.create({
      collection: 'public-ads',
      data: { ...validData['public-ads'](refs), validTo: '2026-01-31', _status: 'published' },
      ...system,
    })
    const current = await payload.create({
      collection: 'public-ads',
      data: { ...validData['public-ads'](refs), _status: 'published' },
      ...system,
    })
    const future = await payload.create({
      collection: 'public-ads',
      data: { ...validData['public-ads'](refs), validFrom: new Date(Date.now() + 3_600_000).toISOString(), _status: 'published' },
      ...system,
    })
    const visible = await payload.find({ collection: 'public-ads', overrideAccess: false, pagination: false })
    expect(visible.docs.map((doc) => doc.id)).toEqual([current.id])
    expect(visible.docs.map((doc) => doc.id)).not.toContain(expired.id)
    expect(visible.docs.map((doc) => doc.id)).not.toContain(future.id)
  })

  it('should require an image for a poster and derive issue counts of an episode', async () => {
    expect(
      await rejectionText(
        payload.create({ collection: 'public-ads', data: { ...validData['public-ads'](refs), image: null }, draft: true, ...system }),
      ),
    ).toContain('[image]')
    const episode = await payload.create({
      collection: 'tv-episodes',
      data: {
        ...validData['tv-episodes'](refs),
        issuesRaised: 99,
        issues: [
          { title: '背街小巷垃圾堆积', status: 'open', followUps: [{ date: '2026-11-05', text: '已清运', result: 'solved' }] },
          { title: '占道经营', status: 'solved' },
        ],
      },
      draft: true,
      ...system,
    })
    expect([episode.issuesRaised, episode.issuesSolved]).toEqual([2, 1])
    expect(
      await rejectionText(
        payload.create({
          collection: 'tv-episodes',
          data: { ...validData['tv-episodes'](refs), embedUrl: 'https://evil.example.com/x' },
          draft: true,
          ...system,
        }),
      ),
    ).toContain('[embedUrl]')
  })
})
