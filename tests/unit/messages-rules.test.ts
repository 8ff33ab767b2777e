import { describe, expect, it } from 'vitest'
import {
  addWorkingDays,
  calendarKnows,
  dueState,
  isWorkingDay,
  messageTextHash,
  replyDeadline,
  unitMessageStats,
  validateMessage,
  workingDaysLeft,
} from '../../cms/domain/messages/index.ts'

describe('isWorkingDay (State Council calendar via chinese-days)', () => {
  describe.each([
    ['2026-02-14', true, '春节 make-up Saturday'],
    ['2026-02-16', false, '春节 holiday (Monday)'],
    ['2026-02-23', false, '春节 holiday ends Monday'],
    ['2026-02-24', true, 'first working day after 春节'],
    ['2026-02-28', true, '春节 second make-up Saturday'],
    ['2026-09-20', true, '国庆 make-up Sunday'],
    ['2026-10-05', false, '国庆 holiday (Monday)'],
    ['2026-10-10', true, '国庆 make-up Saturday'],
    ['2025-10-08', false, '2025 国庆+中秋 eighth day'],
    ['2025-09-28', true, '2025 国庆 make-up Sunday'],
    ['2026-03-07', false, 'ordinary Saturday'],
    ['2026-03-09', true, 'ordinary Monday'],
  ])('%s', (day, expected, why) => {
    it(`should be ${expected ? 'a working day' : 'a day off'}: ${why}`, () => {
      expect(isWorkingDay(day)).toBe(expected)
    })
  })
})

describe('addWorkingDays', () => {
  describe.each([
    ['2026-02-13', 1, '2026-02-14', 'Friday before 春节 → the make-up Saturday'],
    ['2026-02-13', 2, '2026-02-24', 'then the whole holiday is skipped'],
    ['2026-02-12', 5, '2026-02-26', 'five working days across 春节'],
    ['2026-09-30', 5, '2026-10-13', 'across 国庆, counting the make-up Saturday 10-10'],
    ['2026-09-18', 1, '2026-09-20', 'the make-up Sunday counts'],
    ['2025-09-30', 1, '2025-10-09', '2025 国庆+中秋 (8 days)'],
    ['2026-03-06', 5, '2026-03-13', 'ordinary week'],
  ])('from %s plus %i', (from, count, expected, why) => {
    it(`should land on ${expected}: ${why}`, () => {
      expect(addWorkingDays(from, count)).toBe(expected)
    })
  })

  it('should count weekdays only in a year the calendar does not carry yet', () => {
    const year = 2030
    expect(calendarKnows(year)).toBe(false)
    expect(addWorkingDays('2030-01-04', 1)).toBe('2030-01-07')
  })
})

describe('replyDeadline (China time)', () => {
  it('should end at 24:00 China time of the fifth working day after a late-evening message', () => {
    // Friday 23:30 in China is still Friday 2026-03-06.
    expect(replyDeadline('2026-03-06T15:30:00.000Z', 5).toISOString()).toBe('2026-03-13T16:00:00.000Z')
  })
  it('should start from the next China day for a message sent after midnight China time', () => {
    // 00:30 Saturday in China (Friday 16:30 UTC): the Saturday does not count, Monday is day 1.
    expect(replyDeadline('2026-03-06T16:30:00.000Z', 1).toISOString()).toBe('2026-03-09T16:00:00.000Z')
  })
})

describe('dueState', () => {
  const deadline = '2026-03-13T16:00:00.000Z'
  describe.each([
    [{ deadline, answeredAt: '2026-03-20T00:00:00.000Z' }, '2026-03-21T00:00:00.000Z', 'answered'],
    [{ deadline }, '2026-03-13T16:00:00.000Z', 'overdue'],
    [{ deadline }, '2026-03-13T10:00:00.000Z', 'dueSoon'],
    [{ deadline }, '2026-03-12T01:00:00.000Z', 'dueSoon'],
    [{ deadline }, '2026-03-09T01:00:00.000Z', 'open'],
    [{}, '2026-03-09T01:00:00.000Z', 'open'],
  ])('%o at %s', (message, now, expected) => {
    it(`should be ${expected}`, () => {
      expect(dueState(message, new Date(now))).toBe(expected)
    })
  })

  it('should count working days left without the weekend', () => {
    // Friday 2026-03-06 → deadline day Monday 03-09: one working day left.
    expect(workingDaysLeft('2026-03-09T16:00:00.000Z', new Date('2026-03-06T02:00:00.000Z'))).toBe(1)
  })
})

describe('unitMessageStats', () => {
  it('should give reply, on-time and satisfaction rates per unit', () => {
    const d = '2026-03-13T16:00:00.000Z'
    const [row, other] = unitMessageStats([
      { unit: 'a', deadline: d, answeredAt: '2026-03-10T00:00:00.000Z', rating: 'satisfied' },
      { unit: 'a', deadline: d, answeredAt: '2026-03-15T00:00:00.000Z', rating: 'dissatisfied' },
      { unit: 'a', deadline: d, answeredAt: '2026-03-11T00:00:00.000Z', rating: 'mostly-satisfied' },
      { unit: 'a', deadline: d },
      { unit: 'b', deadline: d },
      { unit: null, deadline: d },
    ])
    expect(row).toEqual({
      unit: 'a',
      received: 4,
      answered: 3,
      onTime: 2,
      rated: 3,
      satisfied: 2,
      replyRate: 75,
      onTimeRate: 67,
      satisfaction: 67,
    })
    expect(other).toMatchObject({ unit: 'b', received: 1, answered: 0, replyRate: 0, onTimeRate: null, satisfaction: null })
  })
})

describe('validateMessage', () => {
  const good = { category: 'suggest', subject: '建议增设公交站', text: '小区门口到地铁站没有公交，建议增设一站。', allowPublic: 'yes' }
  it('should accept a valid message and read the consent box', () => {
    const result = validateMessage(good, 1)
    expect(result).toEqual({
      ok: true,
      value: { category: 'suggest', subject: '建议增设公交站', text: good.text, allowPublic: true, contactName: '', contactPhone: '' },
    })
  })
  it('should treat a missing consent box as private', () => {
    const result = validateMessage({ ...good, allowPublic: undefined }, 0)
    expect(result.ok && result.value.allowPublic).toBe(false)
  })
  it('should name every wrong field in Chinese', () => {
    const result = validateMessage({ category: 'spam', subject: 'a', text: '', contactPhone: '123' }, 4)
    expect(result.ok).toBe(false)
    const fields = result.ok ? [] : result.errors.map((error) => error.field)
    expect(fields).toEqual(['category', 'subject', 'text', 'photos', 'contactPhone'])
    expect(result.ok ? '' : result.errors[0]?.message).toContain('咨询、建议、投诉、表扬')
  })
  it('should hash the same words with other punctuation alike', () => {
    expect(messageTextHash('建议 增设', '公交，站！')).toBe(messageTextHash('建议增设', '公交站'))
  })
})
