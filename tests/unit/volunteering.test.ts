import { describe, expect, it } from 'vitest'
import { formPageOf } from '../../cms/domain/formPages.ts'
import {
  attendanceErrors,
  cancelToken,
  chinaDateTime,
  chinaTimeRange,
  durationHours,
  eraseEndedBefore,
  hoursByUnit,
  phoneKey,
  placesLeft,
  readCancelToken,
  rosterLabel,
  signupState,
  validateSignup,
} from '../../cms/domain/volunteering/index.ts'
import { bodyVerdict } from '../../cms/http/rules/bodyCaps.ts'

const activity = { startsAt: '2026-12-12T01:00:00.000Z', endsAt: '2026-12-12T04:00:00.000Z' }

describe('signupState', () => {
  it.each([
    ['2026-12-12T00:59:59.000Z', 'open'],
    ['2026-12-12T01:00:00.000Z', 'closed'],
    ['2026-12-12T03:59:59.000Z', 'closed'],
    ['2026-12-12T04:00:00.000Z', 'ended'],
  ])('should at %s be %s', (now, state) => {
    expect(signupState(activity, new Date(now))).toBe(state)
  })
})

describe('validateSignup', () => {
  it.each([
    [{ name: '李四', phone: '139 1234 5678', showName: 'yes' }, { name: '李四', phone: '13912345678', showName: true }, []],
    [{ name: '李四', phone: '13912345678' }, { name: '李四', phone: '13912345678', showName: false }, []],
    [{ name: '李', phone: '13912345678' }, null, ['name']],
    [{ name: '李四', phone: '0533-1234567' }, null, ['phone']],
    [{ name: 'a\u0000b', phone: '' }, null, ['name', 'phone']],
  ])('should read %o', (form, value, fields) => {
    const result = validateSignup(form)
    if (value) expect(result).toEqual({ ok: true, value })
    else expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual(fields)
  })
})

describe('places, roster and China time', () => {
  it.each([
    [5, 0, 5],
    [5, 5, 0],
    [5, 7, 0],
  ])('should leave %i places minus %i taken = %i', (places, taken, left) => expect(placesLeft(places, taken)).toBe(left))

  it('should mask the name and show the phone tail', () => expect(rosterLabel('欧阳娜娜', '13912345678')).toBe('欧*** · 尾号 5678'))

  it.each([
    ['2026-12-12T01:00:00.000Z', '2026-12-12 09:00'],
    ['2026-12-12T16:30:00.000Z', '2026-12-13 00:30'],
    ['bad', ''],
  ])('should show %s in China time as %s', (instant, shown) => expect(chinaDateTime(instant)).toBe(shown))

  it('should show a range within a day and across days', () => {
    expect(chinaTimeRange(activity.startsAt, activity.endsAt)).toBe('2026-12-12 09:00–12:00')
    expect(chinaTimeRange(activity.startsAt, '2026-12-13T09:00:00.000Z')).toBe('2026-12-12 09:00 至 2026-12-13 17:00')
    expect(durationHours(activity.startsAt, activity.endsAt)).toBe(3)
  })
})

describe('attendanceErrors', () => {
  it.each([
    [{ attended: true, hours: 2.5, cancelled: false }, []],
    [{ attended: false, hours: 0, cancelled: false }, []],
    [{ attended: false, hours: 1, cancelled: false }, ['hours']],
    [{ attended: true, hours: 1.2, cancelled: false }, ['hours']],
    [{ attended: true, hours: 25, cancelled: false }, ['hours']],
    [{ attended: true, hours: 1, cancelled: true }, ['attended']],
  ])('should check %o', (input, fields) => expect(attendanceErrors(input).map((error) => error.field)).toEqual(fields))
})

describe('hoursByUnit', () => {
  const activities = [
    { activity: 'a', unit: 'u1' },
    { activity: 'b', unit: 'u1' },
    { activity: 'c', unit: 'u2' },
  ]
  it('should count attended sign-ups only, name only those who agreed, most hours first', () => {
    const rows = hoursByUnit(
      [
        { activity: 'a', status: 'signed', attended: true, hours: 2, publicName: '王五' },
        { activity: 'b', status: 'signed', attended: true, hours: 3, publicName: null },
        { activity: 'b', status: 'signed', attended: false, hours: 0, publicName: '不来' },
        { activity: 'b', status: 'cancelled', attended: false, hours: 0, publicName: null },
        { activity: 'c', status: 'signed', attended: true, hours: 8, publicName: null },
      ],
      activities,
    )
    expect(rows).toEqual([
      { unit: 'u2', activities: 1, volunteers: 1, hours: 8, names: [] },
      { unit: 'u1', activities: 2, volunteers: 2, hours: 5, names: ['王五'] },
    ])
  })
})

describe('privacy', () => {
  it('should read back its own cancellation token and refuse forged ones', () => {
    const token = cancelToken('k', 42)
    expect(readCancelToken('k', token)).toBe('42')
    expect(readCancelToken('other', token)).toBeNull()
    expect(readCancelToken('k', token.replace(/^42/, '43'))).toBeNull()
    expect(readCancelToken('k', `${token}.x`)).toBeNull()
    expect(readCancelToken('k', 42)).toBeNull()
  })

  it('should key the phone by activity, never in clear', () => {
    expect(phoneKey('k', 1, '13912345678')).not.toContain('1391234')
    expect(phoneKey('k', 1, '13912345678')).not.toBe(phoneKey('k', 2, '13912345678'))
  })

  it('should erase after the retention period', () =>
    expect(eraseEndedBefore(new Date('2026-12-31T00:00:00Z'), 90).toISOString()).toBe('2026-10-02T00:00:00.000Z'))
})

describe('the sign-up form as a form page with a capped body', () => {
  it.each([
    ['/volunteering/qianming-ganjing/', 'volunteer-signup'],
    ['/volunteering/page/2/', null],
    ['/volunteering/.x/', null],
  ])('should find %s as %s', (path, purpose) => expect(formPageOf(path)?.purpose ?? null).toBe(purpose))

  it('should refuse a sign-up body over 8 kB before it is read', () => {
    const settings = { mediaMaxBytes: 10 * 1024 * 1024, importMaxBytes: 1024 * 1024 }
    const verdict = bodyVerdict({ method: 'POST', url: '/api/volunteer-activities/3/signup', contentLength: String(9 * 1024) }, settings)
    expect(verdict).toMatchObject({ ok: false, status: 413 })
  })
})
