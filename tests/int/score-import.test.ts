/**
 * Score import and ranking export on real Payload (temp SQLite), with files generated here by the
 * same libraries evaluators' tools use: exceljs (.xlsx), iconv-lite (GBK), papaparse (CSV).
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import Papa from 'papaparse'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ScoreImportError } from '../../cms/import/errors.ts'
import { commitImport, previewImport } from '../../cms/import/scoreImport.ts'
import type { User } from '../../cms/payload-types.ts'
import { tokenFor } from '../helpers/rest.ts'
import { startTempPayload, type TempPayload, tempFolderEnv } from '../helpers/tempPayload.ts'
import { childEnv } from '../helpers/testEnv.ts'
import { makeUser } from '../helpers/users.ts'
import { zipBytes } from '../helpers/zipBytes.ts'

type Cell = string | number | null | ExcelJS.CellFormulaValue
type Rows = Cell[][]

let ctx: TempPayload
let payload: Payload
let editor: User
let editorToken: string
let liaisonToken: string
let roundId: number

const HEADER: Rows[number] = ['单位', '环境卫生', '公共秩序', '宣传氛围']
const CLEAN: Rows = [HEADER, ['大观园街道', 90, 80, 9], ['杆石桥街道', 85, 90, 8], ['四里村街道', 70, 60, 6], ['wjz', 85, 90, 8]]
const UNITS = [
  ['大观园街道', 'dgy'],
  ['杆石桥街道', 'gsq'],
  ['四里村街道', 'slc'],
  ['魏家庄街道', 'wjz'],
] as const
const unitIds: Record<string, number> = {}

async function xlsx(rows: Rows, shape?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('成绩')
  for (const row of rows) sheet.addRow(row)
  shape?.(sheet)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
const csvText = (rows: Rows): string => Papa.unparse(rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))))
const gbkCsv = (rows: Rows): Buffer => iconv.encode(csvText(rows), 'gbk')
const bomCsv = (rows: Rows): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(rows), 'utf8')])
const file = (name: string, data: Buffer) => ({ name, data })

const round = () => payload.findByID({ collection: 'evaluation-rounds', id: roundId, draft: true, depth: 0, overrideAccess: true })
const versions = async () =>
  (await payload.countVersions({ collection: 'evaluation-rounds', where: { parent: { equals: roundId } }, overrideAccess: true })).totalDocs
const scoresNow = async () => (await round()).scores?.map(({ unit, indicator, score }) => ({ unit, indicator, score }))
const unitOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : value)

async function call(
  method: string,
  url: string,
  options: { token?: string; upload?: { name: string; data: Buffer }; round?: string } = {},
) {
  let body: FormData | undefined
  if (options.upload) {
    body = new FormData()
    body.append('file', new Blob([new Uint8Array(options.upload.data)]), options.upload.name)
  }
  const headers: Record<string, string> = options.token ? { authorization: `JWT ${options.token}` } : {}
  const request = new Request(`http://localhost/api/evaluation-rounds/${options.round ?? roundId}${url}`, { method, headers, body })
  const response = await handleEndpoints({ config: ctx.config as never, request, payloadInstanceCacheKey: ctx.key })
  const bytes = Buffer.from(await response.arrayBuffer())
  const type = response.headers.get('content-type') ?? ''
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    json: type.includes('json') ? JSON.parse(bytes.toString('utf8')) : null,
  }
}

beforeAll(async () => {
  ctx = await startTempPayload('score-import')
  payload = ctx.payload
  for (const [name, code] of UNITS) {
    unitIds[code] = (await payload.create({ collection: 'units', data: { name, kind: 'street', code }, overrideAccess: true })).id
  }
  editor = await makeUser(payload, 'editor')
  const liaison = await makeUser(payload, 'unitLiaison', unitIds.dgy)
  editorToken = await tokenFor(ctx, editor.email)
  liaisonToken = await tokenFor(ctx, liaison.email)
  const created = await payload.create({
    collection: 'evaluation-rounds',
    data: {
      title: '2026年10月市民巡访团测评',
      series: '市民巡访团月度测评',
      period: { start: '2026-10-01', end: '2026-10-31' },
      evaluator: 'citizen-patrol',
      listSize: 1,
      indicators: [
        { key: 'env', name: '环境卫生', weight: 40, maxScore: 100 },
        { key: 'order', name: '公共秩序', weight: 30, maxScore: 100 },
        { key: 'publicity', name: '宣传氛围', weight: 30, maxScore: 10 },
      ],
      scores: [],
    },
    draft: true,
    user: editor,
    overrideAccess: false,
  })
  roundId = created.id
})
afterAll(() => ctx.close())

describe('importing a clean file', () => {
  it('should preview every unit matched, write nothing, then commit and recompute the ranks', async () => {
    const data = await xlsx(CLEAN)
    const before = await versions()
    const { preview, format } = await previewImport(payload, roundId, file('成绩.xlsx', data), editor)
    expect(format).toBe('xlsx')
    expect(preview.summary).toEqual({ rows: 4, matched: 4, errors: 0, notes: 0, skipped: 0, notApplicable: 0 })
    expect(preview.rows.map((row) => row.unit?.name)).toEqual(['大观园街道', '杆石桥街道', '四里村街道', '魏家庄街道'])
    expect(await versions()).toBe(before)
    expect(await scoresNow()).toEqual([])

    const result = await commitImport(payload, roundId, file('成绩.xlsx', data), editor)
    expect(result.changed).toBe(true)
    const saved = await round()
    expect(saved.scores).toHaveLength(12)
    expect(saved.results?.map((row) => [unitOf(row.unit), row.total, row.rank, row.list ?? null])).toEqual([
      [unitIds.dgy, 87, 1, 'red'],
      [unitIds.gsq, 85, 2, null],
      [unitIds.wjz, 85, 2, null],
      [unitIds.slc, 64, 4, 'black'],
    ])
    expect([saved._status, saved.reviewState, unitOf(saved.lastEditedBy)]).toEqual(['draft', 'draft', editor.id])
    expect(await versions()).toBe(before + 1)
  })

  it('should read a GBK CSV and a UTF-8 CSV with BOM to the same scores as the workbook', async () => {
    const fromXlsx = (await previewImport(payload, roundId, file('a.xlsx', await xlsx(CLEAN)), editor)).preview.scores
    const gbk = await previewImport(payload, roundId, file('gbk.csv', gbkCsv(CLEAN)), editor)
    const bom = await previewImport(payload, roundId, file('bom.csv', bomCsv(CLEAN)), editor)
    const plain = await previewImport(payload, roundId, file('plain.csv', Buffer.from(csvText(CLEAN))), editor)
    expect([gbk.encoding, bom.encoding, plain.encoding]).toEqual(['gb18030', 'utf-8', 'utf-8'])
    expect(fromXlsx).toHaveLength(12)
    expect(gbk.preview.scores).toEqual(fromXlsx)
    expect(bom.preview.scores).toEqual(fromXlsx)
    expect(plain.preview.scores).toEqual(fromXlsx)
  })

  it('should change nothing when the same file is imported again, in any format', async () => {
    const before = await versions()
    expect((await commitImport(payload, roundId, file('again.xlsx', await xlsx(CLEAN)), editor)).changed).toBe(false)
    expect((await commitImport(payload, roundId, file('again.csv', gbkCsv(CLEAN)), editor)).changed).toBe(false)
    expect(await versions()).toBe(before)
  })

  it('should replace the scores with a corrected file and keep the previous version in history', async () => {
    const before = await versions()
    const corrected = CLEAN.map((row) => (row[0] === '四里村街道' ? ['四里村街道', 95, 95, 10] : row))
    expect((await commitImport(payload, roundId, file('更正.xlsx', await xlsx(corrected)), editor)).changed).toBe(true)
    const saved = await round()
    expect(saved.scores?.filter((row) => unitOf(row.unit) === unitIds.slc).map((row) => row.score)).toEqual([95, 95, 10])
    expect(saved.results?.[0]).toMatchObject({ unit: unitIds.slc, total: 96.5, rank: 1, list: 'red' })
    expect(await versions()).toBe(before + 1)
    const history = await payload.findVersions({
      collection: 'evaluation-rounds',
      where: { parent: { equals: roundId } },
      sort: '-updatedAt',
      depth: 0,
      overrideAccess: true,
    })
    const previous = history.docs[1].version.scores?.filter((row) => unitOf(row.unit) === unitIds.slc).map((row) => row.score)
    expect(previous).toEqual([70, 60, 6])
  })

  it('should skip empty rows and use cached formula results without calling them errors', async () => {
    const rows: Rows = [HEADER, ['dgy', 90, 80, 9], [], [], ['gsq', { formula: 'C3-5', result: 85 }, 90, 8]]
    const { preview } = await previewImport(payload, roundId, file('空行.xlsx', await xlsx(rows)), editor)
    expect(preview.summary).toMatchObject({ rows: 2, matched: 2, errors: 0, skipped: 2 })
    expect(preview.problems.map((p) => p.message)).toEqual(['已跳过 2 个空行（第3–4行）'])
    expect(preview.rows[1].scores).toEqual({ env: 85, order: 90, publicity: 8 })
  })
})

const TEN_MB = 10 * 1024 * 1024
const bigCsv = (): Buffer => {
  const filler = '大观园街道'.repeat(30)
  const rows: Rows = [HEADER]
  while (rows.length * Buffer.byteLength(filler) < TEN_MB + 4096) rows.push([filler, 1, 1, 1])
  return bomCsv(rows)
}
const bomb = (declaredSize?: number) =>
  zipBytes([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(60 * 1024 * 1024), declaredSize },
  ])

const HOSTILE: [string, string, () => Promise<Buffer> | Buffer, string][] = [
  [
    'merged cells',
    'merged.xlsx',
    () => xlsx([HEADER, ['dgy', 90, 80, 9], ['gsq', 85, null, 8]], (s) => s.mergeCells('B3:C3')),
    '合并单元格 B3:C3',
  ],
  [
    'a formula without a cached result',
    'formula.xlsx',
    () => xlsx([HEADER, ['dgy', { formula: 'C2+1' }, 80, 9]]),
    '第2行“环境卫生”列：公式没有计算结果（=C2+1）',
  ],
  [
    'text in a number cell',
    'text.xlsx',
    () => xlsx([HEADER, ['dgy', 90, 80, 9], ['gsq', '八十五', 90, 8]]),
    '第3行“环境卫生”列：“八十五”不是数字',
  ],
  ['a score out of range', 'range.csv', () => gbkCsv([HEADER, ['dgy', 190, 80, 9]]), '第2行“环境卫生”列：190 超出范围（0–100）'],
  [
    'an extra column',
    'extra.xlsx',
    () =>
      xlsx([
        [...HEADER, '群众满意度'],
        ['dgy', 90, 80, 9, 95],
      ]),
    '多余的列“群众满意度”（E列）不是本轮指标',
  ],
  ['a missing indicator column', 'missing.csv', () => bomCsv([HEADER.slice(0, 3), ['dgy', 90, 80]]), '缺少指标列“宣传氛围”（publicity）'],
  [
    'a duplicate unit',
    'dup.xlsx',
    () => xlsx([HEADER, ['大观园街道', 90, 80, 9], ['dgy', 91, 81, 8]]),
    '第3行：单位“大观园街道”与第2行重复',
  ],
  ['an unknown unit', 'unknown.csv', () => gbkCsv([HEADER, ['大观园街', 90, 80, 9]]), '第2行：未找到单位“大观园街”，是否为：大观园街道？'],
  ['a file over 10 MB', 'big.csv', bigCsv, '文件过大'],
  [
    'random bytes named .xlsx',
    'fake.xlsx',
    () => Buffer.concat([Buffer.from([0x00, 0xff]), randomBytes(64 * 1024)]),
    '不是有效的 Excel（.xlsx）或 CSV 文件',
  ],
  ['a zip bomb disguised as xlsx', 'bomb.xlsx', () => bomb(), '疑似压缩炸弹'],
  ['a zip bomb whose header lies about its size', 'liar.xlsx', () => bomb(1000), '疑似压缩炸弹'],
  [
    'a zip that is not a workbook',
    'notes.xlsx',
    () => zipBytes([{ name: 'readme.txt', data: Buffer.from('hello') }]),
    '不是有效的 Excel（.xlsx）文件',
  ],
  [
    'an old .xls workbook',
    'old.xls',
    () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), randomBytes(1024)]),
    '旧版 Excel（.xls）',
  ],
]

describe('hostile files', () => {
  it.each(HOSTILE)('should refuse %s with a clear Chinese message and write nothing', async (_case, name, build, expected) => {
    const data = await build()
    const scores = await scoresNow()
    const count = await versions()
    const error = await commitImport(payload, roundId, file(name, data), editor).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ScoreImportError)
    const failure = error as ScoreImportError
    const text = [failure.message, ...(failure.preview?.problems ?? []), ...(failure.preview?.rows.flatMap((r) => r.problems) ?? [])]
      .map((p) => (typeof p === 'string' ? p : p.message))
      .join('\n')
    expect(text).toContain(expected)

    const answer = await call('POST', '/import/commit', { token: editorToken, upload: file(name, data) })
    expect(answer.status).toBe(expected === '文件过大' ? 413 : 400)
    expect(answer.json.ok).toBe(false)
    expect(JSON.stringify(answer.json)).toContain(expected)
    expect(JSON.stringify(answer.json)).not.toMatch(/\n\s+at |stack/)
    const preview = await call('POST', '/import/preview', { token: editorToken, upload: file(name, data) })
    expect(preview.status).toBe(answer.status)

    expect(await scoresNow()).toEqual(scores)
    expect(await versions()).toBe(count)
    const next = await call('POST', '/import/preview', { token: editorToken, upload: file('ok.csv', bomCsv(CLEAN)) })
    expect([next.status, next.json.ok, next.json.preview.summary.matched]).toEqual([200, true, 4])
  })
})

describe('REST endpoints', () => {
  it('should answer 401 without a user and 403 for a unit liaison, writing nothing', async () => {
    const count = await versions()
    const upload = file('ok.csv', bomCsv(CLEAN))
    const anonymous = await call('POST', '/import/commit', { upload })
    const liaison = await call('POST', '/import/commit', { token: liaisonToken, upload })
    expect([anonymous.status, liaison.status]).toEqual([401, 403])
    expect(liaison.json.message).toContain('只有编辑、审核员或管理员可以导入测评分数')
    expect(await versions()).toBe(count)
    const missing = await call('POST', '/import/preview', { token: editorToken })
    expect(missing.status).toBe(400)
  })

  it('should answer 404 for a round that does not exist', async () => {
    const upload = file('ok.csv', bomCsv(CLEAN))
    const answers = await Promise.all([
      call('POST', '/import/preview', { token: editorToken, upload, round: '999999' }),
      call('POST', '/import/commit', { token: editorToken, upload, round: 'not-an-id' }),
      call('GET', '/export.xlsx', { token: editorToken, round: '999999' }),
      call('GET', '/export.csv', { round: 'not-an-id' }),
    ])
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404])
    expect(answers[0].json.message).toContain('测评 999999 不存在')
  })

  it('should import through the REST commit endpoint and report whether anything changed', async () => {
    const changed = await call('POST', '/import/commit', { token: editorToken, upload: file('clean.xlsx', await xlsx(CLEAN)) })
    expect([changed.status, changed.json.changed]).toEqual([200, true])
    expect(changed.json.message).toContain('已导入 4 个单位的分数')
    const same = await call('POST', '/import/commit', { token: editorToken, upload: file('clean.csv', gbkCsv(CLEAN)) })
    expect([same.status, same.json.changed, same.json.message]).toEqual([
      200,
      false,
      '分数与当前版本相同，未做任何修改 / Same scores as now; nothing changed',
    ])
  })

  it('should export the ranking as .xlsx that exceljs reads back', async () => {
    const answer = await call('GET', '/export.xlsx', { token: editorToken })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('2026年10月市民巡访团测评-排名.xlsx')}`,
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(answer.bytes as unknown as Parameters<typeof workbook.xlsx.load>[0])
    const sheet = workbook.worksheets[0]
    const rows = Array.from({ length: sheet.rowCount }, (_, r) => Array.from({ length: 10 }, (_, c) => sheet.getCell(r + 1, c + 1).value))
    expect(rows).toEqual([
      ['名次', '单位', '单位代码', '总分', '环境卫生', '公共秩序', '宣传氛围', '升降', '榜单', '备注'],
      [1, '大观园街道', 'dgy', 87, 90, 80, 9, null, '红榜', null],
      [2, '杆石桥街道', 'gsq', 85, 85, 90, 8, null, null, null],
      [2, '魏家庄街道', 'wjz', 85, 85, 90, 8, null, null, null],
      [4, '四里村街道', 'slc', 64, 70, 60, 6, null, '黑榜', null],
    ])
  })

  it('should export CSV with a BOM that parses back, and only published rounds to the public', async () => {
    const answer = await call('GET', '/export.csv', { token: editorToken })
    expect(answer.status).toBe(200)
    expect([...answer.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const parsed = Papa.parse<string[]>(answer.bytes.toString('utf8').slice(1), { skipEmptyLines: true })
    expect(parsed.data[0]).toEqual(['名次', '单位', '单位代码', '总分', '环境卫生', '公共秩序', '宣传氛围', '升降', '榜单', '备注'])
    expect(parsed.data[1]).toEqual(['1', '大观园街道', 'dgy', '87', '90', '80', '9', '', '红榜', ''])
    expect(parsed.data).toHaveLength(5)

    expect((await call('GET', '/export.csv')).status).toBe(404)
    await payload.update({ collection: 'evaluation-rounds', id: roundId, data: { _status: 'published' }, overrideAccess: true })
    const open = await call('GET', '/export.csv')
    expect([open.status, open.bytes.toString('utf8').split('\n').length]).toEqual([200, 5])
  })
})

describe('不涉及 in the import and the export; the export moves with the previous round', () => {
  const indicators = [
    { key: 'env', name: '环境卫生', weight: 40, maxScore: 100 },
    { key: 'order', name: '公共秩序', weight: 30, maxScore: 100 },
    { key: 'publicity', name: '宣传氛围', weight: 30, maxScore: 10 },
  ]
  const base = { series: '社区月度测评', evaluator: 'citizen-patrol' as const, listSize: 1, indicators }
  const julyScores = (dgy: number) =>
    (['dgy', 'gsq', 'slc', 'wjz'] as const).flatMap((code) => {
      const level = { dgy, gsq: 90, slc: 80, wjz: 70 }[code]
      return indicators.map((ind) => ({
        unit: unitIds[code] as number,
        indicator: ind.key,
        score: ind.maxScore === 10 ? level / 10 : level,
      }))
    })
  let july: number
  let august: number
  /** The exported CSV of August as rows of cells (anonymous: published only). */
  const exported = async () => {
    const answer = await call('GET', '/export.csv', { round: String(august) })
    expect(answer.status).toBe(200)
    return Papa.parse<string[]>(answer.bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data
  }
  /** August's movement as the public API reads it, by unit code, in rank order. */
  const publicMoves = async () => {
    const doc = await payload.findByID({ collection: 'evaluation-rounds', id: august, depth: 1, overrideAccess: false })
    return doc.results?.map((row) => [(row.unit as { code: string }).code, row.movement ?? null])
  }

  beforeAll(async () => {
    // July: gsq 90, slc 80, wjz 70, dgy 60 → ranks gsq 1, slc 2, wjz 3, dgy 4.
    july = (
      await payload.create({
        collection: 'evaluation-rounds',
        data: {
          ...base,
          title: '社区7月',
          period: { start: '2026-07-01', end: '2026-07-31' },
          scores: julyScores(60),
          _status: 'published',
        },
        overrideAccess: true,
      })
    ).id
    august = (
      await payload.create({
        collection: 'evaluation-rounds',
        data: { ...base, title: '社区8月', period: { start: '2026-08-01', end: '2026-08-31' }, scores: [] },
        draft: true,
        user: editor,
        overrideAccess: false,
      })
    ).id
  })

  it('should import 不涉及 and N/A cells as not applicable, list them in the preview and re-weight the totals', async () => {
    const rows: Rows = [
      HEADER,
      ['大观园街道', 90, 80, '不涉及'], // (36 + 24) ÷ 70 × 100 = 85.71
      ['gsq', 85, 'N/A', 8], // (34 + 24) ÷ 70 × 100 = 82.86
      ['slc', 70, 60, 6], // 28 + 18 + 18 = 64
      ['wjz', '不涉及', '不涉及', '不涉及'],
    ]
    const { preview } = await previewImport(payload, august, file('不涉及.csv', gbkCsv(rows)), editor)
    expect([preview.summary.errors, preview.summary.notApplicable]).toEqual([0, 5])
    expect(preview.rows.map((row) => row.notApplicable)).toEqual([['publicity'], ['order'], [], ['env', 'order', 'publicity']])
    expect(preview.rows[0]?.problems.map((p) => p.message)).toEqual(['第2行“宣传氛围”列：不涉及，不计分，该单位总分按其适用的指标折算'])

    expect((await commitImport(payload, august, file('不涉及.xlsx', await xlsx(rows)), editor)).changed).toBe(true)
    const saved = await payload.findByID({ collection: 'evaluation-rounds', id: august, draft: true, depth: 0, overrideAccess: true })
    expect(saved.scores?.filter((row) => row.notApplicable).map((row) => [unitOf(row.unit), row.indicator, row.score ?? null])).toEqual([
      [unitIds.dgy, 'publicity', null],
      [unitIds.gsq, 'order', null],
      [unitIds.wjz, 'env', null],
      [unitIds.wjz, 'order', null],
      [unitIds.wjz, 'publicity', null],
    ])
    expect(saved.results?.map((row) => [unitOf(row.unit), row.total ?? null, row.rank ?? null, row.list ?? null])).toEqual([
      [unitIds.dgy, 85.71, 1, 'red'],
      [unitIds.gsq, 82.86, 2, null],
      [unitIds.slc, 64, 3, 'black'],
      [unitIds.wjz, null, null, null],
    ])
    expect((await commitImport(payload, august, file('again.csv', gbkCsv(rows)), editor)).changed).toBe(false)
  })

  it('should export 不涉及 cells, why a unit is not ranked, the rule, and the movement the public API shows', async () => {
    await payload.update({ collection: 'evaluation-rounds', id: august, data: { _status: 'published' }, overrideAccess: true })
    const table = await exported()
    expect(table.slice(1, 5)).toEqual([
      ['1', '大观园街道', 'dgy', '85.71', '90', '80', '不涉及', '3', '红榜', '不涉及：宣传氛围；总分按适用指标折算为百分制'],
      ['2', '杆石桥街道', 'gsq', '82.86', '85', '不涉及', '8', '-1', '', '不涉及：公共秩序；总分按适用指标折算为百分制'],
      ['3', '四里村街道', 'slc', '64', '70', '60', '6', '-1', '黑榜', ''],
      ['', '魏家庄街道', 'wjz', '', '不涉及', '不涉及', '不涉及', '', '', '全部指标不涉及，没有总分，不排名'],
    ])
    expect(table[5]?.[0]).toContain('总分 = Σ（适用指标得分 ÷ 满分 × 权重）÷ 适用指标权重之和 × 100')
    expect(await publicMoves()).toEqual([
      ['dgy', 3],
      ['gsq', -1],
      ['slc', -1],
      ['wjz', null],
    ])
  })

  it('should move the exported August when July is corrected, and when July is unpublished, without saving August', async () => {
    const versionsBefore = (
      await payload.countVersions({ collection: 'evaluation-rounds', where: { parent: { equals: august } }, overrideAccess: true })
    ).totalDocs
    // July corrected: dgy 100 → ranks dgy 1, gsq 2, slc 3, wjz 4.
    await payload.update({ collection: 'evaluation-rounds', id: july, data: { scores: julyScores(100) }, overrideAccess: true })
    expect((await exported()).slice(1, 5).map((row) => [row[2], row[7]])).toEqual([
      ['dgy', '0'],
      ['gsq', '0'],
      ['slc', '0'],
      ['wjz', ''],
    ])
    expect(await publicMoves()).toEqual([
      ['dgy', 0],
      ['gsq', 0],
      ['slc', 0],
      ['wjz', null],
    ])
    await payload.update({ collection: 'evaluation-rounds', id: july, data: { _status: 'draft' }, overrideAccess: true })
    expect((await exported()).slice(1, 5).map((row) => row[7])).toEqual(['', '', '', ''])
    const versionsAfter = (
      await payload.countVersions({ collection: 'evaluation-rounds', where: { parent: { equals: august } }, overrideAccess: true })
    ).totalDocs
    expect(versionsAfter).toBe(versionsBefore)
  })
})

describe('a 5,000-row file', () => {
  it('should import every row', async () => {
    // Units straight through the database adapter: the unit hooks re-read the whole tree on each save.
    const rows: Rows = [['单位代码', '环境卫生', '公共秩序', '宣传氛围']]
    for (let i = 0; i < 5000; i++) {
      await payload.db.create({ collection: 'units', data: { name: `第${i}网格`, kind: 'grid', code: `grid-${i}` } })
      rows.push([`grid-${i}`, 50 + (i % 50), 40 + (i % 60), i % 11])
    }
    const data = await xlsx(rows)
    const phases = new Set<string>()
    const started = performance.now()
    const result = await commitImport(payload, roundId, file('5000.xlsx', data), editor, (progress) => phases.add(progress.phase))
    console.log(`5,000-row import (${(data.length / 1024).toFixed(0)} KB xlsx): ${Math.round(performance.now() - started)} ms`)
    expect(result.changed).toBe(true)
    expect(result.preview.summary).toMatchObject({ rows: 5000, matched: 5000, errors: 0 })
    const saved = await round()
    expect([saved.scores?.length, saved.results?.length]).toEqual([15000, 5000])
    expect([...phases]).toEqual(['read', 'validate', 'write', 'done'])
  })
})

describe('npm run import:scores', () => {
  const cli = (args: string[]) => {
    const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'cms/cli/import-scores.ts', ...args], {
      encoding: 'utf8',
      env: childEnv(tempFolderEnv(ctx.dir)),
      timeout: 120_000,
    })
    return { code: result.status, out: result.stdout, err: result.stderr }
  }

  it('should list every problem and exit 1 with nothing written, then import a good file as the given user', async () => {
    const dir = path.join(ctx.dir, 'cli')
    fs.mkdirSync(dir)
    const bad = path.join(dir, 'bad.csv')
    fs.writeFileSync(bad, gbkCsv([HEADER, ['大观园街', 90, 80, 9], ['gsq', '八十五', 90, 8]]))
    const count = await versions()
    const failed = cli(['--round', String(roundId), '--file', bad, '--as', editor.email])
    expect(failed.code).toBe(1)
    expect(failed.err).toContain('✖ 第2行：未找到单位“大观园街”，是否为：大观园街道？')
    expect(failed.err).toContain('✖ 第3行“环境卫生”列：“八十五”不是数字')
    expect(failed.err).not.toMatch(/\n\s+at /)
    expect(await versions()).toBe(count)

    const good = path.join(dir, 'good.xlsx')
    fs.writeFileSync(good, await xlsx(CLEAN))
    const dry = cli(['--round', String(roundId), '--file', good, '--as', editor.email, '--dry-run'])
    expect([dry.code, dry.out]).toEqual([0, expect.stringContaining('预览通过（未写入）')])
    expect(await versions()).toBe(count)
    const done = cli(['--round', String(roundId), '--file', good, '--as', editor.email])
    expect(done.code).toBe(0)
    expect(done.out).toContain('已导入“2026年10月市民巡访团测评”的分数')
    expect(await versions()).toBe(count + 1)
    expect(await scoresNow()).toHaveLength(12)
  })
})
