import { describe, expect, it } from 'vitest'
import {
  accountabilityChanges,
  accountabilityRule,
  deadlineEnds,
  defaultDeadline,
  dueSoonRange,
  type ExposureItem,
  effectiveStatus,
  isDueSoon,
  isOverdue,
  RECTIFICATION_LABELS,
  type RectificationState,
  type RectificationStatus,
  statusChoiceProblem,
  threeStrikes,
  urgency,
  validateDeadline,
  wasRectifiedLate,
} from '../../cms/domain/exposureRules.ts'

const NOW = new Date('2026-03-10T00:00:00Z')
const PAST = '2026-03-01T00:00:00.000Z'
const FUTURE = '2026-03-20T00:00:00.000Z'

describe('RECTIFICATION_LABELS', () => {
  it.each([
    ['pending', '待整改', 'Pending'],
    ['in-progress', '整改中', 'In progress'],
    ['rectified', '已整改', 'Rectified'],
    ['overdue', '逾期', 'Overdue'],
    ['accountability', '问责', 'Accountability'],
  ] as [RectificationStatus, string, string][])('should label %s as %s / %s', (status, zh, en) => {
    expect(RECTIFICATION_LABELS[status]).toEqual({ zh, en })
  })
})

describe('deadlines', () => {
  it.each([
    ['2026-03-01T08:00:00.000Z', 1, '2026-03-02T00:00:00.000Z'],
    ['2026-02-27', 3, '2026-03-02T00:00:00.000Z'],
    ['2024-02-28T12:00:00.000Z', 1, '2024-02-29T00:00:00.000Z'],
    ['2025-12-31T15:59:00.000Z', 1, '2026-01-01T00:00:00.000Z'],
    ['2025-12-31T16:00:00.000Z', 1, '2026-01-02T00:00:00.000Z'],
    [new Date('2026-03-01T00:00:00Z'), 0, '2026-03-01T00:00:00.000Z'],
  ])('should put the default deadline for %s plus %s days on the China day %s', (foundAt, days, expected) => {
    expect(defaultDeadline(foundAt, days)).toBe(expected)
  })

  it.each([
    ['2026-03-01', '2026-03-02', null],
    ['2026-03-01T10:00:00Z', '2026-03-01T10:00:00Z', null],
    ['2026-03-01T10:00:00Z', '2026-03-01', null],
    ['2026-03-01T16:30:00Z', '2026-03-02', null],
  ])('should accept found %s with deadline %s', (foundAt, deadline, expected) => {
    expect(validateDeadline(foundAt, deadline)).toBe(expected)
  })

  it.each([
    ['2026-03-02', '2026-03-01', '整改期限（2026-03-01）不能早于发现日期（2026-03-02）'],
    ['2026-03-01', 'soon', '整改期限不是有效日期'],
  ])('should reject found %s with deadline %s', (foundAt, deadline, expected) => {
    expect(validateDeadline(foundAt, deadline)).toContain(expected)
  })
})

describe('China time: overdue after the END of the deadline day in Beijing', () => {
  const item = (deadline: string): RectificationState => ({ status: 'pending', deadline })
  it.each([
    ['23:59 Beijing on the deadline day', '2026-03-10', '2026-03-10T15:59:00.000Z', false],
    ['23:59:59.999 Beijing on the deadline day', '2026-03-10', '2026-03-10T15:59:59.999Z', false],
    ['00:00 Beijing the next day', '2026-03-10', '2026-03-10T16:00:00.000Z', true],
    ['08:00 Beijing on the deadline day (UTC midnight after)', '2026-03-10', '2026-03-10T00:00:01.000Z', false],
    ['a deadline picked at Beijing midnight, 23:59 that day', '2026-03-09T16:00:00.000Z', '2026-03-10T15:59:00.000Z', false],
    ['a deadline picked at Beijing midnight, 00:00 next day', '2026-03-09T16:00:00.000Z', '2026-03-10T16:00:00.000Z', true],
    ['across the new year: 23:59 on 12-31', '2026-12-31', '2026-12-31T15:59:00.000Z', false],
    ['across the new year: 00:00 on 01-01', '2026-12-31', '2026-12-31T16:00:00.000Z', true],
  ])('should judge %s (deadline %s, now %s) overdue: %s', (_name, deadline, now, overdue) => {
    expect(isOverdue(item(deadline), new Date(now))).toBe(overdue)
    expect(effectiveStatus(item(deadline), new Date(now))).toBe(overdue ? 'overdue' : 'pending')
  })

  it.each([
    ['rectified on the deadline day late in the evening', '2026-03-10', '2026-03-10T15:00:00.000Z', false],
    ['rectified just after midnight Beijing', '2026-03-10', '2026-03-10T16:30:00.000Z', true],
  ])('should judge %s as late: %s', (_name, deadline, rectifiedAt, late) => {
    expect(wasRectifiedLate({ status: 'rectified', deadline, rectifiedAt })).toBe(late)
  })
})

describe('accountabilityRule', () => {
  it('should word the three-strikes rule with its window', () => {
    expect(accountabilityRule(90).zh).toContain('曝光三次仍未整改的启动问责程序')
    expect(accountabilityRule(90).zh).toContain('90 天内')
  })
})

describe('status rules', () => {
  it.each([
    ['pending before the deadline', { status: 'pending', deadline: FUTURE }, false, 'pending', 2],
    ['in-progress before the deadline', { status: 'in-progress', deadline: FUTURE }, false, 'in-progress', 2],
    ['pending past the deadline', { status: 'pending', deadline: PAST }, true, 'overdue', 1],
    ['in-progress past the deadline', { status: 'in-progress', deadline: PAST }, true, 'overdue', 1],
    ['deadline exactly now', { status: 'pending', deadline: NOW.toISOString() }, false, 'pending', 2],
    ['stored overdue, deadline moved later', { status: 'overdue', deadline: FUTURE }, false, 'overdue', 1],
    ['rectified on time', { status: 'rectified', deadline: FUTURE, rectifiedAt: '2026-03-05T00:00:00Z' }, false, 'rectified', 3],
    ['rectified late', { status: 'rectified', deadline: PAST, rectifiedAt: '2026-03-05T00:00:00Z' }, false, 'rectified', 3],
    [
      'stored overdue but a fix is recorded',
      { status: 'overdue', deadline: PAST, rectifiedAt: '2026-03-05T00:00:00Z' },
      false,
      'rectified',
      3,
    ],
    ['under accountability', { status: 'accountability', deadline: PAST }, true, 'accountability', 0],
  ] as [string, RectificationState, boolean, RectificationStatus, number][])('should judge %s', (_name, item, overdue, status, rank) => {
    expect(isOverdue(item, NOW)).toBe(overdue)
    expect(effectiveStatus(item, NOW)).toBe(status)
    expect(urgency(item, NOW)).toBe(rank)
  })

  it.each([
    [{ status: 'rectified', deadline: PAST, rectifiedAt: '2026-03-05T00:00:00Z' }, true],
    [{ status: 'rectified', deadline: FUTURE, rectifiedAt: '2026-03-05T00:00:00Z' }, false],
    [{ status: 'rectified', deadline: PAST, rectifiedAt: PAST }, false],
    [{ status: 'rectified', deadline: PAST }, false],
    [{ status: 'pending', deadline: PAST }, false],
  ] as [RectificationState, boolean][])('should say rectified late for %o: %s', (item, late) => {
    expect(wasRectifiedLate(item)).toBe(late)
  })
})

describe('threeStrikes', () => {
  const item = (id: number, unit: number | string, foundAt: string, patch: Partial<ExposureItem> = {}): ExposureItem => ({
    id,
    unit,
    title: `问题${id}`,
    foundAt,
    deadline: PAST,
    status: 'pending',
    ...patch,
  })
  const three = [item(3, 7, '2026-02-20T00:00:00Z'), item(1, 7, '2026-02-10T00:00:00Z'), item(2, 7, '2026-02-15T00:00:00Z')]
  const two = three.slice(1)
  const expected7 = { unit: 7, items: [1, 2, 3].map((id) => ({ id, title: `问题${id}` })) }

  it.each([
    ['exactly three strikes, sorted by foundAt', three, [expected7]],
    ['only two strikes', two, []],
    [
      'one of three rectified late',
      [...two, item(9, 7, '2026-02-25T00:00:00Z', { status: 'rectified', rectifiedAt: NOW.toISOString() })],
      [],
    ],
    ['one of three not yet due (deadline exactly now)', [...two, item(9, 7, '2026-02-25T00:00:00Z', { deadline: NOW.toISOString() })], []],
    [
      'accountability counts',
      [...two, item(9, 7, '2026-02-25T00:00:00Z', { status: 'accountability', deadline: FUTURE })],
      [
        {
          unit: 7,
          items: [
            { id: 1, title: '问题1' },
            { id: 2, title: '问题2' },
            { id: 9, title: '问题9' },
          ],
        },
      ],
    ],
    [
      'found exactly at the window start',
      [...two, item(9, 7, '2026-02-08T00:00:00Z')],
      [
        {
          unit: 7,
          items: [
            { id: 9, title: '问题9' },
            { id: 1, title: '问题1' },
            { id: 2, title: '问题2' },
          ],
        },
      ],
    ],
    ['found one day before the window', [...two, item(9, 7, '2026-02-07T00:00:00Z')], []],
    ['strikes spread over different units', [...two, item(9, 8, '2026-02-25T00:00:00Z')], []],
  ] as [string, ExposureItem[], unknown[]][])('should flag correctly with %s', (_name, items, expected) => {
    expect(threeStrikes(items, NOW, 30)).toEqual(expected)
  })

  it('should list every counting item, sort units by id string and honour a custom threshold', () => {
    const items = [...three, item(4, 7, '2026-03-01T00:00:00Z'), item(5, 10, '2026-03-01T00:00:00Z'), item(6, 10, '2026-03-02T00:00:00Z')]
    const flags = threeStrikes(items, NOW, 30, 2)
    expect(flags.map((f) => [f.unit, f.items.map((i) => i.id)])).toEqual([
      [10, [5, 6]],
      [7, [1, 2, 3, 4]],
    ])
  })

  it('should not mutate the items', () => {
    const copy = structuredClone(three)
    threeStrikes(three, NOW, 30)
    expect(three).toEqual(copy)
  })
})

describe('accountabilityChanges: item status and unit flag never disagree', () => {
  const item = (id: number, patch: Partial<ExposureItem> = {}): ExposureItem => ({
    id,
    unit: 7,
    title: `问题${id}`,
    foundAt: '2026-02-20',
    deadline: PAST,
    status: 'overdue',
    ...patch,
  })
  it.each([
    ['flagged items become 问责', [item(1), item(2), item(3)], [1, 2, 3], [1, 2, 3].map((id) => ({ id, status: 'accountability' }))],
    ['already 问责 items are left alone', [item(1, { status: 'accountability' })], [1], []],
    [
      'an unflagged 问责 item past its deadline goes back to 逾期',
      [item(1, { status: 'accountability' })],
      [],
      [{ id: 1, status: 'overdue' }],
    ],
    [
      'an unflagged 问责 item before its deadline goes back to 待整改',
      [item(1, { status: 'accountability', deadline: FUTURE })],
      [],
      [{ id: 1, status: 'pending' }],
    ],
    [
      'a fixed 问责 item reads 已整改',
      [item(1, { status: 'accountability', rectifiedAt: '2026-03-05' })],
      [],
      [{ id: 1, status: 'rectified' }],
    ],
    ['other statuses stay', [item(1, { status: 'pending', deadline: FUTURE }), item(2)], [], []],
  ] as [string, ExposureItem[], number[], unknown[]][])('should: %s', (_name, items, flagged, expected) => {
    expect(accountabilityChanges(items, flagged, NOW)).toEqual(expected)
  })

  it('should agree with threeStrikes for every unit it flags', () => {
    const items = [item(1), item(2), item(3, { status: 'accountability' }), item(4, { status: 'rectified', rectifiedAt: PAST })]
    const flagged = threeStrikes(items, NOW, 30)[0]!.items.map((entry) => entry.id)
    const changed = new Map(accountabilityChanges(items, flagged, NOW).map((change) => [change.id, change.status]))
    const after = items.map((entry) => changed.get(entry.id) ?? entry.status)
    expect(after).toEqual(['accountability', 'accountability', 'accountability', 'rectified'])
  })
})

describe('threeStrikes (immutability)', () => {
  const three: ExposureItem[] = [1, 2, 3].map((id) => ({
    id,
    unit: 7,
    title: `问题${id}`,
    foundAt: '2026-02-20',
    deadline: PAST,
    status: 'pending',
  }))
  it('should not mutate the items (again, with date-only values)', () => {
    const copy = structuredClone(three)
    threeStrikes(three, NOW, 30)
    expect(three).toEqual(copy)
  })
})

describe('statusChoiceProblem', () => {
  it.each([
    ['unitLiaison', 'pending', 'in-progress', null],
    ['unitLiaison', 'pending', 'rectified', '审核员核实'],
    ['editor', 'in-progress', 'rectified', '审核员核实'],
    ['reviewer', 'in-progress', 'rectified', null],
    ['admin', 'overdue', 'rectified', null],
    ['reviewer', 'overdue', 'accountability', '三次'],
    ['unitLiaison', 'rectified', 'rectified', null],
    ['unitLiaison', 'accountability', 'accountability', null],
    ['editor', 'pending', undefined, null],
  ])('should answer %s changing %s → %s with %s', (role, previous, chosen, expected) => {
    const problem = statusChoiceProblem(role, previous, chosen)
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toContain(expected)
  })
})

describe('isDueSoon (工作台 “24 小时内到期”, China time)', () => {
  // 2026-03-10 10:00 Beijing time; the day ends at 2026-03-10T16:00Z.
  const now = new Date('2026-03-10T02:00:00Z')
  it.each([
    ['today, pending', '2026-03-10T00:00:00.000Z', 'pending', null, true],
    ['today, in progress', '2026-03-10T00:00:00.000Z', 'in-progress', null, true],
    ['today, picked at Beijing midnight', '2026-03-09T16:00:00.000Z', 'pending', null, true],
    ['tomorrow (ends in 30 h)', '2026-03-11T00:00:00.000Z', 'pending', null, false],
    ['yesterday, still pending (job not yet run)', '2026-03-09T00:00:00.000Z', 'pending', null, false],
    ['October, in 问责', '2025-10-20T00:00:00.000Z', 'accountability', null, false],
    ['November, overdue', '2025-11-05T00:00:00.000Z', 'overdue', null, false],
    ['today, but 问责', '2026-03-10T00:00:00.000Z', 'accountability', null, false],
    ['today, rectified', '2026-03-10T00:00:00.000Z', 'rectified', '2026-03-10T01:00:00.000Z', false],
    ['today, rectification time recorded', '2026-03-10T00:00:00.000Z', 'in-progress', '2026-03-10T01:00:00.000Z', false],
  ] as [string, string, RectificationStatus, string | null, boolean][])(
    'should count %s: %s',
    (_name, deadline, status, rectifiedAt, due) => {
      expect(isDueSoon({ deadline, status, rectifiedAt }, now)).toBe(due)
    },
  )

  it.each([
    ['10:00 Beijing', '2026-03-10T02:00:00Z', '2026-03-10T00:00:00.000Z', true],
    ['23:59 Beijing the day before (ends in 24 h + 1 min)', '2026-03-09T15:59:00Z', '2026-03-10T00:00:00.000Z', false],
    ['00:00 Beijing (ends in exactly 24 h)', '2026-03-09T16:00:00Z', '2026-03-10T00:00:00.000Z', true],
    ['23:59 Beijing the same day', '2026-03-10T15:59:00Z', '2026-03-10T00:00:00.000Z', true],
    ['00:00 Beijing the next day (now overdue)', '2026-03-10T16:00:00Z', '2026-03-10T00:00:00.000Z', false],
  ])('should follow the clock at %s', (_name, at, deadline, due) => {
    expect(isDueSoon({ deadline, status: 'pending' }, new Date(at))).toBe(due)
  })

  it('should end a deadline at 00:00 Beijing time the next day', () => {
    expect(deadlineEnds('2026-03-10T00:00:00.000Z')?.toISOString()).toBe('2026-03-10T16:00:00.000Z')
    expect(deadlineEnds('not a date')).toBeNull()
  })

  it.each([
    ['2026-03-10T02:00:00Z', '2026-03-09T16:00:00.000Z', '2026-03-10T16:00:00.000Z'],
    ['2026-03-09T16:00:00Z', '2026-03-09T16:00:00.000Z', '2026-03-10T16:00:00.000Z'],
    ['2026-03-10T15:59:59Z', '2026-03-09T16:00:00.000Z', '2026-03-10T16:00:00.000Z'],
  ])('should give the query range for %s as [%s, %s)', (at, from, to) => {
    expect(dueSoonRange(new Date(at))).toEqual({ from, to })
  })

  it('should agree with the query range on every stored deadline of a month', () => {
    const now = new Date('2026-03-10T02:00:00Z')
    const { from, to } = dueSoonRange(now)
    for (let day = 1; day <= 31; day++) {
      const deadline = `2026-03-${String(day).padStart(2, '0')}T00:00:00.000Z`
      expect(deadline >= from && deadline < to).toBe(isDueSoon({ deadline, status: 'pending' }, now))
    }
  })
})
