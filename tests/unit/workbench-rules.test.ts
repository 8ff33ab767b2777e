import { describe, expect, it } from 'vitest'
import { needsProposal, proposalSummary } from '../../cms/domain/accountabilityRecords.ts'
import { auditCsv, auditRange, csvCell } from '../../cms/domain/auditCsv.ts'
import { freshness, listLink, thresholdFor, waitingTime, whereOf } from '../../cms/domain/dashboard.ts'
import type { Role } from '../../cms/domain/roles.ts'
import { decideSupervision, supervisionLabel } from '../../cms/domain/supervision.ts'
import { reviewButtonsFor } from '../../cms/domain/workflow.ts'

describe.each<[Role, string, string[]]>([
  ['editor', 'draft', ['submit']],
  ['editor', 'submitted', []],
  ['editor', 'rejected', ['submit']],
  ['unitLiaison', 'draft', ['submit']],
  ['reviewer', 'submitted', ['approve', 'reject']],
  ['reviewer', 'draft', ['submit']],
  ['admin', 'submitted', ['approve', 'reject']],
])('review buttons for %s on a %s document', (role, reviewState, expected) => {
  it('should offer only what the server accepts', () => {
    expect(reviewButtonsFor(role, { reviewState })).toEqual(expected)
  })
})

describe.each<[Role, string | null, 'issue' | 'verify' | 'return', string | undefined, string]>([
  ['editor', null, 'issue', undefined, 'issued'],
  ['unitLiaison', null, 'issue', undefined, '须由编辑或审核员操作'],
  ['reviewer', 'issued', 'issue', undefined, '不能开具督办单'],
  ['editor', 'issued', 'verify', undefined, '须由审核员操作'],
  ['reviewer', 'issued', 'verify', undefined, 'closed'],
  ['reviewer', 'returned', 'verify', undefined, 'closed'],
  ['reviewer', 'closed', 'verify', undefined, '当前为“已销号”'],
  ['reviewer', 'issued', 'return', '  ', '必须填写理由'],
  ['admin', 'issued', 'return', '照片不清楚', 'returned'],
])('督办单: %s, state %s, %s', (role, state, action, reason, expected) => {
  it('should decide the next state or refuse in Chinese', () => {
    const decision = decideSupervision(role, state, action, reason)
    expect(decision.ok ? decision.state : decision.message).toContain(expected)
  })
})

describe('supervision numbers and accountability proposals', () => {
  it('should print order numbers as 督办〔year〕第N号', () => {
    expect(supervisionLabel(2026, 7)).toBe('督办〔2026〕第7号')
  })
  it.each([
    [[1, 2, 3], [], true],
    [[], [], false],
    [[1, 2, 3], [{ status: 'proposed', exposures: [9] }], false],
    [[1, 2, 3], [{ status: 'confirmed', exposures: [1, 2, 3, 4] }], false],
    [[1, 2, 5], [{ status: 'confirmed', exposures: [1, 2, 3] }], true],
  ])('should propose for flagged %j with records %j: %s', (flagged, existing, expected) => {
    expect(needsProposal(flagged, existing)).toBe(expected)
  })
  it('should summarise the items', () => {
    expect(proposalSummary(['甲', '乙', '丙'])).toContain('曝光三次仍未整改（3 条）：甲；乙；丙')
  })
})

describe('dashboard rules', () => {
  const now = new Date('2026-12-01T04:00:00Z')
  it.each([
    ['2026-11-25T04:00:00Z', 14, 6, false],
    ['2026-11-10T04:00:00Z', 14, 21, true],
    ['2026-11-25T04:00:00Z', 5, 6, true],
    [null, 14, null, true],
  ])('should compute freshness of an update at %s with threshold %i', (last, threshold, days, stale) => {
    expect(freshness('bulletins', last, threshold, now)).toMatchObject({ days, stale, threshold, label: '通报 / 督查专报' })
  })
  it('should take a configured threshold only when it is a whole number from 1 to 365', () => {
    const configured = [
      { section: 'bulletins', days: 7 },
      { section: 'knowledge', days: 0 },
    ]
    expect([thresholdFor('bulletins', configured), thresholdFor('knowledge', configured), thresholdFor('exposures', configured)]).toEqual([
      7, 14, 14,
    ])
  })
  it('should build the admin list link and the matching where from the same conditions', () => {
    const conditions = [
      ['reviewState', 'equals', 'submitted'],
      ['lastEditedBy', 'equals', 3],
    ] as const
    expect(listLink('bulletins', conditions, 'updatedAt')).toBe(
      '/admin/collections/bulletins?where%5Band%5D%5B0%5D%5BreviewState%5D%5Bequals%5D=submitted&where%5Band%5D%5B1%5D%5BlastEditedBy%5D%5Bequals%5D=3&sort=updatedAt',
    )
    expect(whereOf(conditions)).toEqual({ and: [{ reviewState: { equals: 'submitted' } }, { lastEditedBy: { equals: 3 } }] })
  })
  it.each([
    ['2026-12-01T03:30:00Z', '不到 1 小时'],
    ['2026-12-01T01:00:00Z', '3 小时'],
    ['2026-11-28T02:00:00Z', '3 天 2 小时'],
    ['2026-11-29T04:00:00Z', '2 天'],
  ])('should say how long %s has waited', (since, expected) => {
    expect(waitingTime(since, now)).toBe(expected)
  })
})

describe('audit CSV', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+86 138', "'+86 138"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['a,b', '"a,b"'],
    ['说"明"', '"说""明"""'],
    [null, ''],
    ['正常', '正常'],
  ])('should escape %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })
  it('should write a BOM, a Chinese header and rows oldest first with CRLF', () => {
    const row = { section: '通报', id: '1', title: 't', action: '提交审核', by: 'a@b', comment: '' }
    const csv = auditCsv([
      { ...row, at: '2026-12-02T00:00:00Z' },
      { ...row, at: '2026-12-01T00:00:00Z', comment: '=1' },
    ])
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF时间,栏目,文档ID,标题,操作,操作人,意见/理由',
      "2026-12-01T00:00:00Z,通报,1,t,提交审核,a@b,'=1",
      '2026-12-02T00:00:00Z,通报,1,t,提交审核,a@b,',
      '',
    ])
  })
  it.each([
    ['2026-12-01', '2026-12-01', { ok: true, start: '2026-11-30T16:00:00.000Z', end: '2026-12-01T16:00:00.000Z' }],
    ['2026-12-02', '2026-12-01', { ok: false }],
    ['2025-01-01', '2026-12-01', { ok: false }],
    ['12/01/2026', '2026-12-01', { ok: false }],
    [null, '2026-12-01', { ok: false }],
  ])('should read the period %s … %s in Beijing days', (from, to, expected) => {
    expect(auditRange(from, to)).toMatchObject(expected)
  })
})
