import { describe, expect, it } from 'vitest'
import type { EpisodeEntry, RankingData, RankingResult } from '../../site/lib/entries.ts'
import {
  barChart,
  byRank,
  chartLabel,
  chinesePart,
  episodeMentions,
  formatScore,
  groupBySeries,
  isRanked,
  missingIndicators,
  movementText,
  noneApplies,
  redBlackLists,
  roundNeighbours,
  type StoredRound,
  statusTone,
  totalText,
  unitHistory,
  withMovement,
} from '../../site/lib/rankings.ts'

const unit = (slug: string, name = slug) => ({ slug, name, kind: 'street' })
const row = (slug: string, rank: number, total: number): RankingResult => ({
  unit: unit(slug, `${slug}街道`),
  total,
  rank,
  list: null,
  scores: {},
  notApplicable: [],
})
const round = (id: string, series: string, start: string, results: RankingResult[]): StoredRound => ({
  id,
  data: {
    cmsId: id,
    updatedAt: start,
    title: `${series} ${start}`,
    series,
    start,
    end: start,
    evaluator: { value: 'citizen-patrol', label: '市民巡访团' },
    listSize: 3,
    indicators: [],
    results,
    tieRule: '',
  } satisfies RankingData,
})

const rounds: StoredRound[] = [
  round('aug', '巡访', '2026-08-01', [row('a', 1, 90), row('b', 2, 85), row('c', 2, 85), row('d', 4, 70)]),
  round('jul', '巡访', '2026-07-01', [row('b', 1, 88), row('a', 2, 80), row('c', 3, 75)]),
  round('sep', '巡访', '2026-09-01', [row('a', 1, 91), row('d', 2, 80)]),
  round('q3', '第三方', '2026-10-01', [row('x', 1, 77)]),
]

describe('movementText', () => {
  it.each([
    [2, false, { symbol: '↑2', text: '上升2位' }],
    [-1, false, { symbol: '↓1', text: '下降1位' }],
    [0, false, { symbol: '—', text: '持平' }],
    [null, false, { symbol: '新', text: '新参评' }],
    [null, true, { symbol: '—', text: '首期测评' }],
  ])('should describe movement %s (first round %s) as %o', (movement, first, expected) => {
    expect(movementText(movement, first)).toEqual(expected)
  })
})

describe('formatScore and chinesePart', () => {
  it.each([
    [84.2, '84.2'],
    [91.75, '91.75'],
    [90, '90'],
    [70.555, '70.56'],
  ])('should format %s as %s', (value, expected) => {
    expect(formatScore(value)).toBe(expected)
  })

  it.each([
    ['并列同名次 / Ties share a rank', '并列同名次'],
    ['只有中文', '只有中文'],
  ])('should keep the Chinese half of %s', (text, expected) => {
    expect(chinesePart(text)).toBe(expected)
  })
})

describe('barChart', () => {
  it('should scale bars to the maximum of 100 and stack them with the gap', () => {
    const chart = barChart(
      [
        { label: '甲', value: 100 },
        { label: '乙', value: 50 },
        { label: '丙', value: 120 },
      ],
      { width: 300, labelWidth: 80, valueWidth: 20, barHeight: 20, gap: 10 },
    )
    expect(chart).toMatchObject({ width: 300, height: 90, track: 200 })
    expect(chart.bars).toEqual([
      { x: 80, y: 5, w: 200, h: 20, label: '甲', value: 100, labelX: 74, labelY: 15, valueX: 284 },
      { x: 80, y: 35, w: 100, h: 20, label: '乙', value: 50, labelX: 74, labelY: 45, valueX: 184 },
      { x: 80, y: 65, w: 200, h: 20, label: '丙', value: 120, labelX: 74, labelY: 75, valueX: 284 },
    ])
  })

  it.each([
    [91.7, 223.7],
    [0, 0],
    [-5, 0],
  ])('should give a value of %s a bar %s wide on the default 244-unit track', (value, width) => {
    const chart = barChart([{ label: '甲', value }])
    expect(chart.track).toBe(244)
    expect(chart.bars[0]?.w).toBe(width)
  })

  it('should have no bars and no height for no rows', () => {
    expect(barChart([])).toMatchObject({ height: 0, bars: [] })
  })
})

describe('chartLabel and byRank', () => {
  it('should name the highest and lowest unit', () => {
    expect(chartLabel([row('b', 2, 85), row('a', 1, 91.7), row('d', 3, 60)])).toBe(
      '各单位总分条形图，满分 100 分，最高 a街道 91.7 分，最低 d街道 60 分',
    )
  })

  it.each([
    [[row('a', 1, 90)], '各单位总分条形图，满分 100 分，最高 a街道 90 分'],
    [[], '各单位总分条形图（暂无数据）'],
  ])('should summarise %o as %s', (rows, expected) => {
    expect(chartLabel(rows)).toBe(expected)
  })

  it('should order by rank and keep tied units in the given order', () => {
    expect(byRank([row('c', 2, 85), row('a', 1, 90), row('b', 2, 85)]).map((r) => r.unit.slug)).toEqual(['a', 'c', 'b'])
  })
})

describe('roundNeighbours', () => {
  it.each([
    ['jul', null, 'aug'],
    ['aug', 'jul', 'sep'],
    ['sep', 'aug', null],
    ['q3', null, null],
    ['missing', null, null],
  ])('should give %s the previous %s and next %s round of its series', (slug, prev, next) => {
    const found = roundNeighbours(rounds, slug)
    expect(found.prev?.slug ?? null).toBe(prev)
    expect(found.next?.slug ?? null).toBe(next)
  })
})

describe('unitHistory', () => {
  it.each([
    [
      'a',
      [
        ['sep', 1, '持平'],
        ['aug', 1, '上升1位'],
        ['jul', 2, '首期测评'],
      ],
    ],
    [
      'd',
      [
        ['sep', 2, '上升2位'],
        ['aug', 4, '新参评'],
      ],
    ],
    ['x', [['q3', 1, '首期测评']]],
    ['nobody', []],
  ])('should list the rounds of unit %s newest first', (slug, expected) => {
    expect(unitHistory(withMovement(rounds), slug).map((h) => [h.slug, h.rank, h.movement.text])).toEqual(expected)
  })

  it('should carry the title, period, total and field size', () => {
    expect(unitHistory(withMovement(rounds), 'c')[0]).toEqual({
      slug: 'aug',
      title: '巡访 2026-08-01',
      start: '2026-08-01',
      end: '2026-08-01',
      rank: 2,
      of: 4,
      total: 85,
      movement: { symbol: '↑1', text: '上升1位' },
    })
  })
})

describe('groupBySeries', () => {
  it('should put the series with the newest round first and rounds newest first', () => {
    const groups = groupBySeries(rounds)
    expect(groups.map((g) => [g.series, g.rounds.map((r) => r.slug)])).toEqual([
      ['第三方', ['q3']],
      ['巡访', ['sep', 'aug', 'jul']],
    ])
  })

  it.each([
    ['aug', ['a'], ['d']],
    ['jul', ['b'], ['c']],
    ['q3', ['x'], []],
  ])('should name the top and bottom units of %s', (slug, top, bottom) => {
    const summary = groupBySeries(rounds)
      .flatMap((g) => g.rounds)
      .find((r) => r.slug === slug)
    expect(summary?.top.map((r) => r.unit.slug)).toEqual(top)
    expect(summary?.bottom.map((r) => r.unit.slug)).toEqual(bottom)
  })

  it('should list every unit sharing the top rank', () => {
    const tied = round('t', '并列', '2026-01-01', [row('b', 1, 90), row('a', 1, 90), row('c', 3, 80)])
    expect(groupBySeries([tied])[0]?.rounds[0]?.top.map((r) => r.unit.slug)).toEqual(['b', 'a'])
  })
})

describe('episodeMentions and statusTone', () => {
  const episode = {
    questionedUnits: [unit('q')],
    issues: [{ unit: unit('i') }, { unit: null }],
    officials: [{ name: '某', post: '主任', unit: unit('o') }],
  } as unknown as EpisodeEntry

  it.each([
    ['q', true],
    ['i', true],
    ['o', true],
    ['z', false],
  ])('should say whether the episode mentions %s: %s', (slug, expected) => {
    expect(episodeMentions(episode, slug)).toBe(expected)
  })

  it.each([
    ['rectified', false, 'tag good'],
    ['overdue', true, 'tag bad'],
    ['accountability', false, 'tag bad'],
    ['pending', true, 'tag bad'],
    ['in-progress', false, 'tag'],
  ])('should give status %s (overdue %s) the class %s', (status, overdue, expected) => {
    expect(statusTone(status, overdue)).toBe(expected)
  })
})

describe('capped', () => {
  it('should keep the first items and count them all', async () => {
    const { capped } = await import('../../site/lib/rankings.ts')
    expect(capped('people', [1, 2, 3, 4], 2)).toEqual({ people: [1, 2], peopleTotal: 4 })
    expect(capped('people', [], 2)).toEqual({ people: [], peopleTotal: 0 })
  })
})

describe('units not ranked (缺项)', () => {
  const incomplete = (slug: string, rank: number | null): RankingResult => ({
    ...row(slug, 1, 0),
    rank,
    total: rank === null ? null : 0,
    scores: { env: 80 },
  })
  const indicators = [
    { key: 'env', name: '环境卫生', weight: 50, maxScore: 100 },
    { key: 'order', name: '公共秩序', weight: 50, maxScore: 100 },
  ]

  it.each([
    [null, false],
    [0, false],
    [1, true],
    [7, true],
  ])('should treat rank %s as ranked: %s', (rank, ranked) => {
    expect(isRanked({ rank })).toBe(ranked)
  })

  it('should sort unranked units last, show 缺项 instead of a 0 total and name the missing indicators', () => {
    const rows = [incomplete('x', 0), row('b', 2, 80), incomplete('y', null), row('a', 1, 90)]
    expect(byRank(rows).map((r) => r.unit.slug)).toEqual(['a', 'b', 'x', 'y'])
    expect(rows.map(totalText)).toEqual(['缺项', '80', '缺项', '90'])
    expect(missingIndicators({ indicators }, rows[0]!)).toEqual(['公共秩序'])
    expect(chartLabel(rows)).toBe('各单位总分条形图，满分 100 分，最高 a街道 90 分，最低 b街道 80 分')
  })

  it('should give a unit history row no rank or total for a round it was not ranked in, counting only ranked units', () => {
    const rounds = [round('r1', 'S', '2026-07-01', [row('a', 1, 90), incomplete('x', 0)])]
    expect(unitHistory(withMovement(rounds), 'x').map((h) => [h.rank, h.total, h.of])).toEqual([[null, null, 1]])
    expect(groupBySeries(rounds)[0]!.rounds[0]!.bottom.map((r) => r.unit.slug)).toEqual([])
  })
})

describe('withMovement: movement worked out at build time from the published rounds', () => {
  const july = round('jul', '巡访', '2026-07-01', [row('b', 1, 88), row('a', 2, 80), row('c', 3, 75)])
  const august = round('aug', '巡访', '2026-08-01', [row('a', 1, 90), row('b', 2, 85), row('c', 2, 85)])
  /** August's movement texts, unit by unit, from the rounds the build has. */
  const augustTexts = (published: StoredRound[]) => {
    const moved = withMovement(published).find((r) => r.id === 'aug')!
    return moved.data.results.map((r) => [r.unit.slug, r.previousRank, movementText(r.movement, moved.data.first).text])
  }

  it.each([
    [
      'as published',
      [july, august],
      [
        ['a', 2, '上升1位'],
        ['b', 1, '下降1位'],
        ['c', 3, '上升1位'],
      ],
    ],
    [
      'after a correction of the previous round (a was first in July)',
      [round('jul', '巡访', '2026-07-01', [row('a', 1, 90), row('b', 2, 88), row('c', 3, 75)]), august],
      [
        ['a', 1, '持平'],
        ['b', 2, '持平'],
        ['c', 3, '上升1位'],
      ],
    ],
    [
      'after unpublishing the previous round: August is the first of its series',
      [august],
      [
        ['a', null, '首期测评'],
        ['b', null, '首期测评'],
        ['c', null, '首期测评'],
      ],
    ],
    [
      'for a unit not ranked in July (缺项)',
      [round('jul', '巡访', '2026-07-01', [row('b', 1, 88), { ...row('a', 0, 0), rank: null, total: null }]), august],
      [
        ['a', null, '新参评'],
        ['b', 1, '下降1位'],
        ['c', null, '新参评'],
      ],
    ],
  ] as [string, StoredRound[], [string, number | null, string][]][])('should move August %s', (_name, published, expected) => {
    expect(augustTexts(published)).toEqual(expected)
  })

  it('should mark the first round of each series and keep every round, slug and row order', () => {
    const moved = withMovement([august, july, round('q3', '第三方', '2026-10-01', [row('x', 1, 77)])])
    expect(moved.map((r) => [r.id, r.data.first, r.data.results.map((x) => x.unit.slug).join('')])).toEqual([
      ['aug', false, 'abc'],
      ['jul', true, 'bac'],
      ['q3', true, 'x'],
    ])
  })

  it('should give the feed, the ranking page and the unit page the same movement', () => {
    const moved = withMovement([july, august])
    const page = moved.find((r) => r.id === 'aug')!.data.results.find((r) => r.unit.slug === 'c')!
    const history = unitHistory(moved, 'c')[0]!
    expect([page.movement, history.movement]).toEqual([1, movementText(1)])
  })
})

describe('units to which no indicator applies (全部不涉及)', () => {
  const indicators = [
    { key: 'env', name: '环境卫生', weight: 50, maxScore: 100 },
    { key: 'market', name: '农贸市场管理', weight: 50, maxScore: 100 },
  ]
  const none: RankingResult = { ...row('n', 0, 0), rank: null, total: null, notApplicable: ['env', 'market'] }
  const missing: RankingResult = { ...row('m', 0, 0), rank: null, total: null, scores: { env: 70 } }
  const partial: RankingResult = { ...row('p', 1, 90), scores: { env: 90 }, notApplicable: ['market'] }

  it.each([
    ['n', none, true, []],
    ['m', missing, false, ['农贸市场管理']],
    ['p', partial, false, []],
  ] as [string, RankingResult, boolean, string[]][])(
    'should tell for unit %s whether nothing applies (%s) and what is missing',
    (_slug, r, nothing, names) => {
      expect([noneApplies({ indicators }, r), missingIndicators({ indicators }, r)]).toEqual([nothing, names])
    },
  )

  it('should say in the red/black note why each unranked unit is left out', () => {
    const { note } = redBlackLists({ indicators, listSize: 1, results: [partial, row('q', 2, 80), none, missing] })
    expect(note).toBe('另有 1 个单位缺少指标分数（缺项），不参加排名。另有 1 个单位全部指标均不涉及，没有总分，不参加排名。')
  })
})
