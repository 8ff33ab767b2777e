import { describe, expect, it } from 'vitest'
import { adEnds, deadlinesTurnedOverdue, delayUntil, MAX_TIMER_MS, nextChangeAt, overdueFrom } from '../../cms/domain/nextChange.ts'
import { type BuildRequest, DEFAULT_BUILD_REQUEST, parseBuildRequest } from '../../site/lib/buildRequest.ts'

const now = new Date('2026-12-01T06:00:00.000Z') // 14:00 in China

describe('nextChangeAt', () => {
  it.each([
    ['nothing', {}, null],
    ['an ad ends 24 h after validTo', { ads: [{ validTo: '2026-11-30T10:00:00.000Z' }] }, '2026-12-01T10:00:00.000Z'],
    ['an ad already gone is ignored', { ads: [{ validTo: '2026-11-29T10:00:00.000Z' }] }, null],
    ['an ad starts at validFrom', { ads: [{ validFrom: '2026-12-03T00:00:00.000Z' }] }, '2026-12-03T00:00:00.000Z'],
    ['a scheduled publish fires at waitUntil', { scheduled: ['2026-12-01T06:30:00.000Z', null] }, '2026-12-01T06:30:00.000Z'],
    [
      'a deadline today turns overdue at 00:00 China time tomorrow',
      { deadlines: ['2026-12-01T00:00:00.000Z'] },
      '2026-12-01T16:00:00.000Z',
    ],
    ['a deadline yesterday is already overdue', { deadlines: ['2026-11-30T00:00:00.000Z'] }, null],
    [
      'the earliest of all wins',
      { ads: [{ validTo: '2026-11-30T20:00:00.000Z' }], scheduled: ['2026-12-01T12:00:00.000Z'], deadlines: ['2026-12-01T00:00:00.000Z'] },
      '2026-12-01T12:00:00.000Z',
    ],
    ['unparseable values are ignored', { ads: [{ validTo: 'soon' }], scheduled: ['later'] }, null],
    [
      'a notice starting tomorrow opens at 00:00 China time',
      { notices: [{ noticeFrom: '2026-12-02T00:00:00.000Z', noticeTo: '2026-12-08T00:00:00.000Z' }] },
      '2026-12-01T16:00:00.000Z',
    ],
    [
      'an open notice ending today closes when the day ends in China',
      { notices: [{ noticeFrom: '2026-11-25T00:00:00.000Z', noticeTo: '2026-12-01T00:00:00.000Z' }] },
      '2026-12-01T16:00:00.000Z',
    ],
    [
      'an open notice ending in a week closes then',
      { notices: [{ noticeFrom: '2026-11-25', noticeTo: '2026-12-08' }] },
      '2026-12-08T16:00:00.000Z',
    ],
    ['a closed notice is ignored', { notices: [{ noticeFrom: '2026-11-01', noticeTo: '2026-11-20' }] }, null],
    ['a round without a notice window is ignored', { notices: [{ noticeFrom: null, noticeTo: '2026-12-08' }] }, null],
  ])('should find %s', (_name, inputs, expected) => {
    expect(nextChangeAt(now, inputs)?.toISOString() ?? null).toBe(expected)
  })

  it.each([
    ['2026-03-10T00:00:00.000Z', '2026-03-10T16:00:00.000Z'],
    ['2026-03-10', '2026-03-10T16:00:00.000Z'],
    ['2026-03-09T17:00:00.000Z', '2026-03-10T16:00:00.000Z'],
  ])('should make a deadline of %s overdue from %s', (deadline, expected) => {
    expect(new Date(overdueFrom(deadline) as number).toISOString()).toBe(expected)
  })

  it('should end an ad without validTo never', () => {
    expect(adEnds(null)).toBeNull()
  })

  it.each([
    [now, new Date(now.getTime() + 5_000), 5_000],
    [now, new Date(now.getTime() - 5_000), 0],
    [now, new Date(now.getTime() + 40 * 86_400_000), MAX_TIMER_MS],
  ])('should wait from %s until %s for %i ms', (from, at, expected) => {
    expect(delayUntil(from, at)).toBe(expected)
  })

  it.each([
    ['2026-12-01T06:00:00.000Z', '2026-12-01T06:05:00.000Z', { from: '2026-11-29T00:00:00.000Z', to: '2026-12-01T23:59:59.999Z' }],
    ['2026-11-30T15:59:00.000Z', '2026-11-30T16:01:00.000Z', { from: '2026-11-28T00:00:00.000Z', to: '2026-12-01T23:59:59.999Z' }],
  ])('should re-read deadlines between loads at %s and %s', (since, at, expected) => {
    expect(deadlinesTurnedOverdue(new Date(since), new Date(at))).toEqual(expected)
  })
})

describe('parseBuildRequest', () => {
  it.each([
    [null, DEFAULT_BUILD_REQUEST],
    ['{"searchIndex":true,"preview":null}', { searchIndex: true, preview: null, targeted: null, pagesDir: null }],
    [
      '{"searchIndex":false,"preview":{"collection":"bulletins","id":"4"}}',
      { searchIndex: false, preview: { collection: 'bulletins', id: '4' }, targeted: null, pagesDir: null },
    ],
    [
      '{"searchIndex":true,"preview":null,"targeted":{"baseDir":"/a","into":"/b"},"pagesDir":"/p"}',
      { searchIndex: true, preview: null, targeted: { baseDir: '/a', into: '/b' }, pagesDir: '/p' },
    ],
  ] as [string | null, BuildRequest][])('should read %s', (text, expected) => {
    expect(parseBuildRequest(text)).toEqual(expected)
  })

  it.each([
    ['{}', /searchIndex/],
    ['{"searchIndex":true,"preview":{"collection":"bulletins","id":4}}', /preview/],
    ['{"searchIndex":true,"targeted":{"baseDir":"relative","into":null}}', /targeted/],
    ['{"searchIndex":true,"pagesDir":"relative"}', /pagesDir/],
  ])('should refuse %s naming the field', (text, message) => {
    expect(() => parseBuildRequest(text)).toThrow(message)
  })
})
