import { describe, expect, it } from 'vitest'
import { burstsInOrder, voteKey } from '../../cms/domain/endorseBatch.ts'

describe('burstsInOrder', () => {
  const before = new Map([
    ['1', { lastHour: 48, previousWeek: 7 }],
    ['2', { lastHour: 0, previousWeek: 0 }],
  ])
  it.each([
    ['one vote', ['1'], [{ lastHour: 48, previousWeek: 7 }]],
    [
      'votes for one nominee count the earlier ones of the batch',
      ['1', '1', '1'],
      [
        { lastHour: 48, previousWeek: 7 },
        { lastHour: 49, previousWeek: 7 },
        { lastHour: 50, previousWeek: 7 },
      ],
    ],
    [
      'nominees apart',
      ['1', '2', '1'],
      [
        { lastHour: 48, previousWeek: 7 },
        { lastHour: 0, previousWeek: 0 },
        { lastHour: 49, previousWeek: 7 },
      ],
    ],
    ['a nominee with no stored votes', ['3'], [{ lastHour: 0, previousWeek: 0 }]],
  ])('should number %s', (_, nominees, expected) => {
    expect(burstsInOrder(nominees, before)).toEqual(expected)
  })
})

describe('voteKey', () => {
  it('should key a vote by nominee, China day and browser, as the unique index does', () => {
    expect(voteKey({ nominee: 7, day: '2026-12-07', browser: 'abc' })).toBe('7|2026-12-07|abc')
    expect(voteKey({ nominee: '7', day: '2026-12-07', browser: 'abc' })).toBe(voteKey({ nominee: 7, day: '2026-12-07', browser: 'abc' }))
  })
})
