import { describe, expect, it } from 'vitest'
import {
  type FollowUp,
  isPromiseOverdue,
  issueCounts,
  issueStatus,
  openPromiseDeadline,
  overduePromiseCondition,
} from '../../cms/domain/tvIssues.ts'

const step = (date: string, result?: string | null): FollowUp => ({ date, result })

describe('issueStatus', () => {
  const TABLE: [string, FollowUp[] | null | undefined, string][] = [
    ['no follow-ups', [], 'open'],
    ['null follow-ups', null, 'open'],
    ['one in progress', [step('2026-05-20', 'in-progress')], 'in-progress'],
    ['latest by date, not by list order', [step('2026-09-25', 'solved'), step('2026-05-20', 'in-progress')], 'solved'],
    ['a later regression wins over an earlier solve', [step('2026-05-20', 'solved'), step('2026-06-01', 'open')], 'open'],
    ['a follow-up without result keeps the status', [step('2026-05-20', 'in-progress'), step('2026-06-01', null)], 'in-progress'],
    ['same China day: the one listed later wins', [step('2026-06-01', 'in-progress'), step('2026-06-01', 'solved')], 'solved'],
    [
      'instants compared as China days',
      [step('2026-06-01T15:00:00.000Z', 'solved'), step('2026-06-01T17:00:00.000Z', 'in-progress')],
      'in-progress',
    ],
    ['unknown result ignored', [step('2026-05-20', 'in-progress'), step('2026-06-01', 'done')], 'in-progress'],
    ['undated follow-up ignored', [step('2026-05-20', 'in-progress'), { result: 'solved' }], 'in-progress'],
  ]
  it.each(TABLE)('should derive the status when %s', (_, followUps, expected) => {
    expect(issueStatus(followUps)).toBe(expected)
  })

  it('should not reorder the follow-ups it reads', () => {
    const followUps = [step('2026-09-25', 'solved'), step('2026-05-20', 'in-progress')]
    issueStatus(followUps)
    expect(followUps.map((f) => f.date)).toEqual(['2026-09-25', '2026-05-20'])
  })
})

describe('isPromiseOverdue (China time, clock passed in)', () => {
  const deadline = '2026-04-18T00:00:00.000Z'
  const open = [step('2026-04-10', 'in-progress')]
  const TABLE: [string, { promiseDeadline?: string | null; followUps?: FollowUp[] }, string, boolean][] = [
    ['deadline day still running in Beijing (23:59)', { promiseDeadline: deadline, followUps: open }, '2026-04-18T15:59:00.000Z', false],
    ['deadline day ended at 00:00 Beijing', { promiseDeadline: deadline, followUps: open }, '2026-04-18T16:00:00.000Z', true],
    [
      'deadline stored as China midnight',
      { promiseDeadline: '2026-04-17T16:00:00.000Z', followUps: open },
      '2026-04-18T16:00:00.000Z',
      true,
    ],
    ['no follow-up at all, past deadline', { promiseDeadline: deadline, followUps: [] }, '2026-05-01T00:00:00.000Z', true],
    [
      'solved before the deadline',
      { promiseDeadline: deadline, followUps: [step('2026-04-15', 'solved')] },
      '2026-05-01T00:00:00.000Z',
      false,
    ],
    [
      'solved late: promise kept, not 未兑现',
      { promiseDeadline: deadline, followUps: [step('2026-04-25', 'solved')] },
      '2026-05-01T00:00:00.000Z',
      false,
    ],
    [
      'solved then reopened',
      { promiseDeadline: deadline, followUps: [step('2026-04-15', 'solved'), step('2026-04-20', 'open')] },
      '2026-05-01T00:00:00.000Z',
      true,
    ],
    ['no deadline', { promiseDeadline: null, followUps: open }, '2026-05-01T00:00:00.000Z', false],
    ['unreadable deadline', { promiseDeadline: 'soon', followUps: open }, '2026-05-01T00:00:00.000Z', false],
  ]
  it.each(TABLE)('should decide %s', (_, issue, now, expected) => {
    expect(isPromiseOverdue(issue, new Date(now))).toBe(expected)
  })
})

describe('openPromiseDeadline and issueCounts', () => {
  const TABLE: [
    string,
    { promiseDeadline?: string | null; followUps?: FollowUp[] }[],
    string | null,
    { raised: number; solved: number },
  ][] = [
    ['no issues', [], null, { raised: 0, solved: 0 }],
    [
      'earliest among unsolved, as a stored day',
      [
        { promiseDeadline: '2026-12-31', followUps: [] },
        { promiseDeadline: '2026-04-17T16:00:00.000Z', followUps: [step('2026-04-10', 'in-progress')] },
        { promiseDeadline: '2026-01-01', followUps: [step('2026-01-01', 'solved')] },
      ],
      '2026-04-18T00:00:00.000Z',
      { raised: 3, solved: 1 },
    ],
    ['unsolved without deadline only', [{ promiseDeadline: null, followUps: [] }], null, { raised: 1, solved: 0 }],
    ['all solved', [{ promiseDeadline: '2026-06-05', followUps: [step('2026-06-08', 'solved')] }], null, { raised: 1, solved: 1 }],
  ]
  it.each(TABLE)('should derive for %s', (_, issues, deadline, counts) => {
    expect(openPromiseDeadline(issues)).toBe(deadline)
    expect(issueCounts(issues)).toEqual(counts)
  })
})

describe('overduePromiseCondition', () => {
  it.each([
    ['2026-04-18T15:59:00.000Z', '2026-04-17T16:00:00.000Z'],
    ['2026-04-18T16:00:00.000Z', '2026-04-18T16:00:00.000Z'],
  ])('should filter at %s by deadlines before the start of that China day (%s)', (now, start) => {
    expect(overduePromiseCondition(new Date(now))).toEqual(['openPromiseDeadline', 'less_than', start])
  })
})
