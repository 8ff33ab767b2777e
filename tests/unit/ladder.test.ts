import { describe, expect, it } from 'vitest'
import {
  CHANNEL_ENTRY_LEVEL,
  checkPromotion,
  entryLevel,
  LADDER,
  LADDER_LABELS,
  type LadderLevel,
  lowerLevel,
} from '../../cms/domain/ladder.ts'

type Expect = { ok: true; steps: LadderLevel[] } | { ok: false; contains: string[] }

const ok = (...steps: LadderLevel[]): Expect => ({ ok: true, steps })
const no = (...contains: string[]): Expect => ({ ok: false, contains })
const skip = (from: string, to: string, next: string) => no(`不能从“${from}”跳级到“${to}”，必须先评上“${next}”`)
const down = (from: string, to: string) => no(`降级不允许：不能从“${from}”降到“${to}”`)

const B = '楼道（村组）'
const C = '社区（村）'
const S = '街道（乡镇）'
const D = '县区'
const M = '市级'

const TABLE: [LadderLevel | null | undefined, LadderLevel, Expect][] = [
  [null, 'building', ok('building')],
  [undefined, 'building', ok('building')],
  [null, 'community', ok('community')],
  [undefined, 'street', ok('street')],
  [null, 'district', ok('district')],
  [null, 'city', ok('city')],
  ['building', 'building', ok()],
  ['building', 'community', ok('community')],
  ['building', 'street', skip(B, S, C)],
  ['building', 'district', skip(B, D, C)],
  ['building', 'city', skip(B, M, C)],
  ['community', 'building', down(C, B)],
  ['community', 'community', ok()],
  ['community', 'street', ok('street')],
  ['community', 'district', skip(C, D, S)],
  ['community', 'city', skip(C, M, S)],
  ['street', 'building', down(S, B)],
  ['street', 'community', down(S, C)],
  ['street', 'street', ok()],
  ['street', 'district', ok('district')],
  ['street', 'city', skip(S, M, D)],
  ['district', 'building', down(D, B)],
  ['district', 'community', down(D, C)],
  ['district', 'street', down(D, S)],
  ['district', 'district', ok()],
  ['district', 'city', ok('city')],
  ['city', 'building', down(M, B)],
  ['city', 'community', down(M, C)],
  ['city', 'street', down(M, S)],
  ['city', 'district', down(M, D)],
  ['city', 'city', ok()],
]

describe('checkPromotion', () => {
  it('should cover every pair of levels', () => {
    const pairs = TABLE.filter(([from]) => from).map(([from, to]) => `${from}>${to}`)
    expect(new Set(pairs).size).toBe(LADDER.length * LADDER.length)
  })

  it.each(TABLE)('should judge %s → %s', (from, to, expected) => {
    const verdict = checkPromotion(from, to)
    if (expected.ok) {
      expect(verdict).toEqual({ ok: true, steps: expected.steps })
      return
    }
    expect(verdict.ok).toBe(false)
    const message = verdict.ok ? '' : verdict.message
    for (const part of expected.contains) expect(message).toContain(part)
    expect(message).toContain('/ ')
  })

  it('should name the skipped level in English too', () => {
    const verdict = checkPromotion('building', 'district')
    expect(verdict).toEqual({
      ok: false,
      message:
        '不能从“楼道（村组）”跳级到“县区”，必须先评上“社区（村）” / Cannot skip from Building (village group) to County or district; ' +
        'Community (village) must come first',
    })
  })
})

describe('LADDER_LABELS', () => {
  it.each([
    ['building', B, 'Building (village group)'],
    ['community', C, 'Community (village)'],
    ['street', S, 'Street (township)'],
    ['district', D, 'County or district'],
    ['city', M, 'City'],
  ] as [LadderLevel, string, string][])('should label %s as %s / %s', (level, zh, en) => {
    expect(LADDER_LABELS[level]).toEqual({ zh, en })
  })
})

describe('entry levels', () => {
  it.each([
    ['residents', 'building'],
    ['workplace', 'community'],
    ['school', 'community'],
    ['organisation', 'street'],
    ['media', 'district'],
    ['internet', 'district'],
    ['unknown', 'building'],
    [undefined, 'building'],
  ])('should let a nomination from %s enter at %s by default', (channel, level) => {
    expect(entryLevel(channel)).toBe(level)
  })

  it('should give every channel an entry level that is not always the bottom', () => {
    expect(Object.keys(CHANNEL_ENTRY_LEVEL)).toHaveLength(6)
    expect(new Set(Object.values(CHANNEL_ENTRY_LEVEL)).size).toBeGreaterThan(1)
  })

  it.each([
    ['district', 'street', 'street'],
    ['building', 'city', 'building'],
    ['community', 'community', 'community'],
  ] as [LadderLevel, LadderLevel, LadderLevel][])('should take the lower of %s and %s: %s', (a, b, lower) => {
    expect(lowerLevel(a, b)).toBe(lower)
  })

  it('should refuse an unknown level', () => {
    expect(checkPromotion('building', 'galaxy' as LadderLevel).ok).toBe(false)
  })
})
