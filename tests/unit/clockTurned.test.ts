/** Whether the clock changed what a re-read entry shows between two syncs (publisher/rules/clockTurned.ts). */
import { describe, expect, it } from 'vitest'
import { clockTurned } from '../../publisher/rules/clockTurned.ts'

const at = (iso: string) => Date.parse(iso)
// Two syncs on 2026-12-07, 10:00 and 10:05 in China (02:00 and 02:05 UTC).
const FROM = at('2026-12-07T02:00:00Z')
const TO = at('2026-12-07T02:05:00Z')

describe('a re-read entry of a clock-driven type', () => {
  it.each([
    ['an activity that ended between the syncs', { endsAt: '2026-12-07T02:03:00.000Z' }, true],
    ['an activity that ended before the last sync', { endsAt: '2026-12-07T01:59:00.000Z' }, false],
    ['an activity that ends later', { endsAt: '2026-12-07T02:06:00.000Z' }, false],
    ['an instant exactly at the new sync', { closesAt: '2026-12-07T02:05:00.000Z' }, true],
    ['an instant exactly at the last sync (already seen)', { closesAt: '2026-12-07T02:00:00.000Z' }, false],
    ['an instant with an offset', { closesAt: '2026-12-07T10:03:00+08:00' }, true],
    ['a deadline day (its China day neither began nor ended in between)', { deadline: '2026-12-07' }, false],
    ['a date in a nested list', { issues: [{ promiseDeadline: '2026-12-01' }, { at: '2026-12-07T02:01:00Z' }] }, true],
    ['no dates at all', { title: '通报', count: 3, flag: true, none: null }, false],
    ['text that only looks like a date', { title: '2026-12-07 通报' }, false],
  ])('%s', (_label, data, expected) => {
    expect(clockTurned(data, FROM, TO)).toBe(expected)
  })

  it('should count a day that ends at China midnight between the syncs', () => {
    // 23:58 → 00:02 in China: the deadline day 2026-12-07 ended (16:00 UTC), the 8th began.
    const from = at('2026-12-07T15:58:00Z')
    const to = at('2026-12-07T16:02:00Z')
    expect(clockTurned({ deadline: '2026-12-07' }, from, to)).toBe(true)
    expect(clockTurned({ opensOn: '2026-12-08' }, from, to)).toBe(true)
    expect(clockTurned({ deadline: '2026-12-09' }, from, to)).toBe(false)
  })

  it('should count everything when no earlier sync is known, or the entry is too big to look through', () => {
    expect(clockTurned({ title: 'x' }, null, TO)).toBe(true)
    const deep = { a: { b: { c: { d: { e: { f: { g: { h: 'x' } } } } } } } }
    expect(clockTurned(deep, FROM, TO)).toBe(true)
    expect(clockTurned({ list: Array.from({ length: 3_000 }, () => 'x') }, FROM, TO)).toBe(true)
  })
})
