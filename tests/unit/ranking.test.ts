import { describe, expect, it } from 'vitest'
import {
  effectiveListSize,
  type IndicatorDef,
  incompleteMessage,
  missingCells,
  NOT_APPLICABLE_RULE,
  rankResults,
  round2,
  type ScoreRow,
  TIE_RULE,
  type UnitTotal,
  unrankedReason,
  validateEvaluation,
  weightedTotals,
} from '../../cms/domain/ranking.ts'

const INDICATORS: IndicatorDef[] = [
  { key: 'env', name: '环境卫生', weight: 40, maxScore: 100 },
  { key: 'order', name: '公共秩序', weight: 30, maxScore: 50 },
  { key: 'publicity', name: '宣传氛围', weight: 30, maxScore: 10 },
]

const totals = (pairs: [string | number, number][]): UnitTotal[] =>
  pairs.map(([unit, total]) => ({ unit, total, scores: {}, notApplicable: [], missing: [] }))
const summary = (results: ReturnType<typeof rankResults>) => results.map((r) => [r.unit, r.rank, r.list])

describe('weightedTotals', () => {
  it('should weight each score by weight / maxScore and keep raw scores', () => {
    const scores: ScoreRow[] = [
      { unit: 1, indicator: 'env', score: 90 },
      { unit: 1, indicator: 'order', score: 45 },
      { unit: 1, indicator: 'publicity', score: 8 },
    ]
    expect(weightedTotals(INDICATORS, scores)).toEqual([
      { unit: 1, total: 87, scores: { env: 90, order: 45, publicity: 8 }, notApplicable: [], missing: [] },
    ])
  })

  it('should give a unit missing an indicator no total (not 0) and list what is missing, ignoring unknown indicators', () => {
    const scores: ScoreRow[] = [
      { unit: 'a', indicator: 'env', score: 50 },
      { unit: 'a', indicator: 'ghost', score: 100 },
    ]
    expect(weightedTotals(INDICATORS, scores)).toEqual([
      { unit: 'a', total: null, scores: { env: 50 }, notApplicable: [], missing: ['order', 'publicity'] },
    ])
  })

  it.each([
    [1, 3, 33.33],
    [2, 3, 66.67],
    [2.01, 200, 1.01],
    [0.29, 200, 0.15],
  ])('should round score %s out of %s (weight 100) to %s', (score, maxScore, expected) => {
    const single: IndicatorDef[] = [{ key: 'k', name: 'K', weight: 100, maxScore }]
    expect(weightedTotals(single, [{ unit: 1, indicator: 'k', score }])[0].total).toBe(expected)
  })

  it.each([
    [1.005, 1.01],
    [0.145, 0.15],
    [2.675, 2.68],
    [1.004, 1],
  ])('should round %s half up to %s', (x, expected) => {
    expect(round2(x)).toBe(expected)
  })

  it('should not mutate its inputs', () => {
    const scores: ScoreRow[] = [{ unit: 1, indicator: 'env', score: 90 }]
    const copy = structuredClone(scores)
    weightedTotals(INDICATORS, scores)
    expect(scores).toEqual(copy)
  })
})

describe('不涉及: totals re-weighted over the indicators that apply', () => {
  const FULL = { env: 90, order: 45, publicity: 8 }
  /** One unit's score rows: a number, 'na' (不涉及) or undefined (missing). */
  const rows = (cells: Record<string, number | 'na' | undefined>): ScoreRow[] =>
    Object.entries(cells).flatMap(([indicator, cell]) =>
      cell === undefined
        ? []
        : [cell === 'na' ? { unit: 1, indicator, score: null, notApplicable: true } : { unit: 1, indicator, score: cell }],
    )

  it.each([
    // env 90/100×40 = 36, order 45/50×30 = 27, publicity 8/10×30 = 24
    ['every indicator applies: the plain weighted sum, unchanged', FULL, 87, [], []],
    ['publicity 不涉及: (36 + 27) ÷ 70 × 100', { ...FULL, publicity: 'na' }, 90, ['publicity'], []],
    ['env 不涉及: (27 + 24) ÷ 60 × 100', { ...FULL, env: 'na' }, 85, ['env'], []],
    ['order and publicity 不涉及: 36 ÷ 40 × 100', { env: 90, order: 'na', publicity: 'na' }, 90, ['order', 'publicity'], []],
    ['every indicator 不涉及: no total', { env: 'na', order: 'na', publicity: 'na' }, null, ['env', 'order', 'publicity'], []],
    ['one 不涉及 and one missing: no total (缺项)', { env: 90, order: 'na' }, null, ['order'], ['publicity']],
  ] as [string, Record<string, number | 'na'>, number | null, string[], string[]][])(
    'should total %s',
    (_name, cells, total, notApplicable, missing) => {
      const [row] = weightedTotals(INDICATORS, rows(cells))
      expect([row?.total, row?.notApplicable, row?.missing]).toEqual([total, notApplicable, missing])
    },
  )

  it.each([
    [[40, 30, 30], { env: 77, order: 31, publicity: 6 }],
    [[33.3333, 33.3333, 33.3334], { env: 5, order: 7, publicity: 3 }],
    [[50, 25, 25], { env: 0, order: 50, publicity: 10 }],
  ])('should leave the totals with weights %j unchanged when every indicator applies (notApplicable false)', (weights, cells) => {
    const indicators = INDICATORS.map((ind, i) => ({ ...ind, weight: weights[i] as number }))
    const plain = indicators.reduce(
      (sum, ind) => sum + (((cells as Record<string, number>)[ind.key] as number) / ind.maxScore) * ind.weight,
      0,
    )
    const marked = rows(cells).map((row) => ({ ...row, notApplicable: false }))
    expect(weightedTotals(indicators, marked)[0]?.total).toBe(round2(plain))
  })

  it('should rank a unit with 不涉及 on its re-weighted total and leave a unit with every indicator 不涉及 unranked, off both lists', () => {
    const scores: ScoreRow[] = [
      ...rows({ env: 80, order: 40, publicity: 8 }).map((row) => ({ ...row, unit: 'a' })), // 32 + 24 + 24 = 80
      ...rows({ env: 90, order: 45, publicity: 'na' }).map((row) => ({ ...row, unit: 'b' })), // 90
      ...rows({ env: 50, order: 25, publicity: 5 }).map((row) => ({ ...row, unit: 'c' })), // 50
      ...rows({ env: 'na', order: 'na', publicity: 'na' }).map((row) => ({ ...row, unit: 'z' })),
    ]
    const results = rankResults(weightedTotals(INDICATORS, scores), [], 1)
    expect(results.map((r) => [r.unit, r.total, r.rank, r.list, r.notApplicable])).toEqual([
      ['b', 90, 1, 'red', ['publicity']],
      ['a', 80, 2, null, []],
      ['c', 50, 3, 'black', []],
      ['z', null, null, null, ['env', 'order', 'publicity']],
    ])
  })

  it.each([
    ['a complete unit', { scores: { env: 1, order: 1, publicity: 1 }, notApplicable: [] }, null],
    ['a unit with one 不涉及', { scores: { env: 1, order: 1 }, notApplicable: ['publicity'] }, null],
    ['a unit missing a score', { scores: { env: 1 }, notApplicable: ['publicity'] }, { kind: 'missing', indicators: ['公共秩序'] }],
    ['a unit to which nothing applies', { scores: {}, notApplicable: ['env', 'order', 'publicity'] }, { kind: 'not-applicable' }],
    ['a stored row without the 不涉及 list', { scores: { env: 1, order: 1 } }, { kind: 'missing', indicators: ['宣传氛围'] }],
  ])('should give %s its unranked reason', (_name, row, reason) => {
    expect(unrankedReason(INDICATORS, row)).toEqual(reason)
  })

  it('should state the rule with its formula in Chinese and English', () => {
    expect(NOT_APPLICABLE_RULE).toContain('总分 = Σ（适用指标得分 ÷ 满分 × 权重）÷ 适用指标权重之和 × 100')
    expect(NOT_APPLICABLE_RULE).toContain('全部指标都适用的单位总分不变')
    expect(NOT_APPLICABLE_RULE).toContain('未标“不涉及”又缺少分数的，本轮不能发布')
    expect(NOT_APPLICABLE_RULE).toContain('/ An indicator marked 不涉及 (not applicable)')
  })
})

describe('rankResults', () => {
  it.each([
    [
      'ties share a rank and the next skips',
      [
        ['b', 95],
        ['c', 90],
        ['a', 90],
        ['d', 85],
      ],
      1,
      [
        ['b', 1, 'red'],
        ['a', 2, null],
        ['c', 2, null],
        ['d', 4, 'black'],
      ],
    ],
    [
      'all tied are all red',
      [
        ['x', 80],
        ['y', 80],
        ['z', 80],
        ['w', 80],
      ],
      3,
      [
        ['w', 1, 'red'],
        ['x', 1, 'red'],
        ['y', 1, 'red'],
        ['z', 1, 'red'],
      ],
    ],
    ['a single unit is on neither list (too few for both)', [[7, 60]], 3, [[7, 1, null]]],
    [
      'three units with list size 3 shrink to one each, never overlapping',
      [
        ['a', 90],
        ['b', 80],
        ['c', 70],
      ],
      3,
      [
        ['a', 1, 'red'],
        ['b', 2, null],
        ['c', 3, 'black'],
      ],
    ],
    [
      'four units with list size 3 shrink to two each',
      [
        ['a', 90],
        ['b', 80],
        ['c', 70],
        ['d', 60],
      ],
      3,
      [
        ['a', 1, 'red'],
        ['b', 2, 'red'],
        ['c', 3, 'black'],
        ['d', 4, 'black'],
      ],
    ],
    [
      'five units with list size 3 shrink to two: the bottom tie is all black',
      [
        ['a', 100],
        ['b', 90],
        ['c', 50],
        ['d', 50],
        ['e', 50],
      ],
      3,
      [
        ['a', 1, 'red'],
        ['b', 2, 'red'],
        ['c', 3, 'black'],
        ['d', 3, 'black'],
        ['e', 3, 'black'],
      ],
    ],
    [
      'a tie on the red edge stays red (six units, list size 3)',
      [
        ['a', 100],
        ['b', 90],
        ['c', 50],
        ['d', 50],
        ['e', 50],
        ['f', 40],
      ],
      3,
      [
        ['a', 1, 'red'],
        ['b', 2, 'red'],
        ['c', 3, 'red'],
        ['d', 3, 'red'],
        ['e', 3, 'red'],
        ['f', 6, 'black'],
      ],
    ],
    [
      'the bottom ties are all black',
      [
        ['a', 95],
        ['b', 90],
        ['c', 90],
        ['d', 85],
        ['e', 80],
        ['f', 80],
        ['g', 70],
      ],
      3,
      [
        ['a', 1, 'red'],
        ['b', 2, 'red'],
        ['c', 2, 'red'],
        ['d', 4, null],
        ['e', 5, 'black'],
        ['f', 5, 'black'],
        ['g', 7, 'black'],
      ],
    ],
    [
      'ids order ties by string (10 before 9)',
      [
        [9, 50],
        [10, 50],
        [3, 40],
      ],
      1,
      [
        [10, 1, 'red'],
        [9, 1, 'red'],
        [3, 3, 'black'],
      ],
    ],
  ] as [string, [string | number, number][], number, unknown[]][])('should rank when %s', (_name, input, listSize, expected) => {
    expect(summary(rankResults(totals(input), [], listSize))).toEqual(expected)
  })

  it.each([
    ['a', 3, 1, 2],
    ['b', 1, 2, -1],
    ['c', 3, 3, 0],
  ])('should give unit %s (previous %s, now %s) movement %s', (unit, previousRank, rank, movement) => {
    const previous = [
      { unit: 'a', rank: 3 },
      { unit: 'b', rank: 1 },
      { unit: 'c', rank: 3 },
    ]
    const result = rankResults(
      totals([
        ['a', 90],
        ['b', 80],
        ['c', 70],
        ['d', 60],
      ]),
      previous,
    ).find((r) => r.unit === unit)
    expect(result).toMatchObject({ rank, previousRank, movement })
  })

  it('should give null previousRank and movement to a unit new this round', () => {
    const [result] = rankResults(totals([['new', 90]]), [{ unit: 'old', rank: 1 }])
    expect(result).toEqual({
      unit: 'new',
      total: 90,
      rank: 1,
      previousRank: null,
      movement: null,
      list: null,
      scores: {},
      notApplicable: [],
    })
  })

  it('should match previous ranks across number and string ids', () => {
    const [result] = rankResults(totals([[5, 90]]), [{ unit: '5', rank: 4 }])
    expect([result.previousRank, result.movement]).toEqual([4, 3])
  })

  it('should not mutate the totals it sorts', () => {
    const input = totals([
      ['a', 1],
      ['b', 2],
    ])
    rankResults(input)
    expect(input.map((t) => t.unit)).toEqual(['a', 'b'])
  })

  it('should explain the tie rule in Chinese and English', () => {
    expect(TIE_RULE).toContain('95、90、90、85 → 第1、2、2、4名')
    expect(TIE_RULE).toContain('red wins')
    expect(TIE_RULE).toContain('缺项')
  })

  it('should leave a unit missing an indicator unranked (缺项) after the ranked ones, never as a 0 on the black list', () => {
    const scores: ScoreRow[] = [
      ...['env', 'order', 'publicity'].flatMap((indicator) => [
        { unit: 'a', indicator, score: 9 },
        { unit: 'b', indicator, score: 8 },
        { unit: 'c', indicator, score: 7 },
      ]),
      { unit: 'z', indicator: 'env', score: 100 },
    ]
    const results = rankResults(weightedTotals(INDICATORS, scores), [{ unit: 'z', rank: 1 }], 1)
    expect(results.map((r) => [r.unit, r.rank, r.total === null, r.list, r.movement, r.previousRank])).toEqual([
      ['a', 1, false, 'red', null, null],
      ['b', 2, false, null, null, null],
      ['c', 3, false, 'black', null, null],
      ['z', null, true, null, null, 1],
    ])
  })
})

describe('effectiveListSize', () => {
  it.each([
    [0, 3, 0, true],
    [1, 3, 0, true],
    [2, 3, 1, true],
    [5, 3, 2, true],
    [6, 3, 3, false],
    [9, 3, 3, false],
    [4, 1, 1, false],
  ])('should use, for %s ranked units and list size %s, %s each (shrunk: %s)', (units, asked, size, shrunk) => {
    expect(effectiveListSize(units, asked)).toEqual({ size, shrunk })
  })
})

describe('publishing an incomplete round', () => {
  const names: Record<string, string> = { 1: '和平街道', 2: '光明街道' }
  const name = (unit: string | number) => names[String(unit)] ?? String(unit)
  it.each([
    ['complete', [1, 2].flatMap((unit) => INDICATORS.map((ind) => ({ unit, indicator: ind.key, score: 5 }))), [], null],
    [
      'two cells missing',
      [
        { unit: 1, indicator: 'env', score: 5 },
        { unit: 1, indicator: 'order', score: 5 },
        { unit: 2, indicator: 'env', score: 5 },
        { unit: 2, indicator: 'publicity', score: 5 },
        { unit: 1, indicator: 'publicity', score: 5 },
      ],
      [{ unit: 2, indicator: 'order' }],
      '和平街道',
    ],
  ] as [string, ScoreRow[], unknown[], string | null][])('should judge %s', (_name, scores, cells, _absent) => {
    expect(missingCells(INDICATORS, scores)).toEqual(cells)
    const message = incompleteMessage(INDICATORS, scores, name)
    if (cells.length === 0) expect(message).toBeNull()
    else {
      expect(message).toContain('“各单位得分”（scores）不完整，不能发布')
      expect(message).toContain('光明街道 × 公共秩序')
      expect(message).not.toContain('和平街道 ×')
      expect(message).toContain('/ Scores (scores) are incomplete')
    }
  })
})

describe('publishing with 不涉及 and plain missing scores', () => {
  const name = (unit: string | number) => ({ 1: '和平街道', 2: '光明街道' })[String(unit) as '1' | '2'] ?? String(unit)
  const full = (unit: number, skip: string[] = []): ScoreRow[] =>
    INDICATORS.map((ind) =>
      skip.includes(ind.key) ? { unit, indicator: ind.key, score: null, notApplicable: true } : { unit, indicator: ind.key, score: 5 },
    )
  it.each([
    ['a 不涉及 cell does not block', [...full(1), ...full(2, ['order'])], []],
    ['every cell of a unit 不涉及 does not block', [...full(1), ...full(2, ['env', 'order', 'publicity'])], []],
    [
      'a row left empty (not 不涉及) blocks',
      [...full(1), ...full(2).map((row) => (row.indicator === 'order' ? { ...row, score: null } : row))],
      ['光明街道 × 公共秩序'],
    ],
    ['an absent row blocks', [...full(1), ...full(2).filter((row) => row.indicator !== 'env')], ['光明街道 × 环境卫生']],
  ] as [string, ScoreRow[], string[]][])('should judge: %s', (_name, scores, blocking) => {
    expect(validateEvaluation(INDICATORS, scores, [1, 2])).toEqual([])
    const message = incompleteMessage(INDICATORS, scores, name)
    if (blocking.length === 0) expect(message).toBeNull()
    else {
      expect(message).toContain(`以下 ${blocking.length} 项缺少分数——${blocking.join('、')}`)
      expect(message).toContain('勾选“不涉及”')
    }
  })

  it('should refuse a cell marked 不涉及 that also has a score, naming the field', () => {
    const errors = validateEvaluation(INDICATORS, [{ unit: 1, indicator: 'env', score: 80, notApplicable: true }], [1])
    expect(errors.map((e) => e.path)).toEqual(['scores.0.score'])
    expect(errors[0]?.message).toContain('单位 1 的指标“env”已标为“不涉及”，不能同时填写分数')
    expect(errors[0]?.message).toContain('/ Unit 1 is marked not applicable on "env"')
  })
})

describe('validateEvaluation', () => {
  const ok: ScoreRow[] = [{ unit: 1, indicator: 'env', score: 90 }]
  const withIndicator = (patch: Partial<IndicatorDef>, at = 0): IndicatorDef[] =>
    INDICATORS.map((d, i) => (i === at ? { ...d, ...patch } : d))

  it('should accept a valid round', () => {
    expect(validateEvaluation(INDICATORS, ok, [1, 2])).toEqual([])
  })

  it.each([
    [
      'weights summing to 95',
      withIndicator({ weight: 35 }),
      ok,
      [['indicators', '指标权重之和必须为 100（当前 95）/ Indicator weights must sum to 100 (now 95)']],
    ],
    [
      'a zero weight',
      [...INDICATORS, { key: 'x', name: '其他', weight: 0, maxScore: 10 }],
      ok,
      [['indicators.3.weight', '“其他”的权重必须大于 0']],
    ],
    [
      'a repeated key',
      [...withIndicator({ weight: 30 }), { key: 'env', name: '重复', weight: 10, maxScore: 10 }],
      ok,
      [['indicators.3.key', '“env”重复']],
    ],
    ['an empty key', withIndicator({ key: ' ' }), [], [['indicators.0.key', '指标代码不能为空']]],
    ['a zero maxScore', withIndicator({ maxScore: 0 }), [], [['indicators.0.maxScore', '满分必须大于 0']]],
    [
      'a score above max',
      INDICATORS,
      [{ unit: 2, indicator: 'order', score: 51 }],
      [['scores.0.score', '单位 2 的指标“order”分数 51 超出范围，允许 0–50']],
    ],
    ['a negative score', INDICATORS, [{ unit: 1, indicator: 'env', score: -1 }], [['scores.0.score', 'allowed 0–100']]],
    ['a NaN score', INDICATORS, [{ unit: 1, indicator: 'env', score: Number.NaN }], [['scores.0.score', '分数不是有效数字']]],
    [
      'an unknown indicator',
      INDICATORS,
      [{ unit: 1, indicator: 'noise', score: 1 }],
      [['scores.0.indicator', '指标“noise”不在本轮指标中']],
    ],
    ['an unknown unit', INDICATORS, [{ unit: 99, indicator: 'env', score: 1 }], [['scores.0.unit', '单位 99 不存在']]],
    [
      'a unit+indicator twice',
      INDICATORS,
      [...ok, { unit: '1', indicator: 'env', score: 80 }],
      [['scores.1', '单位 1 的指标“env”重复录入']],
    ],
  ] as [string, IndicatorDef[], ScoreRow[], [string, string][]][])('should reject %s', (_name, indicators, scores, expected) => {
    const errors = validateEvaluation(indicators, scores, [1, 2])
    expect(errors.map((e) => e.path)).toEqual(expected.map(([path]) => path))
    expected.forEach(([, text], i) => {
      expect(errors[i].message).toContain(text)
      expect(errors[i].message).toContain('/ ')
    })
  })

  it('should accept scores at both ends of the range and weights within 0.001 of 100', () => {
    const thirds: IndicatorDef[] = [1, 2, 3].map((n) => ({ key: `k${n}`, name: `K${n}`, weight: 33.3333, maxScore: 10 }))
    const scores: ScoreRow[] = [
      { unit: 1, indicator: 'k1', score: 0 },
      { unit: 1, indicator: 'k2', score: 10 },
    ]
    expect(validateEvaluation(thirds, scores, ['1'])).toEqual([])
  })
})
