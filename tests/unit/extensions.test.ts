import { describe, expect, it } from 'vitest'
import type { RectificationStatus } from '../../cms/domain/exposureRules.ts'
import { applyGrant, decideExtension, mayDecideExtension, requestProblems, statusAfterExtension } from '../../cms/domain/extensions.ts'
import { exposureEntry } from '../../site/loaders/exposures.ts'

const OPEN = { deadline: '2026-03-10T00:00:00.000Z', status: 'pending' as RectificationStatus }

describe('requestProblems (延期申请)', () => {
  it.each([
    ['a reason and a later date', { reason: '雨季施工', requestedDeadline: '2026-03-20' }, OPEN, false, []],
    ['no reason', { reason: '  ', requestedDeadline: '2026-03-20' }, OPEN, false, ['reason']],
    ['no date', { reason: '雨季施工' }, OPEN, false, ['requestedDeadline']],
    ['the same day', { reason: 'r', requestedDeadline: '2026-03-10' }, OPEN, false, ['requestedDeadline']],
    ['an earlier day', { reason: 'r', requestedDeadline: '2026-03-01' }, OPEN, false, ['requestedDeadline']],
    ['91 days later', { reason: 'r', requestedDeadline: '2026-06-09' }, OPEN, false, ['requestedDeadline']],
    ['90 days later', { reason: 'r', requestedDeadline: '2026-06-08' }, OPEN, false, []],
    ['a rectified item', { reason: 'r', requestedDeadline: '2026-03-20' }, { ...OPEN, status: 'rectified' as const }, false, ['exposure']],
    ['one already waiting', { reason: 'r', requestedDeadline: '2026-03-20' }, OPEN, true, ['exposure']],
  ])('should check %s', (_name, request, item, waiting, paths) => {
    expect(requestProblems(request, item, waiting).map((p) => p.path)).toEqual(paths)
  })

  it('should name the current deadline when the date asked is not later', () => {
    expect(requestProblems({ reason: 'r', requestedDeadline: '2026-03-09' }, OPEN, false)[0]?.message).toBe(
      '申请的期限（2026-03-09）须晚于当前整改期限（2026-03-10）。',
    )
  })
})

describe('decideExtension (批准 / 不予延期)', () => {
  const waiting = { status: 'pending', requestedDeadline: '2026-03-20T00:00:00.000Z' }
  it.each([
    ['reviewer grants the date asked', 'reviewer', waiting, { status: 'granted' }, { status: 'granted', grantedDeadline: '2026-03-20' }],
    [
      'admin grants another date',
      'admin',
      waiting,
      { status: 'granted', grantedDeadline: '2026-03-15' },
      { status: 'granted', grantedDeadline: '2026-03-15' },
    ],
    [
      'reviewer refuses with a reason',
      'reviewer',
      waiting,
      { status: 'refused', decisionReason: '理由不充分' },
      { status: 'refused', decisionReason: '理由不充分' },
    ],
    ['reviewer refuses without a reason', 'reviewer', waiting, { status: 'refused' }, 'decisionReason'],
    [
      'reviewer grants a day not after the deadline',
      'reviewer',
      waiting,
      { status: 'granted', grantedDeadline: '2026-03-10' },
      'grantedDeadline',
    ],
    ['editor grants', 'editor', waiting, { status: 'granted' }, 'status'],
    ['liaison grants', 'unitLiaison', waiting, { status: 'granted' }, 'status'],
    ['reviewer changes a decided request', 'reviewer', { ...waiting, status: 'refused' }, { status: 'granted' }, 'status'],
    ['reviewer leaves it waiting', 'reviewer', waiting, { status: 'pending' }, 'status'],
  ])('should handle: %s', (_name, role, before, decision, expected) => {
    const result = decideExtension(role, before, decision, OPEN.deadline)
    if (typeof expected === 'string') expect(result.ok ? null : result.problems[0]?.path).toBe(expected)
    else expect(result.ok ? result.decision : null).toMatchObject(expected)
  })

  it.each([
    ['admin', true],
    ['reviewer', true],
    ['editor', false],
    ['unitLiaison', false],
    [undefined, false],
  ])('should let %s decide: %s', (role, allowed) => {
    expect(mayDecideExtension(role)).toBe(allowed)
  })
})

describe('after a grant', () => {
  const now = new Date('2026-03-12T02:00:00Z')
  it.each([
    ['overdue, new deadline ahead, no reply', 'overdue', '2026-03-20', null, 'pending'],
    ['overdue, new deadline ahead, reply written', 'overdue', '2026-03-20', '正在施工', 'in-progress'],
    ['问责, new deadline ahead', 'accountability', '2026-03-20', null, 'pending'],
    ['overdue, new deadline also passed', 'overdue', '2026-03-11', null, 'overdue'],
    ['in progress stays', 'in-progress', '2026-03-20', null, 'in-progress'],
    ['rectified stays', 'rectified', '2026-03-20', null, 'rectified'],
  ] as [string, RectificationStatus, string, string | null, RectificationStatus][])(
    'should give %s → %s',
    (_n, status, deadline, reply, expected) => {
      expect(statusAfterExtension({ deadline, status, reply }, now)).toBe(expected)
    },
  )

  it.each([
    [
      'no grant',
      { deadline: '2026-03-10T00:00:00.000Z' },
      null,
      { deadline: '2026-03-10T00:00:00.000Z', originalDeadline: null, moved: false },
    ],
    [
      'first grant',
      { deadline: '2026-03-10T00:00:00.000Z' },
      '2026-03-20T00:00:00.000Z',
      { deadline: '2026-03-20T00:00:00.000Z', originalDeadline: '2026-03-10T00:00:00.000Z', moved: true },
    ],
    [
      'second grant keeps the first deadline',
      { deadline: '2026-03-20T00:00:00.000Z', originalDeadline: '2026-03-10T00:00:00.000Z' },
      '2026-03-25T00:00:00.000Z',
      { deadline: '2026-03-25T00:00:00.000Z', originalDeadline: '2026-03-10T00:00:00.000Z', moved: true },
    ],
    [
      'grant already applied',
      { deadline: '2026-03-20T00:00:00.000Z', originalDeadline: '2026-03-10T00:00:00.000Z' },
      '2026-03-20T00:00:00.000Z',
      { deadline: '2026-03-20T00:00:00.000Z', originalDeadline: '2026-03-10T00:00:00.000Z', moved: false },
    ],
  ])('should apply %s', (_n, current, granted, expected) => {
    expect(applyGrant(current, granted)).toEqual(expected)
  })
})

describe('the public exposure page after 延期', () => {
  const doc = { title: 't', description: 'd', place: 'p', foundAt: '2026-11-01T00:00:00.000Z', unit: null }
  it.each([
    ['no extension', { deadline: '2026-11-04T00:00:00.000Z' }, ['2026-11-04', null, true]],
    [
      'granted to 11-20',
      { deadline: '2026-11-20T00:00:00.000Z', originalDeadline: '2026-11-04T00:00:00.000Z' },
      ['2026-11-20', '2026-11-04', false],
    ],
    [
      'original equal to the deadline',
      { deadline: '2026-11-04T00:00:00.000Z', originalDeadline: '2026-11-04T00:00:00.000Z' },
      ['2026-11-04', null, true],
    ],
  ])('should show %s with the original and the granted deadline, overdue counted from the granted one', (_n, dates, expected) => {
    const entry = exposureEntry({ ...doc, ...dates }, new Date('2026-11-10T00:00:00Z'), '/media')
    expect([entry.deadline, entry.originalDeadline, entry.overdue]).toEqual(expected)
  })
})
