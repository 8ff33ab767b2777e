import { describe, expect, it } from 'vitest'
import { type IndicatorDef, NOT_APPLICABLE_NOTE } from '../../cms/domain/ranking.ts'
import { rankingTable, safeFileName } from '../../cms/domain/rankingExport.ts'
import { columnLetter, parseNumberText, type RawCell, readScore } from '../../cms/domain/scoreCells.ts'
import { type ImportSheet, lineRanges, type MergedRange, validateImport } from '../../cms/domain/scoreImport.ts'
import { indexUnits, type UnitRef } from '../../cms/domain/unitMatch.ts'

const INDICATORS: IndicatorDef[] = [
  { key: 'env', name: '环境卫生', weight: 40, maxScore: 100 },
  { key: 'order', name: '公共秩序', weight: 30, maxScore: 100 },
  { key: 'publicity', name: '宣传氛围', weight: 30, maxScore: 10 },
]
const UNITS: UnitRef[] = [
  { id: 1, name: '大观园街道', code: 'dgy' },
  { id: 2, name: '杆石桥街道', code: 'gsq' },
  { id: 3, name: '四里村街道', code: 'slc' },
  { id: 4, name: '和平社区', code: 'hp-1' },
  { id: 5, name: '和平社区', code: 'hp-2' },
]
const HEADER: RawCell[] = ['单位', '环境卫生', '公共秩序', '宣传氛围']

/** A sheet from rows of cells; line numbers start at 1 like Excel's. */
const sheet = (rows: RawCell[][], merges: MergedRange[] = []): ImportSheet => ({
  rows: rows.map((cells, i) => ({ line: i + 1, cells })),
  merges,
})
const run = (rows: RawCell[][], merges: MergedRange[] = []) => validateImport(sheet(rows, merges), INDICATORS, UNITS)
const messages = (rows: RawCell[][], merges: MergedRange[] = []) => {
  const preview = run(rows, merges)
  return [...preview.problems, ...preview.rows.flatMap((row) => row.problems)]
}
const errors = (rows: RawCell[][], merges: MergedRange[] = []) =>
  messages(rows, merges)
    .filter((p) => p.level === 'error')
    .map((p) => p.message)
const notes = (rows: RawCell[][]) =>
  messages(rows)
    .filter((p) => p.level === 'info')
    .map((p) => p.message)

describe('parseNumberText', () => {
  it.each([
    ['85', 85],
    ['85.5', 85.5],
    ['８５', 85],
    ['８５．５', 85.5],
    [' 90 ', 90],
    ['0', 0],
    ['-3', -3],
    ['八十五', null],
    ['85分', null],
    ['', null],
    ['1e3', null],
    ['85,5', null],
  ])('should read %j as %j', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected)
  })
})

describe('readScore', () => {
  it.each<[RawCell, number, unknown]>([
    [85, 100, { ok: true, score: 85 }],
    ['９', 10, { ok: true, score: 9 }],
    [100, 100, { ok: true, score: 100 }],
    [120, 100, { ok: false, message: '120 超出范围（0–100）' }],
    [-1, 100, { ok: false, message: '-1 超出范围（0–100）' }],
    ['八十五', 100, { ok: false, message: '“八十五”不是数字' }],
    [null, 10, { ok: false, message: '分数为空，应填写 0–10 的数字；该指标对该单位不适用的，填写“不涉及”' }],
    ['不涉及', 100, { ok: true, notApplicable: true }],
    [' 不 涉 及 ', 100, { ok: true, notApplicable: true }],
    ['N/A', 100, { ok: true, notApplicable: true }],
    ['n/a', 100, { ok: true, notApplicable: true }],
    ['Ｎ／Ａ', 100, { ok: true, notApplicable: true }],
    ['不适用', 100, { ok: false, message: '“不适用”不是数字' }],
    ['NA', 100, { ok: false, message: '“NA”不是数字' }],
    [{ formula: 'IF(B2="","不涉及",B2)', result: '不涉及' }, 100, { ok: true, notApplicable: true }],
    [{ formula: 'B2+1', result: 86 }, 100, { ok: true, score: 86 }],
    [{ formula: 'B2+1', result: null }, 100, { ok: false, message: '公式没有计算结果（=B2+1），请在 Excel 中重新计算并保存，或改填数值' }],
    [{ formula: '1/0', result: '#DIV/0!' }, 100, { ok: false, message: '“#DIV/0!”不是数字' }],
  ])('should read %j (max %s) as %j', (cell, max, expected) => {
    expect(readScore(cell, max)).toEqual(expected)
  })
})

describe('columnLetter and lineRanges', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [703, 'AAA'],
  ])('should name column %s %s', (n, letters) => {
    expect(columnLetter(n)).toBe(letters)
  })

  it('should join line ranges the Chinese way', () => {
    expect(
      lineRanges([
        [7, 7],
        [9, 12],
      ]),
    ).toBe('第7、9–12行')
  })
})

describe('indexUnits', () => {
  const index = indexUnits(UNITS)
  it.each([
    ['dgy', 1],
    ['大观园街道', 1],
    [' 大观园 街道 ', 1],
    ['大观园街道\u3000', 1],
    ['ＤＧＹ', 1],
    ['GSQ', 2],
  ])('should find %j as unit %s', (text, id) => {
    const match = index.match(text)
    expect(match.kind === 'found' ? match.unit.id : null).toBe(id)
  })

  it('should call a shared name ambiguous and an unknown one missing', () => {
    expect(index.match('和平社区').kind).toBe('ambiguous')
    expect(index.match('不存在的单位').kind).toBe('missing')
  })

  it.each([
    ['大观园街', ['大观园街道']],
    ['杆石桥', ['杆石桥街道']],
    ['四里街道', ['四里村街道']],
    ['街道', ['四里村街道', '大观园街道', '杆石桥街道']],
    ['完全无关', []],
  ])('should suggest for %j: %j', (text, names) => {
    expect(index.suggest(text)).toEqual(names)
  })
})

describe('validateImport: accepted sheets', () => {
  it('should match every unit and produce one score row per unit and indicator', () => {
    const preview = run([HEADER, ['大观园街道', 90, 80, 9], ['gsq', '85.5', '８０', '７']])
    expect(preview.summary).toEqual({ rows: 2, matched: 2, errors: 0, notes: 0, skipped: 0, notApplicable: 0 })
    expect(preview.rows.map((row) => [row.line, row.unit?.id, row.scores])).toEqual([
      [2, 1, { env: 90, order: 80, publicity: 9 }],
      [3, 2, { env: 85.5, order: 80, publicity: 7 }],
    ])
    expect(preview.scores).toEqual([
      { unit: 1, indicator: 'env', score: 90 },
      { unit: 1, indicator: 'order', score: 80 },
      { unit: 1, indicator: 'publicity', score: 9 },
      { unit: 2, indicator: 'env', score: 85.5 },
      { unit: 2, indicator: 'order', score: 80 },
      { unit: 2, indicator: 'publicity', score: 7 },
    ])
  })

  it.each<[string, RawCell[]]>([
    ['indicator keys', ['单位名称', 'env', 'ORDER', 'publicity']],
    ['names with a note in brackets', ['被测评单位', '环境卫生（满分100）', '公共秩序(100)', '宣传氛围（10分）']],
    ['another column order', ['街道', '宣传氛围', '环境卫生', '公共秩序']],
  ])('should accept a header with %s', (_case, header) => {
    const byName = Object.fromEntries(header.map((h, i) => [h, i]))
    const row: RawCell[] = header.map((h) => (h === header[0] ? '四里村街道' : String(h).match(/宣传|publicity/) ? 5 : 60))
    const preview = run([header, row])
    expect(preview.summary.errors).toBe(0)
    expect(preview.rows[0].scores).toEqual({ env: 60, order: 60, publicity: 5 })
    expect(Object.keys(byName)).toHaveLength(4)
  })

  it('should skip a title row above the header and ignore 总分/备注 with a note, not an error', () => {
    const rows: RawCell[][] = [['2026年10月市民巡访团测评成绩'], [...HEADER, '总分', '备注'], ['大观园街道', 90, 80, 9, 87, '']]
    expect(errors(rows)).toEqual([])
    expect(notes(rows)).toEqual(['第1行是标题，已跳过', '“总分”列不导入：总分由系统按权重计算', '“备注”列不导入：备注不导入'])
  })

  it('should skip empty rows in the middle with a note and ignore trailing ones', () => {
    const rows: RawCell[][] = [HEADER, ['大观园街道', 90, 80, 9], [], [null, '', '  '], ['杆石桥街道', 70, 70, 7], [], []]
    const preview = run(rows)
    expect(preview.summary).toMatchObject({ rows: 2, matched: 2, errors: 0, skipped: 2 })
    expect(notes(rows)).toEqual(['已跳过 2 个空行（第3–4行）'])
  })

  it('should count rows missing between two read rows (a reader skips empty ones) as skipped', () => {
    const preview = validateImport(
      {
        rows: [
          { line: 1, cells: HEADER },
          { line: 2, cells: ['dgy', 1, 1, 1] },
          { line: 6, cells: ['gsq', 1, 1, 1] },
        ],
      },
      INDICATORS,
      UNITS,
    )
    expect(preview.problems.map((p) => p.message)).toEqual(['已跳过 3 个空行（第3–5行）'])
  })

  it('should use the cached result of a formula', () => {
    const preview = run([HEADER, ['大观园街道', { formula: 'SUM(E2:F2)', result: 88 }, 80, 9]])
    expect(preview.scores?.[0]).toEqual({ unit: 1, indicator: 'env', score: 88 })
  })

  it('should report progress and not mutate its inputs', () => {
    const input = sheet([HEADER, ['大观园街道', 90, 80, 9]])
    const frozen = structuredClone(input)
    const seen: [number, number][] = []
    validateImport(input, INDICATORS, UNITS, { onProgress: (done, total) => seen.push([done, total]) })
    expect(seen).toEqual([[1, 1]])
    expect(input).toEqual(frozen)
  })
})

describe('validateImport: 不涉及 cells', () => {
  it('should accept 不涉及 and N/A as not applicable, list each in the preview and store them without a score', () => {
    const preview = run([HEADER, ['大观园街道', 90, '不涉及', 9], ['gsq', 'N/A', 80, 7], ['slc', 70, 60, 6]])
    expect(preview.summary).toEqual({ rows: 3, matched: 3, errors: 0, notes: 2, skipped: 0, notApplicable: 2 })
    expect(preview.rows.map((row) => [row.line, row.scores, row.notApplicable])).toEqual([
      [2, { env: 90, publicity: 9 }, ['order']],
      [3, { order: 80, publicity: 7 }, ['env']],
      [4, { env: 70, order: 60, publicity: 6 }, []],
    ])
    expect(notes([HEADER, ['大观园街道', 90, '不涉及', 9], ['gsq', 'N/A', 80, 7]])).toEqual([
      '第2行“公共秩序”列：不涉及，不计分，该单位总分按其适用的指标折算',
      '第3行“环境卫生”列：不涉及，不计分，该单位总分按其适用的指标折算',
    ])
    expect(preview.scores?.slice(0, 6)).toEqual([
      { unit: 1, indicator: 'env', score: 90 },
      { unit: 1, indicator: 'order', score: null, notApplicable: true },
      { unit: 1, indicator: 'publicity', score: 9 },
      { unit: 2, indicator: 'env', score: null, notApplicable: true },
      { unit: 2, indicator: 'order', score: 80 },
      { unit: 2, indicator: 'publicity', score: 7 },
    ])
  })

  it('should say that a unit with every cell 不涉及 will not be ranked, and still import it', () => {
    const preview = run([HEADER, ['大观园街道', '不涉及', '不涉及', 'n/a']])
    expect(preview.summary.errors).toBe(0)
    expect(preview.rows[0]?.problems.map((p) => [p.level, p.message]).at(-1)).toEqual([
      'info',
      '第2行：全部指标均为不涉及，该单位没有总分，不参加排名',
    ])
    expect(preview.scores?.every((row) => row.notApplicable === true && row.score === null)).toBe(true)
  })

  it('should refuse the whole file when one cell is empty next to a 不涉及 cell', () => {
    const preview = run([HEADER, ['大观园街道', '不涉及', null, 9]])
    expect(preview.scores).toBeNull()
    expect(errors([HEADER, ['大观园街道', '不涉及', null, 9]])).toEqual([
      '第2行“公共秩序”列：分数为空，应填写 0–100 的数字；该指标对该单位不适用的，填写“不涉及”',
    ])
  })
})

describe('validateImport: refused sheets name the row and the column', () => {
  it.each<[string, RawCell[][], MergedRange[], string[]]>([
    [
      'text in a number cell',
      [HEADER, ['大观园街道', 90, 80, 9], ['杆石桥街道', 70, '八十五', 7]],
      [],
      ['第3行“公共秩序”列：“八十五”不是数字'],
    ],
    [
      'a score out of range',
      [HEADER, ['大观园街道', 101, 80, 11]],
      [],
      ['第2行“环境卫生”列：101 超出范围（0–100）', '第2行“宣传氛围”列：11 超出范围（0–10）'],
    ],
    [
      'an empty score (a plain missing score still blocks)',
      [HEADER, ['大观园街道', 90, null, 9]],
      [],
      ['第2行“公共秩序”列：分数为空，应填写 0–100 的数字；该指标对该单位不适用的，填写“不涉及”'],
    ],
    [
      'a duplicate unit',
      [HEADER, ['大观园街道', 90, 80, 9], ['dgy', 91, 81, 8]],
      [],
      ['第3行：单位“大观园街道”与第2行重复，每个单位只能有一行'],
    ],
    ['an unknown unit', [HEADER, ['大观园街', 90, 80, 9]], [], ['第2行：未找到单位“大观园街”，是否为：大观园街道？']],
    ['an unknown unit without a near name', [HEADER, ['火星基地', 90, 80, 9]], [], ['第2行：未找到单位“火星基地”，请检查单位名称或代码']],
    ['an ambiguous name', [HEADER, ['和平社区', 90, 80, 9]], [], ['第2行：单位“和平社区”对应多个单位（代码：hp-1、hp-2），请改用单位代码']],
    ['an empty unit', [HEADER, [null, 90, 80, 9]], [], ['第2行：单位为空，请填写单位名称或代码']],
    [
      'a formula without a cached result',
      [HEADER, ['大观园街道', { formula: 'B3*2', result: null }, 80, 9]],
      [],
      ['第2行“环境卫生”列：公式没有计算结果（=B3*2），请在 Excel 中重新计算并保存，或改填数值'],
    ],
    [
      'a missing indicator column',
      [
        ['单位', '环境卫生', '公共秩序'],
        ['大观园街道', 90, 80],
      ],
      [],
      ['缺少指标列“宣传氛围”（publicity），表头应包含：环境卫生（env）、公共秩序（order）、宣传氛围（publicity）'],
    ],
    [
      'an extra column close to an indicator',
      [
        [...HEADER, '环境卫生情况'],
        ['大观园街道', 90, 80, 9, 50],
      ],
      [],
      ['多余的列“环境卫生情况”（E列）不是本轮指标，是否为：环境卫生？'],
    ],
    [
      'an extra column unlike any indicator',
      [
        [...HEADER, '群众满意度调查'],
        ['大观园街道', 90, 80, 9, 50],
      ],
      [],
      ['多余的列“群众满意度调查”（E列）不是本轮指标，本轮指标为：环境卫生（env）、公共秩序（order）、宣传氛围（publicity）'],
    ],
    [
      'the same indicator twice',
      [
        [...HEADER, 'env'],
        ['大观园街道', 90, 80, 9, 90],
      ],
      [],
      ['指标“env”有两列（B列、E列），只能保留一列'],
    ],
    [
      'data without a header',
      [HEADER, ['大观园街道', 90, 80, 9, 'x']],
      [],
      ['第5列没有表头，但有数据（从第2行起），请补上指标名称或删除该列'],
    ],
    [
      'merged score cells',
      [HEADER, ['大观园街道', 90, null, 9]],
      [{ ref: 'B2:C2', top: 2, left: 2, bottom: 2, right: 3 }],
      ['第2行“环境卫生”列：合并单元格 B2:C2，请取消合并，每个单元格单独填写'],
    ],
    [
      'merged unit cells over two rows',
      [HEADER, ['大观园街道', 90, 80, 9], [null, 91, 81, 8]],
      [{ ref: 'A2:A3', top: 2, left: 1, bottom: 3, right: 1 }],
      [
        '第2行“单位”列：合并单元格 A2:A3，请取消合并，每个单元格单独填写',
        '第3行“单位”列：合并单元格 A2:A3，请取消合并，每个单元格单独填写',
      ],
    ],
    [
      'a merged header',
      [
        ['单位', '环境卫生', null, '宣传氛围'],
        ['大观园街道', 90, 80, 9],
      ],
      [{ ref: 'B1:C1', top: 1, left: 2, bottom: 1, right: 3 }],
      [
        '缺少指标列“公共秩序”（order），表头应包含：环境卫生（env）、公共秩序（order）、宣传氛围（publicity）',
        '第1行（表头）有合并单元格 B1:C1，请取消合并，每列一个标题',
        '第3列没有表头，但有数据（从第2行起），请补上指标名称或删除该列',
      ],
    ],
    [
      'no header at all',
      [['大观园街道', 90, 80, 9]],
      [],
      [
        '未找到表头：第一行应为表头，其中一列为单位（可用列名：单位、单位名称、单位名、单位代码、单位编码、代码、街道、社区、部门、被测评单位、被测评单位名称），其余各列为指标名称或代码',
      ],
    ],
  ])('should refuse %s', (_case, rows, merges, expected) => {
    const preview = run(rows, merges)
    expect(errors(rows, merges)).toEqual(expected)
    expect(preview.scores).toBeNull()
    expect(preview.summary.errors).toBe(expected.length)
  })

  it('should refuse more rows than the limit in one message', () => {
    const rows: RawCell[][] = [HEADER, ['a', 1, 1, 1], ['b', 1, 1, 1], ['c', 1, 1, 1]]
    const preview = validateImport(sheet(rows), INDICATORS, UNITS, { maxRows: 2 })
    expect(preview.problems.map((p) => p.message)).toEqual(['表格有 3 行数据，单次最多导入 2 行，请拆分后分批导入'])
    expect(preview.rows).toEqual([])
  })

  it('should refuse a round whose indicators are not set up', () => {
    expect(validateImport(sheet([HEADER]), [], UNITS).problems[0].message).toBe('本轮测评还没有设置指标，请先填写指标并保存，再导入分数')
    const lopsided = INDICATORS.map((ind) => ({ ...ind, weight: 10 }))
    expect(validateImport(sheet([HEADER, ['dgy', 1, 1, 1]]), lopsided, UNITS).problems[0].message).toMatch(
      /^本轮指标设置有误，请先修改指标：指标权重之和必须为 100（当前 30）/,
    )
  })
})

describe('rankingTable', () => {
  it('should list ranks in order with unit names, codes, indicator scores, movement and lists', () => {
    const units = new Map([
      ['1', { name: '大观园街道', code: 'dgy' }],
      ['2', { name: '杆石桥街道', code: null }],
    ])
    const table = rankingTable(
      INDICATORS,
      [
        { unit: 2, total: 70, rank: 2, movement: -1, list: 'black', scores: { env: 70, order: 70, publicity: 7 } },
        { unit: { id: 1 }, total: 90, rank: 1, movement: null, list: 'red', scores: { env: 90, order: 90, publicity: 9 } },
      ],
      units,
    )
    expect(table.header).toEqual(['名次', '单位', '单位代码', '总分', '环境卫生', '公共秩序', '宣传氛围', '升降', '榜单', '备注'])
    expect(table.rows).toEqual([
      [1, '大观园街道', 'dgy', 90, 90, 90, 9, null, '红榜', null],
      [2, '杆石桥街道', '', 70, 70, 70, 7, -1, '黑榜', null],
    ])
    expect(table.notes).toEqual([])
  })

  it('should mark 不涉及 cells, explain each unranked unit and write the 不涉及 rule under the table', () => {
    const units = new Map([
      ['1', { name: '书香社区', code: 'sx' }],
      ['2', { name: '幸福社区', code: 'xf' }],
      ['3', { name: '安居社区', code: 'aj' }],
      ['4', { name: '锦绣社区', code: 'jx' }],
    ])
    const table = rankingTable(
      INDICATORS,
      [
        { unit: 3, total: null, rank: null, scores: {}, notApplicable: ['env', 'order', 'publicity'] },
        { unit: 4, total: null, rank: null, scores: { env: 80 }, notApplicable: ['publicity'] },
        { unit: 2, total: 70, rank: 2, movement: 1, list: null, scores: { env: 70, order: 70, publicity: 7 }, notApplicable: [] },
        { unit: 1, total: 91.13, rank: 1, movement: null, list: 'red', scores: { env: 92, order: 90 }, notApplicable: ['publicity'] },
      ],
      units,
    )
    expect(table.rows).toEqual([
      [1, '书香社区', 'sx', 91.13, 92, 90, '不涉及', null, '红榜', '不涉及：宣传氛围；总分按适用指标折算为百分制'],
      [2, '幸福社区', 'xf', 70, 70, 70, 7, 1, null, null],
      [null, '安居社区', 'aj', null, '不涉及', '不涉及', '不涉及', null, null, '全部指标不涉及，没有总分，不排名'],
      [null, '锦绣社区', 'jx', null, 80, null, '不涉及', null, null, '缺项：公共秩序，不排名'],
    ])
    expect(table.notes).toEqual([NOT_APPLICABLE_NOTE])
    expect(NOT_APPLICABLE_NOTE).toContain('总分 = Σ（适用指标得分 ÷ 满分 × 权重）÷ 适用指标权重之和 × 100')
  })

  it.each([
    ['2026年10月 测评', '2026年10月 测评'],
    ['a/b:c*?', 'a_b_c__'],
    ['', 'ranking'],
  ])('should make %j a safe file name %j', (title, name) => {
    expect(safeFileName(title)).toBe(name)
  })
})
