import { describe, expect, it } from 'vitest'
import {
  defaultDeadline,
  type ExposureItem,
  effectiveStatus,
  isOverdue,
  RECTIFICATION_LABELS,
  type RectificationState,
  type RectificationStatus,
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
    ['2026-03-01T08:00:00.000Z', 1, '2026-03-02T08:00:00.000Z'],
    ['2026-02-27T00:00:00.000Z', 3, '2026-03-02T00:00:00.000Z'],
    ['2024-02-28T12:00:00.000Z', 1, '2024-02-29T12:00:00.000Z'],
    ['2025-12-31T23:30:00.000Z', 1, '2026-01-01T23:30:00.000Z'],
    [new Date('2026-03-01T00:00:00Z'), 0, '2026-03-01T00:00:00.000Z'],
  ])('should put the default deadline for %s plus %s days at %s', (foundAt, days, expected) => {
    expect(defaultDeadline(foundAt, days)).toBe(expected)
  })

  it.each([
    ['2026-03-01', '2026-03-02', null],
    ['2026-03-01T10:00:00Z', '2026-03-01T10:00:00Z', null],
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
