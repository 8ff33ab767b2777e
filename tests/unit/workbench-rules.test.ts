import { describe, expect, it } from 'vitest'
import { needsProposal, proposalSummary } from '../../cms/domain/accountabilityRecords.ts'
import { auditCsv, auditRange, csvCell } from '../../cms/domain/auditCsv.ts'
import {
  type Condition,
  freshness,
  listLink,
  messageConditions,
  messageCounts,
  thresholdFor,
  waitingTime,
  whereOf,
} from '../../cms/domain/dashboard.ts'
import { dueState } from '../../cms/domain/messages/index.ts'
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

describe('留言 on the workbench', () => {
  type Doc = { deadline?: string; answeredAt?: string; unit?: number }
  /** How the admin list applies the conditions to one message. */
  const matches = (doc: Doc, conditions: Condition[]) =>
    conditions.every(([field, op, value]) => {
      const own = doc[field as keyof Doc]
      if (op === 'exists') return (own !== undefined) === value
      const [a, b] = [new Date(String(own)).getTime(), new Date(String(value)).getTime()]
      return own !== undefined && (op === 'less_than_equal' ? a <= b : a > b)
    })
  // Deadlines are the end (24:00 China time = 16:00Z) of a working day. Friday 2026-03-06, then the weekend;
  // 2026-04-03 (Friday) is followed by the 清明 holiday on Monday 04-06.
  const deadlines = ['2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10', '2026-03-11', '2026-04-03', '2026-04-07', '2026-04-08'].map(
    (day) => `${day}T16:00:00.000Z`,
  )
  const nows = ['2026-03-06T02:00:00Z', '2026-03-06T15:59:59Z', '2026-03-07T04:00:00Z', '2026-03-09T01:00:00Z', '2026-04-03T01:00:00Z']
  it.each(nows)('should split unanswered messages at %s exactly as dueState does', (at) => {
    const now = new Date(at)
    const conditions = messageConditions(now)
    for (const deadline of deadlines) {
      const state = dueState({ deadline }, now)
      const doc = { deadline, unit: 1 }
      expect([matches(doc, conditions.overdue), matches(doc, conditions.dueSoon)], `${deadline} ${state}`).toEqual([
        state === 'overdue',
        state === 'dueSoon',
      ])
      expect(matches({ ...doc, answeredAt: at }, conditions.overdue) || matches({ ...doc, answeredAt: at }, conditions.dueSoon)).toBe(false)
    }
  })
  it('should count unrouted, unanswered messages for staff only, each count linking to its filtered list', () => {
    const now = new Date('2026-03-06T02:00:00Z')
    expect(matches({ deadline: deadlines[3] }, messageConditions(now).unrouted)).toBe(true)
    expect(matches({ deadline: deadlines[3], unit: 2 }, messageConditions(now).unrouted)).toBe(false)
    expect(messageCounts(now, true).map((c) => [c.key, c.label, c.tone])).toEqual([
      ['messagesUnrouted', '待分办的市民留言', 'warn'],
      ['messagesOverdue', '已超期未答复的留言', 'danger'],
      ['messagesDueSoon', '即将超期的留言', 'warn'],
    ])
    expect(messageCounts(now, false).map((c) => c.key)).toEqual(['messagesOverdue', 'messagesDueSoon'])
    expect(listLink('messages', messageConditions(now).dueSoon)).toBe(
      '/admin/collections/messages?where%5Band%5D%5B0%5D%5BansweredAt%5D%5Bexists%5D=false&where%5Band%5D%5B1%5D%5Bdeadline%5D%5Bgreater_than%5D=2026-03-06T02%3A00%3A00.000Z&where%5Band%5D%5B2%5D%5Bdeadline%5D%5Bless_than_equal%5D=2026-03-09T16%3A00%3A00.000Z',
    )
  })
})
